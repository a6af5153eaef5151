package dev.faultline.ingest.connector.entra;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The kinds of file this connector reads, recognised by name (generously: the name, without its
 * {@code .json} or {@code .json.txt} ending, contains the endpoint's word, case-insensitive; or the file
 * lies in a {@code ConditionalAccess/}, {@code Groups/} or {@code NamedLocations/} folder) or else by
 * content (Graph's {@code @odata.context}, ScubaGear's and Maester's top-level fields). A word
 * starting with {@code ^} must begin the name; a content mark {@code a&&b} needs both.
 * Order matters: the first match wins, the specific before the general.
 */
enum Endpoint {
    SCUBA_PROVIDER_EXPORT(List.of("providersettingsexport"), List.of("\"tenant_details\"", "\"conditional_access_policies\"")),
    SCUBA_CONFIG(List.of("scubaconfig", "scuba_config", "scuba-config"), List.of("\"OmitPolicy\"", "\"ProductNames\"")),
    MAESTER_CONFIG(List.of("maester-config", "maester_config", "maesterconfig"), List.of("\"EmergencyAccessAccounts\"")),
    MIGRATION_TABLE(List.of("migrationtable"), List.of()),
    ORGANIZATION(List.of("^organization"), List.of("#organization")),
    SIGN_INS(List.of("signins", "signinlogs", "sign-ins", "sign_ins"), List.of("auditLogs/signIns", "\"records\"&&SignInLogs")),
    REGISTRATION_DETAILS(List.of("userregistrationdetails", "registrationdetails"), List.of("userRegistrationDetails")),
    CROSS_TENANT(List.of("crosstenantaccesspolicy", "crosstenant"), List.of("crossTenantAccessPolicy")),
    NAMED_LOCATIONS(List.of("namedlocations"), List.of("namedLocations")),
    CA_POLICIES(List.of("conditionalaccesspolicies", "conditionalaccess", "capolicies"), List.of("conditionalAccess/policies")),
    ROLE_ELIGIBILITY(List.of("roleeligibilityschedule", "eligibilityschedule", "roleeligibility"), List.of("roleEligibilitySchedule")),
    ROLE_ASSIGNMENTS(List.of("roleassignment"), List.of("roleAssignment")),
    DIRECTORY_ROLES(List.of("directoryroles", "roledefinitions"), List.of("#directoryRoles", "roleDefinitions")),
    GROUP_MEMBERS(List.of("groupmembers", "group_members", "members"), List.of()),
    SERVICE_PRINCIPALS(List.of("serviceprincipals"), List.of("#servicePrincipals")),
    APPLICATIONS(List.of("applications"), List.of("#applications")),
    GROUPS(List.of("groups"), List.of("#groups")),
    USERS(List.of("users"), List.of("#users"));

    private final List<String> nameWords;
    private final List<String> contentMarks;

    Endpoint(List<String> nameWords, List<String> contentMarks) {
        this.nameWords = nameWords;
        this.contentMarks = contentMarks;
    }

    /**
     * The endpoint of an entry, if it is one this connector reads.
     *
     * @param entry the entry name (relative path with {@code /})
     * @param head  the entry's first characters, asked for only when the name says nothing
     */
    /** Whether the name alone says Entra: words no other connector's export uses. */
    boolean specific() {
        return this != USERS && this != GROUPS && this != APPLICATIONS && this != GROUP_MEMBERS && this != ORGANIZATION;
    }

    static Optional<Endpoint> of(String entry, Supplier<String> head) {
        String path = entry.toLowerCase(Locale.ROOT);
        if (!path.endsWith(".json") && !path.endsWith(".json.txt")) {
            return Optional.empty();
        }
        String base = path.substring(path.lastIndexOf('/') + 1).replaceAll("\\.json(\\.txt)?$", "");
        if (base.contains("schema")) {
            return Optional.empty();
        }
        Optional<Endpoint> byFolder = byFolder(path);
        if (byFolder.isPresent()) {
            return byFolder;
        }
        for (Endpoint endpoint : values()) {
            if (endpoint.nameWords.stream().anyMatch(w -> w.startsWith("^") ? base.startsWith(w.substring(1)) : base.contains(w))) {
                return Optional.of(endpoint);
            }
        }
        String text = head.get();
        for (Endpoint endpoint : values()) {
            if (endpoint.contentMarks.stream().anyMatch(mark -> java.util.Arrays.stream(mark.split("&&")).allMatch(text::contains))) {
                return Optional.of(endpoint);
            }
        }
        return Optional.empty();
    }

    private static Optional<Endpoint> byFolder(String path) {
        if (path.contains("conditionalaccess/")) {
            return Optional.of(CA_POLICIES);
        }
        if (path.contains("namedlocations/")) {
            return Optional.of(NAMED_LOCATIONS);
        }
        if (path.contains("groups/") && !path.contains("members")) {
            return Optional.of(GROUPS);
        }
        return Optional.empty();
    }
}
