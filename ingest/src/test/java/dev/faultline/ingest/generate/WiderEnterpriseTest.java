package dev.faultline.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thirteen tenants: every kind of directory, several acquisitions, every kind of trust between them. */
class WiderEnterpriseTest {

    @TempDir
    static Path dir;

    private static Bundle bundle;

    @BeforeAll
    static void generate() throws IOException {
        new SyntheticEnterprise().generate(new GeneratorSettings(13, 13_000, 21), dir);
        bundle = Bundle.read(dir);
    }

    @Test
    void tenantsCycleThroughEveryKindAndBelongToTheirCompanies() {
        assertThat(bundle.rows("tenants.csv")).extracting(r -> r.get("id")).containsExactly("acme-entra", "acme-ad",
                "globex-okta", "globex-aws", "initech-google", "initech-github", "umbrella-entra", "umbrella-ad",
                "hooli-okta", "hooli-aws", "stark-google", "stark-github", "wayne-entra");
        assertThat(bundle.rows("business_units.csv")).hasSize(7);
        assertThat(bundle.table("tenants.csv").where("acquired", "true")).hasSize(11)
                .allSatisfy(r -> assertThat(r.get("acquirer")).isEqualTo("bu/acme"));
    }

    @Test
    void everyEntraTenantHasTwoToFourBreakGlassAccountsAndTheAcquirersFive() {
        var perTenant = bundle.table("identities.csv").where("kind", "break-glass").stream()
                .collect(Collectors.groupingBy(r -> r.get("tenant"), Collectors.counting()));

        assertThat(perTenant.keySet()).containsExactlyInAnyOrder("acme-entra", "umbrella-entra", "wayne-entra");
        assertThat(perTenant.get("acme-entra")).isEqualTo(5L);
        assertThat(perTenant.get("umbrella-entra")).isBetween(2L, 4L);
        assertThat(perTenant.get("wayne-entra")).isBetween(2L, 4L);
    }

    @Test
    void trustsCoverSyncFederationAndCrossAccountKinds() {
        assertThat(bundle.rows("trusts.csv").stream().map(r -> r.get("kind")).collect(Collectors.toSet()))
                .contains("directory-sync", "ad-external", "entra-b2b", "saml-federation", "aws-cross-account",
                        "oidc-federation");
        assertThat(bundle.table("trusts.csv").where("kind", "ad-external"))
                .extracting(r -> r.get("trusting_tenant"), r -> r.get("trusted_tenant"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("acme-ad", "umbrella-ad"));
    }

    @Test
    void everyAcquiredAdIsSyncedIntoItsCompanysEntra() {
        assertThat(bundle.table("trusts.csv").where("kind", "directory-sync"))
                .extracting(r -> r.get("trusting_tenant") + ">" + r.get("trusted_tenant"))
                .containsExactly("acme-entra>acme-ad", "umbrella-entra>umbrella-ad");
    }

    @Test
    void nonHumanKindsFollowTheirDirectories() {
        var kinds = bundle.rows("identities.csv").stream()
                .collect(Collectors.groupingBy(r -> r.get("tenant").replaceAll("^[a-z-]+-", ""),
                        Collectors.mapping(r -> r.get("kind"), Collectors.toSet())));

        assertThat(kinds.get("ad")).doesNotContain("service-principal", "access-key", "guest");
        assertThat(kinds.get("aws")).contains("access-key", "workload");
        assertThat(kinds.get("github")).contains("token", "workload");
        assertThat(kinds.get("entra")).contains("service-principal", "managed-identity", "ai-agent", "break-glass");
    }
}
