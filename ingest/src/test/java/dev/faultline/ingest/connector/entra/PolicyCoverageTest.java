package dev.faultline.ingest.connector.entra;

import static dev.faultline.ingest.connector.entra.Samples.one;
import static dev.faultline.ingest.connector.entra.Samples.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.ExportInput;

/**
 * The baseline's policies and groups, plus users, memberships, roles and sign-ins written here:
 * coverage is derived through nested groups and active roles, per identity.
 */
class PolicyCoverageTest {

    private static final String T = "entra:42ba3ed1-ae78-4fd0-8080-5f8bfcc27b29";
    private static final String BREAK_GLASS_GROUP = "2802b872-ccfb-4b29-a9a9-459808dfb11b";
    private static final String INTERNALS = "ceeac9b8-ddf5-48cb-afcb-e2ab8bfd1a57";
    private static final String SERVICE_ACCOUNTS = "77c1ed37-10d0-4ef1-93dc-198e70abb166";
    private static final String LEGACY_EXCLUDE = "8861a932-f1d1-4d1d-a5e6-cdce20fada27";
    private static final String CA000 = "809741fe-fb1b-4746-9ff0-83a978a4c891";
    private static final String CA002 = "c1acdef5-cfc8-470b-a7db-1f71ba4be1fb";
    private static final String CA101 = "86c4a58a-4cfd-4cdd-882e-c6e15b0ec5e7";
    private static final String CA200 = "8fd6f72c-f850-4f00-83cc-e27e41961aa9";

    private static EntraReading reading;
    private static BundleRows rows;

    @BeforeAll
    static void read() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Path baseline = Samples.ENTRA.resolve("conditional-access-baseline");
        try (Stream<Path> files = Files.walk(baseline)) {
            files.filter(Files::isRegularFile).sorted().forEach(f -> entries.put(baseline.relativize(f).toString().replace('\\', '/'), bytes(f)));
        }
        entries.put("users.json", utf8("""
                {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users","value":[
                 {"id":"u-internal","userPrincipalName":"ina@contoso.com","userType":"Member","accountEnabled":true},
                 {"id":"u-bg","userPrincipalName":"bg1@contoso.com","userType":"Member","onPremisesSyncEnabled":false},
                 {"id":"u-nested","userPrincipalName":"bg2@contoso.com","userType":"Member"},
                 {"id":"u-svc","userPrincipalName":"svc-scan@contoso.com","userType":"Member"},
                 {"id":"u-legacy","userPrincipalName":"printer@contoso.com","userType":"Member",
                  "onPremisesSyncEnabled":true,"onPremisesSecurityIdentifier":"S-1-5-21-1-2-3-1104"},
                 {"id":"u-guest","userPrincipalName":"gus_ext#EXT#@contoso.com","userType":"Guest"},
                 {"id":"u-admin","userPrincipalName":"ada@contoso.com","userType":"Member"},
                 {"id":"u-eligible","userPrincipalName":"eli@contoso.com","userType":"Member","accountEnabled":false}]}
                """));
        entries.put("groupMembers.json", utf8("""
                {"value":[
                 {"groupId":"%s","members":[{"id":"u-internal"},{"id":"u-admin"},{"id":"u-eligible"}]},
                 {"groupId":"%s","members":[{"id":"u-bg"},{"id":"g-nested"}]},
                 {"groupId":"g-nested","members":[{"id":"u-nested"}]},
                 {"groupId":"%s","members":[{"id":"u-svc"}]},
                 {"groupId":"%s","memberId":"u-legacy"}]}
                """.formatted(INTERNALS, BREAK_GLASS_GROUP, SERVICE_ACCOUNTS, LEGACY_EXCLUDE)));
        entries.put("roleAssignments.json", utf8("""
                {"value":[{"principalId":"u-admin","roleDefinitionId":"62e90394-69f5-4237-9190-012177145e10","directoryScopeId":"/"}]}
                """));
        entries.put("roleEligibilitySchedules.json", utf8("""
                {"value":[{"principalId":"u-eligible","roleDefinitionId":"62e90394-69f5-4237-9190-012177145e10","directoryScopeId":"/"}]}
                """));
        entries.put("signIns.json", utf8("""
                {"value":[
                 {"id":"s1","createdDateTime":"2026-05-01T07:00:00Z","userId":"u-legacy","userPrincipalName":"printer@contoso.com",
                  "appId":"00000002-0000-0ff1-ce00-000000000000","appDisplayName":"Office 365 Exchange Online",
                  "clientAppUsed":"IMAP4","authenticationRequirement":"singleFactorAuthentication","status":{"errorCode":0}},
                 {"id":"s2","createdDateTime":"2026-05-02T07:00:00Z","userId":"u-legacy","clientAppUsed":"IMAP4",
                  "appId":"00000002-0000-0ff1-ce00-000000000000","status":{"errorCode":50126}}]}
                """));
        entries.put("maester-config.json", utf8("""
                {"GlobalSettings":{"EmergencyAccessAccounts":[{"Type":"User","UserPrincipalName":"bg3@contoso.com"},
                 {"Type":"Group","Id":"%s"}]}}
                """.formatted(BREAK_GLASS_GROUP)));
        reading = new EntraConnector().readAll(ExportInput.of(baseline, entries));
        rows = reading.rows();
    }

    @Test
    void anInternalUserIsBlockedFromLegacyAndNeedsMfaOnBrowsers() {
        IdentityPosture internal = posture("u-internal");
        assertThat(internal.legacyAllowed()).isFalse();
        assertThat(internal.blockingPolicies()).containsExactly(CA002);
        assertThat(internal.mfaOnBrowser()).contains(CA000, CA200);
        assertThat(kind("u-internal")).isEqualTo("member");
    }

    @Test
    void breakGlassMembersDirectAndNestedKeepLegacyOpen() {
        for (String id : new String[] {"u-bg", "u-nested"}) {
            assertThat(posture(id).legacyAllowed()).isTrue();
            assertThat(posture(id).openLegacyTypes()).containsExactly("exchange-activesync", "other");
            assertThat(posture(id).mfaOnBrowser()).isEmpty();
            assertThat(kind(id)).isEqualTo("break-glass");
        }
        assertThat(one(rows, "identities.csv", "upn", "bg3@contoso.com")).containsEntry("kind", "break-glass");
        assertThat(where(rows, "exceptions.csv", e -> e.get("subject").equals(T + "/group/" + BREAK_GLASS_GROUP)))
                .hasSize(29).allSatisfy(e -> assertThat(e.get("justification")).startsWith("emergency access account"));
    }

    @Test
    void excludedFromTheLegacyBlockTheAccountUsedImapWithoutMfa() {
        IdentityPosture legacy = posture("u-legacy");
        assertThat(legacy.legacyAllowed()).isTrue();
        assertThat(legacy.legacyLastUsed()).hasToString("2026-05-01T07:00Z");
        assertThat(legacy.mfaOnLegacy()).containsExactly(CA000);
        Map<String, String> imap = one(rows, "auth_paths.csv", "protocol", "imap");
        assertThat(imap).containsEntry("subject", T + "/user/u-legacy").containsEntry("mfa_enforced", "false")
                .containsEntry("last_used", "2026-05-01T07:00:00Z");
        assertThat(one(rows, "identities.csv", "id", T + "/user/u-legacy"))
                .containsEntry("synced", "true").containsEntry("on_prem_sid", "S-1-5-21-1-2-3-1104");
    }

    @Test
    void serviceAccountsAreKnownByTheirGroupAndCoveredByTheirMfaPolicyOnModernClientsOnly() {
        assertThat(kind("u-svc")).isEqualTo("service-account");
        assertThat(posture("u-svc").legacyAllowed()).isFalse();
        assertThat(posture("u-svc").mfaOnBrowser()).contains("bfcb905d-8c0a-453c-99b5-4c64e41eb772");
    }

    @Test
    void activeRolesCountForCoverageEligibleOnesDoNot() {
        assertThat(kind("u-admin")).isEqualTo("admin");
        assertThat(kind("u-eligible")).isEqualTo("admin");
        assertThat(posture("u-admin").mfaOnBrowser()).contains(CA101);
        assertThat(posture("u-eligible").mfaOnBrowser()).doesNotContain(CA101);
        assertThat(one(rows, "identities.csv", "id", T + "/user/u-eligible")).containsEntry("status", "disabled");
        assertThat(where(rows, "role_assignments.csv", r -> r.get("principal").equals(T + "/user/u-eligible")))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("assignment", "eligible"));
    }

    @Test
    void guestsAreCoveredThroughTheGuestsLiteral() {
        assertThat(kind("u-guest")).isEqualTo("guest");
        assertThat(posture("u-guest").mfaOnBrowser()).contains(CA000, "1ccca3dd-93cb-4c14-9ae1-abe557971060");
        assertThat(where(rows, "memberships.csv", m -> m.get("member").equals(T + "/user/u-guest")))
                .extracting(m -> m.get("group")).contains(T + "/group/guests-or-external-users");
    }

    @Test
    void makesAValidBundle(@TempDir Path dir) {
        Samples.assertValidBundle(rows, dir);
    }

    private static IdentityPosture posture(String id) {
        return reading.postures().get(T + "/user/" + id);
    }

    private static String kind(String id) {
        return one(rows, "identities.csv", "id", T + "/user/" + id).get("kind");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
