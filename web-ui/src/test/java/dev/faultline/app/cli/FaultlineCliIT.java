package dev.faultline.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import dev.faultline.embedded.EmbeddedNeo4j;
import dev.faultline.testsupport.TestNeo4j;

/**
 * The {@code faultline} command end to end, as the issue checks it: generate, ingest, stats,
 * ingest again, a damaged bundle, reset. Each command starts its own embedded Neo4j on one data
 * directory, as on a user's machine.
 */
class FaultlineCliIT extends CommandLineTest {


    static JsonNode statsJson() throws IOException {
        Run stats = faultline("stats", "--format", "json");
        assertThat(stats.exit()).as(stats.err()).isZero();
        return new ObjectMapper().readTree(stats.out());
    }

    @Test
    void generatesIngestsTwiceRefusesDamageAndResets() throws IOException {
        Path bundle = temp.resolve("b");
        Run generate = faultline("generate", "--tenants", "4", "--identities", "1000", "--seed", "7", "--out", bundle.toString());
        assertThat(generate.exit()).as(generate.err()).isZero();
        assertThat(bundle.resolve("identities.csv")).exists();

        Run ingest = faultline("ingest", bundle.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("succeeded").contains("identities.csv").contains("1,000");
        JsonNode first = statsJson();
        assertThat(first.at("/nodes/Identity").asLong()).isEqualTo(1000);
        assertThat(first.at("/nodes/Tenant").asLong()).isEqualTo(4);
        assertThat(first.has("ingestRuns")).isTrue();

        assertThat(faultline("ingest", bundle.toString()).exit()).isZero();
        JsonNode second = statsJson();
        assertThat(second.get("nodes")).isEqualTo(first.get("nodes"));
        assertThat(second.get("relationships")).isEqualTo(first.get("relationships"));
        assertThat(second.get("tenants")).isEqualTo(first.get("tenants"));
        assertThat(second.get("ingestRuns")).hasSize(2);

        Path damaged = damage(bundle);
        Run refused = faultline("ingest", damaged.toString());
        assertThat(refused.exit()).isEqualTo(FaultlineCommand.INVALID_INPUT);
        assertThat(refused.err())
                .contains("memberships.csv:3: malformed CSV")
                .contains("groups.csv:1: column 'tenant': missing column")
                .contains("credentials.csv:2: column 'identity' value 'nobody/u/0': unknown reference")
                .contains("identities.csv:2: column 'kind' value 'robot': unknown enum value")
                .contains("roles.csv:3: column 'id'")
                .contains("Nothing was written.");
        JsonNode afterRefusal = statsJson();
        assertThat(afterRefusal.get("nodes")).isEqualTo(first.get("nodes"));
        assertThat(afterRefusal.get("relationships")).isEqualTo(first.get("relationships"));
        assertThat(afterRefusal.get("ingestRuns")).hasSize(2);

        assertThat(faultline("reset").exit()).isEqualTo(FaultlineCommand.INVALID_INPUT);
        assertThat(faultline("reset", "--yes").exit()).isZero();
        assertThat(statsJson().get("nodes")).isEmpty();
    }

    static final Path SAMPLES = Path.of("../../shared/samples");

    @Test
    void ingestsRealExportsOfEveryFormatInOneRunAndConvertsOne() throws IOException {
        Run ingest = faultline("ingest", SAMPLES.resolve("ad/sharphound-v6-sample.zip").toString(),
                SAMPLES.resolve("aws/cloudsplaining/example_get-account-authorization-details.json").toString(),
                SAMPLES.resolve("okta/okta_management_api_response_examples.json").toString(),
                SAMPLES.resolve("opengraph/entra-auth-policy-sample").toString(),
                SAMPLES.resolve("entra/conditional-access-baseline").toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("source sharphound").contains("source aws").contains("source okta")
                .contains("source opengraph").contains("source entra");

        JsonNode stats = statsJson();
        assertThat(stats.get("ingestRuns")).hasSize(5);
        assertThat(stats.at("/nodes/Exception").asLong()).isEqualTo(72);
        List<String> kinds = new java.util.ArrayList<>();
        stats.get("tenants").forEach(t -> kinds.add(t.get("kind").asText()));
        assertThat(kinds).contains("ad", "aws", "okta", "entra");
        assertThat(stats.at("/relationships/TRUSTS").asLong()).isGreaterThanOrEqualTo(6 + 4);

        Path out = temp.resolve("converted");
        Run convert = faultline("convert", SAMPLES.resolve("ad/sharphound-v6-sample.zip").toString(), "--out", out.toString());
        assertThat(convert.exit()).as(convert.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("trusts.csv"))).hasSize(1 + 6);
        assertThat(out.resolve("manifest.json")).exists();
    }

    @Test
    void analyzesTheExampleStoresFindingsWithStableKeysAndFailsOnTheThreshold() throws IOException {
        assertThat(faultline("ingest", "../examples/bundle").exit()).isZero();
        JsonNode before = statsJson();

        Run first = faultline("analyze", "--format", "json");
        assertThat(first.exit()).as(first.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(first.out());
        assertThat(schemaErrors(REPORT_SCHEMA, first.out())).isEmpty();
        assertThat(report.get("rules")).hasSize(dev.faultline.analyzer.rule.Rules.all().size());
        List<String> keys = new java.util.ArrayList<>();
        report.get("findings").forEach(f -> keys.add(f.get("key").asText()));
        assertThat(keys).isNotEmpty().doesNotHaveDuplicates();
        JsonNode departedOwner = null;
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals("ownerless-exception") && f.get("subject").asText().equals("acme-entra/x/ex-002")) {
                departedOwner = f;
            }
        }
        assertThat(departedOwner).as("the exception whose owner departed").isNotNull();
        assertThat(departedOwner.at("/owner/status").asText()).isEqualTo("departed");
        assertThat(departedOwner.at("/evidence/noActiveOwner").asBoolean()).isTrue();

        Run second = faultline("analyze", "--format", "json", "--fail-on", "critical");
        assertThat(second.exit()).isEqualTo(1);
        JsonNode again = new ObjectMapper().readTree(second.out());
        List<String> keysAgain = new java.util.ArrayList<>();
        again.get("findings").forEach(f -> keysAgain.add(f.get("key").asText()));
        assertThat(keysAgain).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(again.at("/findings/0/firstSeen").asText()).isEqualTo(report.at("/findings/0/firstSeen").asText());

        assertThat(faultline("analyze", "--rules", "no-such-rule").exit()).isEqualTo(FaultlineCommand.INVALID_INPUT);
        assertThat(faultline("analyze", "--format", "xml").exit()).isEqualTo(FaultlineCommand.INVALID_INPUT);
        JsonNode after = statsJson();
        assertThat(after.get("nodes")).isEqualTo(before.get("nodes"));
        assertThat(after.get("relationships")).isEqualTo(before.get("relationships"));
    }

    @Test
    void whatIfComparesTwoScenariosSideBySideWithoutChangingTheGraph() throws IOException {
        assertThat(faultline("ingest", "../examples/bundle").exit()).isZero();
        JsonNode before = statsJson();

        Run json = faultline("whatif", "../examples/whatif/day-one.yaml", "../examples/whatif/harden.json", "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(json.out());
        assertThat(result.get("scenarios")).hasSize(2);
        assertThat(result.at("/scenarios/0/scenario").asText()).isEqualTo("day-one");
        assertThat(result.at("/scenarios/0/changed")).hasSize(3);
        assertThat(result.at("/scenarios/0/bypassPaths/opened")).isNotEmpty();
        assertThat(result.at("/scenarios/1/scenario").asText()).isEqualTo("harden");
        assertThat(result.at("/scenarios/1/bypassPaths/closed")).isNotEmpty();
        assertThat(result.at("/scenarios/1/bypassPaths/opened")).isEmpty();
        List<String> closedRules = new java.util.ArrayList<>();
        result.at("/scenarios/1/closed").forEach(f -> closedRules.add(f.get("rule").asText()));
        assertThat(closedRules).contains("legacy-auth-bypass", "stale-credential");
        assertThat(result.at("/scenarios/1/findings/after").asInt()).isLessThan(result.at("/baseline/findings").asInt());

        Path file = temp.resolve("whatif.txt");
        Run text = faultline("whatif", "../examples/whatif/harden.json", "--output", file.toString());
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).isEmpty();
        assertThat(Files.readString(file)).contains("harden", "bypass paths opened / closed", "plan cost",
                "organization score", "bypass paths closed:");

        Path bad = Files.writeString(temp.resolve("bad.yaml"), "changes:\n  - {type: block-legacy, tenant: nowhere}\n");
        Run refused = faultline("whatif", bad.toString());
        assertThat(refused.exit()).isEqualTo(FaultlineCommand.INVALID_INPUT);
        assertThat(refused.err()).contains(bad + ": change 1 (block-legacy): field 'tenant': unknown key 'nowhere'");
        assertThat(faultline("whatif", "../examples/whatif/harden.json", "--format", "xml").exit())
                .isEqualTo(FaultlineCommand.INVALID_INPUT);

        JsonNode after = statsJson();
        assertThat(after.get("nodes")).isEqualTo(before.get("nodes"));
        assertThat(after.get("relationships")).isEqualTo(before.get("relationships"));
    }

    static final Path REPORT_SCHEMA = Path.of("../docs/analysis-report.schema.json");
    static final Path SARIF_SCHEMA = Path.of("../analyzer/src/test/resources/sarif/sarif-2.1.0-rtm.5.json");

    @Test
    void writesTheSameFindingsAsCsvAndSarifFilesWithTheSameExitCodes() throws IOException {
        assertThat(faultline("ingest", "../examples/bundle").exit()).isZero();
        Run json = faultline("analyze", "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        Map<String, JsonNode> findings = new java.util.LinkedHashMap<>();
        new ObjectMapper().readTree(json.out()).get("findings").forEach(f -> findings.put(f.get("key").asText(), f));

        Path csvFile = temp.resolve("findings.csv");
        Run csv = faultline("analyze", "--format", "csv", "--output", csvFile.toString());
        assertThat(csv.exit()).as(csv.err()).isZero();
        assertThat(csv.out()).isEmpty();
        List<CSVRecord> rows;
        try (java.io.Reader reader = Files.newBufferedReader(csvFile, StandardCharsets.UTF_8)) {
            CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
            assertThat(parser.getHeaderNames()).containsExactly("key", "rule", "severity", "subject", "subjectName",
                    "tenant", "ownerKey", "ownerName", "ownerStatus", "ownerVia", "path", "evidence", "remediation",
                    "standards", "firstSeen", "lastSeen");
            rows = parser.getRecords();
        }
        assertThat(rows).extracting(r -> r.get("key")).containsExactlyInAnyOrderElementsOf(findings.keySet());
        for (CSVRecord row : rows) {
            JsonNode f = findings.get(row.get("key"));
            assertThat(List.of(row.get("rule"), row.get("severity"), row.get("ownerStatus"), row.get("standards")))
                    .as(row.get("key")).containsExactly(f.get("rule").asText(), f.get("severity").asText(),
                            f.at("/owner/status").asText(), String.join(";", texts(f.get("standards"))));
        }

        Path sarifFile = temp.resolve("findings.sarif");
        Run sarif = faultline("analyze", "--format", "sarif", "--output", sarifFile.toString(), "--fail-on", "critical");
        assertThat(sarif.exit()).as(sarif.err()).isEqualTo(1);
        String log = Files.readString(sarifFile);
        assertThat(schemaErrors(SARIF_SCHEMA, log)).isEmpty();
        JsonNode run = new ObjectMapper().readTree(log).at("/runs/0");
        assertThat(run.at("/tool/driver/rules")).hasSize(dev.faultline.analyzer.rule.Rules.all().size());
        List<String> fingerprints = new java.util.ArrayList<>();
        run.get("results").forEach(r -> fingerprints.add(r.at("/partialFingerprints/faultline~1v1").asText()));
        assertThat(fingerprints).containsExactlyInAnyOrderElementsOf(findings.keySet());
        for (JsonNode result : run.get("results")) {
            JsonNode f = findings.get(result.at("/partialFingerprints/faultline~1v1").asText());
            String level = switch (f.get("severity").asText()) {
                case "critical", "high" -> "error";
                case "medium" -> "warning";
                default -> "note";
            };
            assertThat(List.of(result.get("ruleId").asText(), result.get("level").asText(),
                    result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()))
                    .containsExactly(f.get("rule").asText(), level, f.get("subject").asText());
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<String> schemaErrors(Path schemaFile, String json) throws IOException {
        try (java.io.InputStream schema = Files.newInputStream(schemaFile)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema)
                    .validate(json, InputFormat.JSON, c -> c.executionConfig(e -> e.formatAssertionsEnabled(true)))
                    .stream().map(Object::toString).toList();
        }
    }

    @Test
    void refusesAnExportItCannotReadNamingFileRecordAndField() throws IOException {
        Path broken = temp.resolve("users.json");
        Files.writeString(broken, "{\"data\":[{\"Properties\":{}}],\"meta\":{\"type\":\"users\",\"version\":6}}");
        Run run = faultline("ingest", broken.toString());
        assertThat(run.exit()).isEqualTo(FaultlineCommand.INVALID_INPUT);
        assertThat(run.err()).contains("users.json").contains("data[0]").contains("Nothing was written.");
    }

    @Test
    void saysHowToConnectWhenTheStoreIsInUse() {
        try (EmbeddedNeo4j running = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.defaults(dataDir))) {
            Run stats = faultline("stats");
            assertThat(stats.exit()).isEqualTo(FaultlineCommand.FAILURE);
            assertThat(stats.err()).contains("in use by another process")
                    .contains("FAULTLINE_NEO4J_URI=" + running.boltUri());
        }
    }

    @Test
    void usesAConfiguredServerInsteadOfTheEmbeddedOne() {
        System.setProperty("faultline.neo4j.uri", TestNeo4j.get().uri());
        System.setProperty("faultline.neo4j.password", TestNeo4j.get().password());
        Run stats = faultline("stats");
        assertThat(stats.exit()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("Graph in " + TestNeo4j.get().uri());
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void unknownPathIsInvalidInput() {
        Run run = faultline("ingest", temp.resolve("nope").toString());
        assertThat(run.exit()).isEqualTo(FaultlineCommand.INVALID_INPUT);
        assertThat(run.err()).contains("No such file or directory");
    }

    /** A copy with one error of each kind the issue names. */
    private Path damage(Path bundle) throws IOException {
        Path copy = Files.createDirectories(temp.resolve("damaged"));
        try (Stream<Path> files = Files.list(bundle)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName().toString()));
            }
        }
        replaceLine(copy.resolve("memberships.csv"), 2, line -> "\"unclosed," + line);
        replaceLine(copy.resolve("groups.csv"), 0, header -> header.replace("tenant,", ""));
        replaceLine(copy.resolve("credentials.csv"), 1, line -> replaceCell(line, 2, "nobody/u/0"));
        replaceLine(copy.resolve("identities.csv"), 1, line -> replaceCell(line, 2, "robot"));
        List<String> roles = Files.readAllLines(copy.resolve("roles.csv"));
        replaceLine(copy.resolve("roles.csv"), 2, line -> replaceCell(line, 0, roles.get(1).split(",")[0]));
        return copy;
    }

    private static String replaceCell(String line, int index, String value) {
        String[] cells = line.split(",", -1);
        cells[index] = value;
        return String.join(",", cells);
    }

    private static void replaceLine(Path file, int index, java.util.function.UnaryOperator<String> change) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(index, change.apply(lines.get(index)));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

}
