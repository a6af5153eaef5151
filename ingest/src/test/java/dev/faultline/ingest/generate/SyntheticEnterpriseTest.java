package dev.faultline.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a generation writes: files, headers, exact counts, integrity, reproducibility. */
class SyntheticEnterpriseTest {

    private static final GeneratorSettings SETTINGS = new GeneratorSettings(4, 20_000, 7);

    @TempDir
    static Path shared;

    private static GenerationSummary summary;
    private static Bundle bundle;

    @BeforeAll
    static void generate() throws IOException {
        summary = new SyntheticEnterprise().generate(SETTINGS, shared.resolve("bundle"));
        bundle = Bundle.read(shared.resolve("bundle"));
    }

    @Test
    void writesEveryFileOfTheFormatWithExactlyItsColumns() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        Map<String, List<String>> written = new LinkedHashMap<>();
        for (BundleSpec.FileSpec spec : BundleSpec.FILES) {
            expected.put(spec.name(), spec.header());
            written.put(spec.name(), bundle.table(spec.name()).header());
        }
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void writesAManifestNamingTheSeedAsSource() throws IOException {
        String manifest = Files.readString(bundle.dir().resolve("manifest.json"));

        assertThat(manifest).contains("\"format\": \"faultline-bundle\"", "\"version\": 1",
                "\"source\": \"synthetic-7\"", "\"created\": \"2026-11-01T00:00:00Z\"");
    }

    @Test
    void writesExactlyTheRequestedIdentitiesAndTenants() {
        assertThat(bundle.rows("identities.csv")).hasSize(20_000);
        assertThat(bundle.rows("tenants.csv")).extracting(r -> r.get("id"), r -> r.get("kind"))
                .containsExactly(tuple("acme-entra", "entra"), tuple("acme-ad", "ad"),
                        tuple("globex-okta", "okta"), tuple("globex-aws", "aws"));
    }

    @Test
    void acquiredTenantsNameTheirAcquisitionDateAndAcquirer() {
        List<CSVRecord> acquired = bundle.table("tenants.csv").where("acquired", "true");

        assertThat(acquired).extracting(r -> r.get("id"), r -> r.get("acquirer"))
                .containsExactly(tuple("globex-okta", "bu/acme"), tuple("globex-aws", "bu/acme"));
        assertThat(acquired).allSatisfy(r -> assertThat(r.get("acquisition_date")).matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void everyReferenceResolvesAndNoIdOrRelationshipRepeats() {
        assertThat(BundleChecks.problems(bundle)).isEmpty();
    }

    @ParameterizedTest(name = "{0} tenants, {1} identities, seed {2}")
    @CsvSource({"1, 50, 1", "2, 100, 2", "3, 2000, 3", "13, 6500, 4", "64, 3200, 5"})
    void othersShapesAreAsConsistent(int tenants, int identities, long seed, @TempDir Path dir) throws IOException {
        GenerationSummary other = new SyntheticEnterprise().generate(new GeneratorSettings(tenants, identities, seed), dir);
        Bundle written = Bundle.read(dir);

        assertThat(BundleChecks.problems(written)).isEmpty();
        assertThat(written.rows("tenants.csv")).hasSize(tenants);
        assertThat(written.rows("identities.csv")).hasSize(identities);
        assertThat(other.rows("identities.csv")).isEqualTo(identities);
    }

    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path again) throws IOException {
        new SyntheticEnterprise().generate(SETTINGS, again);

        for (String file : fileNames()) {
            assertThat(Files.mismatch(bundle.dir().resolve(file), again.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedGivesOtherFiles(@TempDir Path other) throws IOException {
        new SyntheticEnterprise().generate(new GeneratorSettings(4, 20_000, 8), other);

        assertThat(Files.mismatch(bundle.dir().resolve("identities.csv"), other.resolve("identities.csv")))
                .isNotEqualTo(-1L);
        assertThat(Files.mismatch(bundle.dir().resolve("memberships.csv"), other.resolve("memberships.csv")))
                .isNotEqualTo(-1L);
    }

    @Test
    void summaryCountsWhatTheFilesHold() {
        Map<String, Long> counted = new LinkedHashMap<>();
        for (BundleSpec.FileSpec spec : BundleSpec.FILES) {
            counted.put(spec.name(), (long) bundle.rows(spec.name()).size());
        }
        assertThat(summary.rowsPerFile()).containsExactlyEntriesOf(counted);
        assertThat(summary.totalRows()).isEqualTo(counted.values().stream().mapToLong(Long::longValue).sum());
        assertThat(summary.outDir()).isEqualTo(shared.resolve("bundle"));
    }

    @Test
    void relationshipsAreAboutFivePerIdentity() {
        assertThat(summary.relationships() / 20_000.0).isBetween(4.0, 6.0);
    }

    @Test
    void tellsTheListenerAboutEveryFile(@TempDir Path dir) throws IOException {
        List<String> told = new ArrayList<>();
        new SyntheticEnterprise((file, rows) -> told.add(file)).generate(new GeneratorSettings(2, 100, 1), dir);

        assertThat(told).containsExactlyInAnyOrderElementsOf(fileNames());
    }

    @Test
    void overwritesAPreviousBundle() throws IOException {
        GenerationSummary again = new SyntheticEnterprise().generate(new GeneratorSettings(2, 200, 9), shared.resolve("rerun"));
        GenerationSummary rerun = new SyntheticEnterprise().generate(new GeneratorSettings(2, 100, 9), shared.resolve("rerun"));

        assertThat(again.rows("identities.csv")).isEqualTo(200);
        assertThat(rerun.rows("identities.csv")).isEqualTo(100);
        assertThat(Bundle.read(shared.resolve("rerun")).rows("identities.csv")).hasSize(100);
        assertThat(Files.readString(shared.resolve("rerun/truth.json"))).contains("\"identities\" : 100");
    }

    @Test
    void writesTheExpectedFindingsOfEveryRuleBesideTheManifest() throws IOException {
        com.fasterxml.jackson.databind.JsonNode truth = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(bundle.dir().resolve("truth.json").toFile());
        List<String> rules = new ArrayList<>();
        truth.get("perRule").fieldNames().forEachRemaining(rules::add);

        assertThat(truth.get("generator").get("seed").asLong()).isEqualTo(7);
        assertThat(truth.get("generator").get("reference").asText()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(rules).containsExactlyInAnyOrder("legacy-auth-bypass", "cross-tenant-mfa-trust",
                "ownerless-exception", "exception-scope", "mfa-policy-not-enforced", "nhi-on-mfa-exception",
                "stale-credential", "ownerless-nhi", "break-glass", "weak-recovery-path", "synced-privileged-admin",
                "weakest-twin");
        assertThat(truth.get("expected")).hasSize(truth.get("findings").asInt()).allSatisfy(e -> {
            assertThat(e.get("severity").asText()).isIn("low", "medium", "high", "critical");
            assertThat(e.get("owner").get("status").asText()).isIn("active", "disabled", "departed", "missing");
            assertThat(e.get("why").asText()).isNotBlank();
        });
    }

    @Test
    void plantsAboutOneProblemPerRulePerThreeThousandIdentities() throws IOException {
        com.fasterxml.jackson.databind.JsonNode truth = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(bundle.dir().resolve("truth.json").toFile());

        assertThat(truth.get("perRule").get("stale-credential").asInt()).isBetween(6, 10);
        assertThat(truth.get("perRule").get("ownerless-nhi").asInt()).isBetween(6, 10);
        assertThat(truth.get("perRule").get("weak-recovery-path").asInt()).isBetween(4, 8);
    }

    @Test
    void refusesADirectoryHoldingOtherFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.writeString(dir.resolve("identities.csv"), "id\n");

        assertThatThrownBy(() -> new SyntheticEnterprise().generate(new GeneratorSettings(1, 50, 1), dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notes.txt").hasMessageNotContaining("identities.csv");
        assertThat(Files.readString(dir.resolve("identities.csv"))).isEqualTo("id\n");
    }

    @Test
    void refusesAFileAsOutput(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bundle"), "x");

        assertThatThrownBy(() -> new SyntheticEnterprise().generate(new GeneratorSettings(1, 50, 1), file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a directory");
    }

    @Test
    void generatesTwentyThousandIdentitiesOverFourTenantsFast(@TempDir Path dir) throws IOException {
        GenerationSummary timed = new SyntheticEnterprise().generate(SETTINGS, dir);

        assertThat(timed.elapsed()).isLessThan(Duration.ofSeconds(10));
    }

    private static List<String> fileNames() {
        return Stream.concat(Stream.of("manifest.json", "truth.json"),
                BundleSpec.FILES.stream().map(BundleSpec.FileSpec::name)).toList();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
