package dev.faultline.ingest.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example in {@code examples/bundle} is valid, complete, and reads the same zipped. */
class ExampleBundleTest {

    static final Path EXAMPLE = Path.of("..", "examples", "bundle");

    @TempDir
    Path dir;

    @Test
    void exampleBundleValidatesWithoutErrorWithItsExactRowCounts() {
        ValidationReport report = new BundleValidator(KeyLookup.none()).validate(EXAMPLE);

        assertThat(report.render(50)).isEqualTo("no errors: 178 rows in 21 files\n");
        assertExampleCounts(report);
    }

    @Test
    void exampleBundleHoldsEveryFileOfTheFormat() {
        try (Bundle bundle = Bundle.open(EXAMPLE)) {
            assertThat(bundle.csvFiles()).containsExactlyInAnyOrderElementsOf(
                    BundleSchema.files().stream().map(FileSpec::fileName).toList());
        }
    }

    @Test
    void exampleManifestIsRead() {
        try (Bundle bundle = Bundle.open(EXAMPLE)) {
            assertThat(bundle.manifest()).isEqualTo(new Manifest("faultline-bundle", 1, "acme-merger-register",
                    Optional.of("Acme + Globex, day-0 inventory after the Globex acquisition"),
                    Optional.of(OffsetDateTime.parse("2026-11-01T09:00:00Z"))));
        }
    }

    @Test
    void zipOfTheExampleValidatesTheSameWithFilesAtTheRootOrInOneFolder() {
        Path atRoot = TestBundle.zip(EXAMPLE, dir.resolve("root.zip"), "");
        Path inFolder = TestBundle.zip(EXAMPLE, dir.resolve("folder.zip"), "acme-bundle/");

        assertExampleCounts(new BundleValidator(KeyLookup.none()).validate(atRoot));
        assertExampleCounts(new BundleValidator(KeyLookup.none()).validate(inFolder));
    }

    @Test
    void zipOfTheExampleHasTheContentHashOfTheDirectory() {
        Path zip = TestBundle.zip(EXAMPLE, dir.resolve("folder.zip"), "acme-bundle/");
        try (Bundle directory = Bundle.open(EXAMPLE); Bundle zipped = Bundle.open(zip)) {
            assertThat(zipped.contentHash()).isEqualTo(directory.contentHash()).hasSize(64);
        }
    }

    private static void assertExampleCounts(ValidationReport report) {
        assertThat(report.errors()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.rowsPerFile()).containsExactly(
                entry("organizations.csv", 1L), entry("business_units.csv", 2L), entry("tenants.csv", 6L),
                entry("identities.csv", 26L), entry("groups.csv", 9L), entry("roles.csv", 6L),
                entry("systems.csv", 7L), entry("policies.csv", 5L), entry("exceptions.csv", 5L),
                entry("credentials.csv", 8L), entry("auth_paths.csv", 6L), entry("recovery_paths.csv", 3L),
                entry("generic_nodes.csv", 1L),
                entry("trusts.csv", 4L), entry("memberships.csv", 28L), entry("role_assignments.csv", 11L),
                entry("access.csv", 15L), entry("policy_scope.csv", 7L), entry("owners.csv", 22L),
                entry("identity_links.csv", 3L), entry("generic_edges.csv", 3L));
        assertThat(report.totalRows()).isEqualTo(178);
        // the far ends of trusts (acme-aws-tooling, globex-mfg-ad) have no entities here: not scopes
        assertThat(report.tenantScopes()).containsExactly("acme-aws-prod", "acme-entra", "acme-group", "globex-ad",
                "globex-okta");
    }
}
