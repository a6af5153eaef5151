package dev.faultline.ingest.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import dev.faultline.cypher.Cypher;
import dev.faultline.testsupport.TestNeo4j;

/** The loader against a real Neo4j, with the documented example bundle. */
class BundleLoaderIT {

    static final Path EXAMPLE = Path.of("../examples/bundle");

    final Driver driver = TestNeo4j.get().driver();

    @TempDir
    Path temp;

    @BeforeEach
    void emptyDatabase() {
        TestNeo4j.get().clean();
    }

    BundleLoader loader(IngestListener listener) {
        return new BundleLoader(driver, "neo4j", 1000, listener);
    }

    @Test
    void loadsTheExampleBundleWithOneNodePerEntityRow() {
        IngestResult result = loader(IngestListener.NONE).ingest(List.of(EXAMPLE)).get(0);

        assertThat(result.source()).isEqualTo("acme-merger-register");
        Map<String, Long> labels = labelCounts();
        Map<String, Long> rows = result.rowsPerFile();
        assertThat(labels).containsEntry("Identity", rows.get("identities.csv"))
                .containsEntry("Tenant", rows.get("tenants.csv"))
                .containsEntry("Group", rows.get("groups.csv"))
                .containsEntry("Exception", rows.get("exceptions.csv"))
                .containsEntry("Credential", rows.get("credentials.csv"))
                .containsEntry("AuthPath", rows.get("auth_paths.csv"))
                .containsEntry("IngestRun", 1L);
        assertThat(relationshipCounts()).containsEntry("MEMBER_OF", rows.get("memberships.csv"))
                .containsEntry("TRUSTS", rows.get("trusts.csv"))
                .containsEntry("IN_TENANT", totalOf(rows, "identities.csv", "groups.csv", "roles.csv", "systems.csv",
                        "policies.csv", "exceptions.csv", "credentials.csv", "auth_paths.csv", "recovery_paths.csv",
                        "generic_nodes.csv"));
        assertThat(runs()).extracting(r -> r.get("status").asString(), r -> r.get("nodesDeleted").asLong())
                .containsExactly(tuple("succeeded", 0L));
    }

    @Test
    void theIngestRunKeepsEachInputFilesSha256() throws Exception {
        loader(IngestListener.NONE).ingest(List.of(EXAMPLE));

        Record run = driver.executableQuery("MATCH (ir:IngestRun) RETURN ir.inputHashes AS hashes, ir.contentHash AS total")
                .execute().records().get(0);
        java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
        String identities = java.util.HexFormat.of().formatHex(sha256.digest(Files.readAllBytes(EXAMPLE.resolve("identities.csv"))));
        List<String> hashes = run.get("hashes").asList(v -> v.asString());
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            assertThat(hashes).hasSize((int) files.filter(f -> !f.getFileName().toString().startsWith(".")).count());
        }
        assertThat(hashes).contains(identities + "  identities.csv");
        assertThat(hashes).extracting(line -> line.substring(66)).isSorted();
        try (dev.faultline.ingest.bundle.Bundle bundle = dev.faultline.ingest.bundle.Bundle.open(EXAMPLE)) {
            assertThat(run.get("total").asString()).isEqualTo(bundle.contentHash());
        }
    }

    @Test
    void loadingTheSameBundleTwiceChangesNoCount() {
        loader(IngestListener.NONE).ingest(List.of(EXAMPLE));
        Map<String, Long> labels = labelCounts();
        Map<String, Long> relationships = relationshipCounts();

        IngestResult again = loader(IngestListener.NONE).ingest(List.of(EXAMPLE)).get(0);

        labels.merge("IngestRun", 1L, Long::sum);
        assertThat(labelCounts()).isEqualTo(labels);
        assertThat(relationshipCounts()).isEqualTo(relationships);
        assertThat(again.nodesCreated()).isZero();
        assertThat(again.relationshipsCreated()).isZero();
        assertThat(again.nodesDeleted()).isZero();
        assertThat(again.relationshipsDeleted()).isZero();
    }

    @Test
    void anIdentityRemovedFromTheBundleIsGoneAfterTheNextSuccessfulRun() throws IOException {
        loader(IngestListener.NONE).ingest(List.of(EXAMPLE));
        String removed = "acme-entra/u/dave";
        assertThat(exists(removed)).isTrue();
        Path smaller = copyWithout(EXAMPLE, removed);

        IngestResult result = loader(IngestListener.NONE).ingest(List.of(smaller)).get(0);

        assertThat(exists(removed)).isFalse();
        assertThat(exists("acme-entra/u/alice")).isTrue();
        assertThat(result.nodesDeleted()).isEqualTo(1);
        assertThat(labelCounts().get("Identity")).isEqualTo(result.rowsPerFile().get("identities.csv"));
    }

    @Test
    void aFailedRunDeletesNothingAndTheNextRunConverges() throws IOException {
        loader(IngestListener.NONE).ingest(List.of(EXAMPLE));
        Map<String, Long> before = labelCounts();
        Path smaller = copyWithout(EXAMPLE, "acme-entra/u/dave");
        IngestListener failing = new IngestListener() {
            @Override
            public void progress(String file, long done, long total) {
                if (file.equals("memberships.csv")) {
                    throw new IllegalStateException("connection lost (simulated)");
                }
            }
        };

        assertThatThrownBy(() -> loader(failing).ingest(List.of(smaller)))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("nothing was deleted");

        assertThat(exists("acme-entra/u/dave")).isTrue();
        before.merge("IngestRun", 1L, Long::sum);
        assertThat(labelCounts()).isEqualTo(before);
        assertThat(runs()).extracting(r -> r.get("status").asString()).containsExactly("failed", "succeeded");
        assertThat(runs().get(0).get("error").asString()).contains("connection lost (simulated)");

        loader(IngestListener.NONE).ingest(List.of(smaller));
        assertThat(exists("acme-entra/u/dave")).isFalse();
    }

    @Test
    void anInvalidBundleWritesNothingAtAll() throws IOException {
        loader(IngestListener.NONE).ingest(List.of(EXAMPLE));
        Map<String, Long> labels = labelCounts();
        Map<String, Long> relationships = relationshipCounts();
        Path damaged = copyOf(EXAMPLE);
        append(damaged.resolve("identities.csv"), "globex-okta/u/new,no-such-tenant,member,new@globex.com,,,,,,,,,,,\n");
        append(damaged.resolve("groups.csv"), "acme-entra/u/alice,acme-entra,Duplicate,security,false\n");

        assertThatThrownBy(() -> loader(IngestListener.NONE).ingest(List.of(EXAMPLE, damaged)))
                .isInstanceOfSatisfying(InvalidBundleException.class, e -> assertThat(e.reports().get(damaged).errors())
                        .extracting(err -> err.file(), err -> err.column(), err -> err.value(), err -> err.category())
                        .containsExactlyInAnyOrder(
                                tuple("identities.csv", "tenant", "no-such-tenant", "unknown reference"),
                                tuple("groups.csv", "id", "acme-entra/u/alice", "duplicate key")));

        assertThat(labelCounts()).isEqualTo(labels);
        assertThat(relationshipCounts()).isEqualTo(relationships);
    }

    @Test
    void aBundleMayReferenceKeysThatAnotherSourceLoaded() throws IOException {
        loader(IngestListener.NONE).ingest(List.of(EXAMPLE));
        Path register = Files.createDirectories(temp.resolve("register"));
        Files.writeString(register.resolve("manifest.json"),
                "{\"format\":\"faultline-bundle\",\"version\":1,\"source\":\"owner-register\"}");
        Files.writeString(register.resolve("owners.csv"), "owner,target,role\nacme-entra/u/alice,acme-entra/u/dave,sponsor\n");

        loader(IngestListener.NONE).ingest(List.of(register));

        List<Record> owns = driver.executableQuery(
                Cypher.statement("stats/relationship-counts")).execute().records();
        assertThat(owns).isNotEmpty();
        assertThat(relationshipCounts().get("OWNS")).isGreaterThan(0);
    }

    private Map<String, Long> labelCounts() {
        return counts("stats/node-counts", "label");
    }

    private Map<String, Long> relationshipCounts() {
        return counts("stats/relationship-counts", "type");
    }

    private Map<String, Long> counts(String statement, String key) {
        Map<String, Long> counts = new TreeMap<>();
        driver.executableQuery(Cypher.statement(statement)).execute().records()
                .forEach(r -> counts.put(r.get(key).asString(), r.get("count").asLong()));
        return counts;
    }

    private List<Record> runs() {
        return driver.executableQuery(Cypher.statement("stats/recent-runs")).withParameters(Map.of("limit", 10))
                .execute().records();
    }

    private boolean exists(String key) {
        return driver.executableQuery(Cypher.statement("ingest/existing-keys")).withParameters(Map.of("keys", List.of(key)))
                .execute().records().size() == 1;
    }

    private static long totalOf(Map<String, Long> rows, String... files) {
        return Stream.of(files).mapToLong(f -> rows.getOrDefault(f, 0L)).sum();
    }

    private Path copyOf(Path bundle) throws IOException {
        Path copy = Files.createTempDirectory(temp, "bundle");
        try (Stream<Path> files = Files.list(bundle)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName().toString()));
            }
        }
        return copy;
    }

    /** A copy with every row that names {@code key} in one of its cells left out. */
    private Path copyWithout(Path bundle, String key) throws IOException {
        Path copy = copyOf(bundle);
        try (Stream<Path> files = Files.list(copy)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                List<String> kept = Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                        .filter(line -> !List.of(line.split(",", -1)).contains(key)).toList();
                Files.write(f, kept, StandardCharsets.UTF_8);
            }
        }
        return copy;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }
}
