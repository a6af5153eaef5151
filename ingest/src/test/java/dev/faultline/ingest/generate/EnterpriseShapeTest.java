package dev.faultline.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated enterprise looks like a merged one: proportions, lineage and the weaknesses it carries. */
class EnterpriseShapeTest {

    private static final int IDENTITIES = 20_000;
    private static final String REFERENCE = "2026-11-01T00:00:00Z";

    @TempDir
    static Path dir;

    private static Bundle bundle;
    private static Map<String, CSVRecord> identities;

    @BeforeAll
    static void generate() throws IOException {
        new SyntheticEnterprise().generate(new GeneratorSettings(4, IDENTITIES, 7), dir);
        bundle = Bundle.read(dir);
        identities = bundle.rows("identities.csv").stream().collect(Collectors.toMap(r -> r.get("id"), Function.identity()));
    }

    @Test
    void aboutOneIdentityInFiveIsNonHuman() {
        assertThat(share(bundle.table("identities.csv").where(r -> !human(r)).size(), IDENTITIES)).isBetween(0.10, 0.30);
    }

    @Test
    void peopleAreMostlyMembersWithAFewGuestsAndAboutOnePercentAdmins() {
        long people = identities.values().stream().filter(EnterpriseShapeTest::human).count();

        assertThat(share(count("kind", "member"), people)).isBetween(0.85, 0.97);
        assertThat(share(count("kind", "guest"), people)).isBetween(0.005, 0.06);
        assertThat(share(count("kind", "admin"), people)).isBetween(0.005, 0.02);
    }

    @Test
    void theAcquirersEntraTenantHasFiveBreakGlassAccountsOneTooMany() {
        assertThat(bundle.table("identities.csv").where("kind", "break-glass"))
                .hasSize(5).allSatisfy(r -> assertThat(r.get("tenant")).isEqualTo("acme-entra"));
    }

    @Test
    void aboutThreePercentOfPeopleHaveLeftAndSomeAccountsAreDisabled() {
        long people = identities.values().stream().filter(EnterpriseShapeTest::human).count();

        assertThat(share(count("status", "departed"), people)).isBetween(0.015, 0.05);
        assertThat(count("status", "disabled")).isPositive();
    }

    @Test
    void mostPeopleOutsideAdHaveMfaRegisteredButNotAll() {
        var known = bundle.table("identities.csv").where(r -> human(r) && !r.get("mfa_registered").isEmpty());
        long registered = known.stream().filter(r -> r.get("mfa_registered").equals("true")).count();

        assertThat(share(registered, known.size())).isBetween(0.6, 0.95);
        assertThat(bundle.table("identities.csv").where("tenant", "acme-ad"))
                .allSatisfy(r -> assertThat(r.get("mfa_registered")).isEmpty());
    }

    @Test
    void theAcquirerHoldsTheBiggestTenants() {
        Map<String, Long> perTenant = identities.values().stream()
                .collect(Collectors.groupingBy(r -> r.get("tenant"), Collectors.counting()));

        assertThat(perTenant.get("acme-entra")).isGreaterThan(perTenant.get("globex-okta"))
                .isGreaterThan(perTenant.get("globex-aws"));
    }

    @Test
    void syncedEntraAccountsCarryTheSidOfTheirAdAccount() {
        var synced = bundle.table("identity_links.csv").where("kind", "synced");

        assertThat(synced).hasSizeGreaterThan(1000).allSatisfy(link -> {
            CSVRecord ad = identities.get(link.get("from"));
            CSVRecord cloud = identities.get(link.get("to"));
            assertThat(ad.get("tenant")).isEqualTo("acme-ad");
            assertThat(cloud.get("tenant")).isEqualTo("acme-entra");
            assertThat(cloud.get("synced")).isEqualTo("true");
            assertThat(cloud.get("on_prem_sid")).isEqualTo(ad.get("on_prem_sid")).startsWith("S-1-5-21-");
            assertThat(cloud.get("employee_id")).isEqualTo(ad.get("employee_id"));
            assertThat(link.get("evidence")).isEqualTo("onPremisesSecurityIdentifier");
        });
    }

    @Test
    void peopleLinkedAcrossTenantsShareEvidenceWithLessThanFullConfidence() {
        var samePerson = bundle.table("identity_links.csv").where(r -> !r.get("kind").equals("synced"));
        var crossTenant = samePerson.stream()
                .filter(r -> !identities.get(r.get("from")).get("tenant").equals(identities.get(r.get("to")).get("tenant")))
                .toList();

        assertThat(samePerson).allSatisfy(r -> assertThat(Double.parseDouble(r.get("confidence"))).isLessThan(1.0));
        assertThat(crossTenant).isNotEmpty().allSatisfy(r -> assertThat(r.get("evidence")).isIn("upn", "employeeId", "email"));
        assertThat(crossTenant).filteredOn(r -> r.get("evidence").equals("employeeId")).allSatisfy(r ->
                assertThat(identities.get(r.get("to")).get("employee_id"))
                        .isEqualTo(identities.get(r.get("from")).get("employee_id")));
    }

    @Test
    void groupsAndSystemsGrowWithTheIdentities() {
        assertThat(bundle.rows("groups.csv")).hasSizeBetween(IDENTITIES / 60, IDENTITIES / 40);
        assertThat(bundle.rows("systems.csv")).hasSizeBetween(IDENTITIES / 600, IDENTITIES / 400);
        assertThat(bundle.rows("systems.csv").stream().map(r -> r.get("kind")).collect(Collectors.toSet()))
                .contains("mailbox", "aws-account", "admin-portal", "application");
        assertThat(bundle.rows("systems.csv").stream().map(r -> r.get("criticality")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("low", "medium", "high", "critical");
    }

    @Test
    void peopleBelongToTwoOrThreeGroupsAndSomeGroupsAreNested() {
        double perIdentity = share(bundle.rows("memberships.csv").size(), IDENTITIES);

        assertThat(perIdentity).isBetween(1.5, 3.0);
        assertThat(bundle.table("memberships.csv").where(r -> r.get("member").contains("/g/"))).isNotEmpty();
        assertThat(share(bundle.rows("access.csv").size(), IDENTITIES)).isBetween(0.7, 1.3);
    }

    @Test
    void everyAdminHoldsAPrivilegedRoleAndSomeOnlyEligibly() {
        Set<String> privileged = bundle.table("roles.csv").where("privileged", "true").stream()
                .map(r -> r.get("id")).collect(Collectors.toSet());
        Set<String> privilegedHolders = bundle.table("role_assignments.csv").where(r -> privileged.contains(r.get("role")))
                .stream().map(r -> r.get("principal")).collect(Collectors.toSet());

        assertThat(bundle.table("identities.csv").where("kind", "admin"))
                .allSatisfy(r -> assertThat(privilegedHolders).contains(r.get("id")));
        assertThat(bundle.table("role_assignments.csv").where("assignment", "eligible")).isNotEmpty();
        assertThat(bundle.table("roles.csv").where("privileged", "true").stream().map(r -> r.get("name")))
                .contains("Global Administrator", "Domain Admins", "Super Administrator", "AdministratorAccess");
    }

    @Test
    void entraRequiresMfaForEveryoneOnModernClientsOnlyAndOtherKindsHaveTheirOwnPolicies() {
        CSVRecord requireMfa = bundle.table("policies.csv").where("id", "acme-entra/p/000").get(0);

        assertThat(requireMfa.get("control")).isEqualTo("require-mfa");
        assertThat(requireMfa.get("client_app_types")).isEqualTo("browser;mobile-desktop");
        assertThat(bundle.table("policy_scope.csv").where("policy", "acme-entra/p/000"))
                .extracting(r -> r.get("target")).containsExactly("acme-entra");
        assertThat(bundle.rows("policies.csv").stream().map(r -> r.get("kind")))
                .contains("conditional-access", "okta-sign-on", "aws-mfa-condition");
        assertThat(bundle.table("policy_scope.csv").where(r -> r.get("target").contains("/g/"))).isNotEmpty();
    }

    @Test
    void exceptionsIncludeOwnerlessOnesOwnersWhoLeftExpiredOnesAndGroupsGrownPastTheirApproval() {
        var exceptions = bundle.table("exceptions.csv");
        Map<String, Long> groupSizes = bundle.table("memberships.csv").where(r -> !r.get("member").contains("/g/"))
                .stream().collect(Collectors.groupingBy(r -> r.get("group"), Collectors.counting()));

        assertThat(exceptions.rows()).hasSizeBetween(IDENTITIES / 2000, IDENTITIES / 300);
        assertThat(exceptions.where("owner", "")).isNotEmpty();
        assertThat(exceptions.where(r -> !r.get("owner").isEmpty() && identities.containsKey(r.get("owner"))
                && identities.get(r.get("owner")).get("status").equals("departed"))).isNotEmpty();
        assertThat(exceptions.where(r -> !r.get("expires").isEmpty() && r.get("expires").compareTo(REFERENCE) < 0))
                .isNotEmpty();
        assertThat(exceptions.where(r -> !r.get("approved_size").isEmpty()
                && Long.parseLong(r.get("approved_size")) < groupSizes.getOrDefault(r.get("subject"), 0L))).isNotEmpty();
    }

    @Test
    void onlyNonHumanIdentitiesHoldCredentialsAndSomeAreExpiredStaleOrLeaked() {
        var credentials = bundle.table("credentials.csv");

        assertThat(credentials.rows()).allSatisfy(r -> assertThat(human(identities.get(r.get("identity")))).isFalse());
        assertThat(credentials.where(r -> !r.get("expires").isEmpty() && r.get("expires").compareTo(REFERENCE) < 0))
                .isNotEmpty();
        assertThat(credentials.where(r -> !r.get("leaked_at").isEmpty())).isNotEmpty();
        assertThat(credentials.where(r -> r.get("last_rotated").isEmpty() && !r.get("kind").equals("certificate")
                && !r.get("kind").equals("federated") && r.get("created").compareTo("2025-11-01") < 0)).isNotEmpty();
    }

    @Test
    void legacyPathsAreBlockedExceptThePlantedOnesAndAnAcquiredTenantReachesTheAcquirerOverBasicAuth() {
        var open = bundle.table("auth_paths.csv").where(r -> BundleSpec.LEGACY.contains(r.get("protocol"))
                && r.get("mfa_enforced").equals("false"));

        assertThat(bundle.table("auth_paths.csv").where(r -> BundleSpec.LEGACY.contains(r.get("protocol"))
                && r.get("mfa_enforced").equals("true"))).hasSizeGreaterThan(10);
        assertThat(open).allSatisfy(r -> assertThat(r.get("id")).contains("/ap/planted-"));
        assertThat(open).extracting(r -> r.get("subject") + ">" + r.get("system") + ":" + r.get("protocol"))
                .contains("globex-aws>acme-entra/s/00002:basic-auth");
        assertThat(bundle.table("auth_paths.csv").where(r -> !BundleSpec.LEGACY.contains(r.get("protocol"))
                && r.get("mfa_enforced").equals("true"))).isNotEmpty();
    }

    @Test
    void helpdeskCanResetAdmins() {
        assertThat(bundle.table("recovery_paths.csv").where(r -> r.get("method").equals("helpdesk-reset")
                && identities.containsKey(r.get("target")) && identities.get(r.get("target")).get("kind").equals("admin")))
                .isNotEmpty();
        assertThat(bundle.table("recovery_paths.csv").where("actor", "")).isNotEmpty();
    }

    @Test
    void theAcquirerSyncsItsAdAndTrustsTheAcquiredTenants() {
        var trusts = bundle.table("trusts.csv");

        assertThat(trusts.where("kind", "directory-sync")).extracting(r -> r.get("trusting_tenant"),
                r -> r.get("trusted_tenant"), r -> r.get("sync_enabled"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("acme-entra", "acme-ad", "true"));
        assertThat(trusts.where(r -> r.get("trusting_tenant").equals("acme-entra")
                && r.get("trusted_tenant").startsWith("globex-"))).isNotEmpty();
    }

    @Test
    void someOwnersHaveLeftAndBreakGlassAccountsHaveCustodians() {
        var owners = bundle.table("owners.csv");

        assertThat(owners.where(r -> identities.containsKey(r.get("owner"))
                && identities.get(r.get("owner")).get("status").equals("departed"))).isNotEmpty();
        assertThat(owners.where("role", "custodian")).isNotEmpty();
        assertThat(owners.where(r -> r.get("target").equals("acme-entra"))).isNotEmpty();
    }

    private static long count(String column, String value) {
        return bundle.table("identities.csv").where(column, value).size();
    }

    private static boolean human(CSVRecord identity) {
        return BundleSpec.HUMAN_KINDS.contains(identity.get("kind"));
    }

    private static double share(long part, long whole) {
        return (double) part / whole;
    }
}
