package dev.faultline.ingest.connector.entra;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A Conditional Access policy as far as MFA coverage needs it. Ids lower case; user literals
 * ({@code All}, {@code None}, {@code GuestsOrExternalUsers}) and application literals ({@code All},
 * {@code Office365}, {@code MicrosoftAdminPortals}) kept as Graph writes them.
 *
 * @param state          {@code enabled}, {@code disabled} or {@code report-only}
 * @param clientAppTypes bundle names: {@code all}, {@code browser}, {@code mobile-desktop},
 *                       {@code exchange-activesync}, {@code other}
 * @param controls       Graph builtInControls, plus {@code authenticationStrength} when one is set
 * @param includeGuests  {@code includeGuestsOrExternalUsers} set, or {@code GuestsOrExternalUsers} in includeUsers
 * @param excludeGuests  the same on the exclude side
 * @param narrowedBy     the other conditions that narrow when it applies ({@code locations}, {@code platforms},
 *                       {@code risk}, {@code authenticationFlows}, {@code devices}, {@code clientApplications},
 *                       {@code times}); empty when it applies to every sign-in of whom it covers
 */
record CaPolicy(String id, String name, String state, List<String> clientAppTypes,
        List<String> includeUsers, List<String> excludeUsers, List<String> includeGroups, List<String> excludeGroups,
        List<String> includeRoles, List<String> excludeRoles, boolean includeGuests, boolean excludeGuests,
        List<String> includeApplications, List<String> excludeApplications, Set<String> controls,
        String operator, OffsetDateTime created, List<String> narrowedBy) {

    static final String ALL = "All";

    boolean enabled() {
        return state.equals("enabled");
    }

    /** Whether it applies to every sign-in of the identities, apps and client types it covers. */
    boolean unconditional() {
        return narrowedBy.isEmpty();
    }

    boolean includesAllUsers() {
        return includeUsers.stream().anyMatch(ALL::equalsIgnoreCase);
    }

    /** Whether it includes {@code All} applications (some may still be excluded). */
    boolean includesAllApplications() {
        return includeApplications.stream().anyMatch(ALL::equalsIgnoreCase);
    }

    /**
     * Whether it applies to this application (an appId): included by {@code All}, by its id, or by
     * {@code Office365} for an Office 365 app, and not excluded the same ways.
     */
    boolean coversApplication(String appId) {
        return names(includeApplications, appId) && !names(excludeApplications, appId);
    }

    private static boolean names(List<String> apps, String appId) {
        return apps.stream().anyMatch(a -> a.equalsIgnoreCase(ALL) || a.equalsIgnoreCase(appId)
                || (a.equalsIgnoreCase("Office365") && WellKnownApps.office365(appId)));
    }

    /** Whether the policy's client app condition takes in this client type (a bundle name). */
    boolean coversClientType(String clientType) {
        return clientAppTypes.isEmpty() || clientAppTypes.contains("all") || clientAppTypes.contains(clientType);
    }

    boolean blocks() {
        return controls.contains("block");
    }

    /** Whether its grant demands MFA: {@code mfa} or an authentication strength, alone or with AND. */
    boolean demandsMfa() {
        boolean mfa = controls.contains("mfa") || controls.contains("authenticationStrength");
        long others = controls.stream().filter(c -> !c.equals("mfa") && !c.equals("authenticationStrength")).count();
        return mfa && (others == 0 || "AND".equalsIgnoreCase(operator));
    }

    /**
     * The bundle's {@code control}: block, else MFA only when every way to satisfy the grant includes
     * it (an {@code OR} with a compliant device does not), else a device demand, else {@code allow}.
     */
    String control() {
        if (blocks()) {
            return "block";
        }
        if (demandsMfa()) {
            return controls.contains("authenticationStrength") ? "require-auth-strength" : "require-mfa";
        }
        if (controls.contains("compliantDevice") || controls.contains("domainJoinedDevice")) {
            return "require-compliant-device";
        }
        return "allow";
    }
}
