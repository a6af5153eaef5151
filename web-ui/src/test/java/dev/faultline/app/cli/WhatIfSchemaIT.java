package dev.faultline.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Issue 6, part 3: {@code docs/whatif.schema.json} describes what {@code faultline whatif --format json}
 * really writes, one scenario and two side by side, and nothing else.
 */
class WhatIfSchemaIT extends CommandLineTest {

    static final Path SCHEMA = Path.of("../docs/whatif.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void loadTheExampleBundle() {
        Run ingest = faultline("ingest", "../examples/bundle");
        assertThat(ingest.exit()).as(ingest.err()).isZero();
    }

    @Test
    void oneScenarioAndTwoSideBySideAreValidAgainstTheSchema() throws IOException {
        String one = whatif("../examples/whatif/harden.json");
        String two = whatif("../examples/whatif/day-one.yaml", "../examples/whatif/harden.json");

        assertThat(errors(one)).isEmpty();
        assertThat(errors(two)).isEmpty();
        assertThat(JSON.readTree(one).get("scenarios")).hasSize(1);
        JsonNode both = JSON.readTree(two);
        assertThat(both.get("scenarios")).extracting(s -> s.get("scenario").asText()).containsExactly("day-one", "harden");
        assertThat(both.at("/scenarios/0/bypassPaths/opened")).isNotEmpty();
        assertThat(both.at("/scenarios/1/closed")).isNotEmpty();
    }

    @Test
    void theSchemaRefusesAnUnknownPropertyAtEveryLevel() throws IOException {
        JsonNode output = JSON.readTree(whatif("../examples/whatif/day-one.yaml"));
        List<String> pointers = List.of("", "/baseline", "/scenarios/0", "/scenarios/0/findings", "/scenarios/0/opened/0",
                "/scenarios/0/bypassPaths", "/scenarios/0/plan", "/scenarios/0/scores", "/scenarios/0/scores/organization",
                "/scenarios/0/rules/0");
        for (String pointer : pointers) {
            JsonNode copy = output.deepCopy();
            JsonNode target = pointer.isEmpty() ? copy : copy.at(pointer);
            assertThat(target.isObject()).as(pointer).isTrue();
            ((ObjectNode) target).put("surprise", 1);
            assertThat(errors(JSON.writeValueAsString(copy))).as("an unknown property at '%s'", pointer)
                    .anySatisfy(e -> assertThat(e).contains("surprise"));
        }
    }

    /** Every object the schema describes closes its properties: a new output field must be documented first. */
    @Test
    void everyObjectInTheSchemaForbidsAdditionalProperties() throws IOException {
        List<String> open = new ArrayList<>();
        walk(JSON.readTree(SCHEMA.toFile()), "#", open);
        assertThat(open).isEmpty();
    }

    @Test
    void theSchemaRefusesAWrongSeverityAndAMissingField() throws IOException {
        ObjectNode output = (ObjectNode) JSON.readTree(whatif("../examples/whatif/day-one.yaml"));
        ((ObjectNode) output.at("/scenarios/0/opened/0")).put("severity", "urgent");
        ((ObjectNode) output.at("/scenarios/0/plan")).remove("costAfter");

        assertThat(errors(JSON.writeValueAsString(output))).hasSize(2)
                .anySatisfy(e -> assertThat(e).contains("severity"))
                .anySatisfy(e -> assertThat(e).contains("costAfter"));
    }

    private static void walk(JsonNode node, String where, List<String> open) {
        if (node.isObject()) {
            boolean describesObject = node.has("properties") || "object".equals(node.path("type").asText());
            if (describesObject && !node.path("additionalProperties").isBoolean()) {
                open.add(where);
            } else if (describesObject && node.get("additionalProperties").asBoolean()) {
                open.add(where);
            }
            node.properties().forEach(e -> walk(e.getValue(), where + "/" + e.getKey(), open));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, open);
            }
        }
    }

    private static String whatif(String... scenarios) {
        String[] args = Stream.concat(Stream.of("whatif"), Stream.concat(Stream.of(scenarios), Stream.of("--format", "json")))
                .toArray(String[]::new);
        Run run = faultline(args);
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out();
    }

    static List<String> errors(String json) throws IOException {
        try (InputStream schema = Files.newInputStream(SCHEMA)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema)
                    .validate(json, InputFormat.JSON, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                    .stream().map(Error::toString).toList();
        }
    }
}
