package dev.faultline.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/** {@code faultline history} and {@code faultline diff} end to end on the example bundle analyzed twice. */
class ScoringCliIT extends CommandLineTest {


    @Test
    void listsTheRunsAndDiffsTheLatestAgainstThePrevious() throws IOException {
        assertThat(faultline("ingest", "../examples/bundle").exit()).isZero();
        assertThat(faultline("analyze", "--rules", "ownerless-nhi").exit()).isZero();
        assertThat(faultline("analyze").exit()).isZero();

        Run history = faultline("history", "--format", "json");
        assertThat(history.exit()).as(history.err()).isZero();
        JsonNode runs = new ObjectMapper().readTree(history.out());
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).get("findings").asLong()).isEqualTo(34);
        assertThat(runs.get(1).get("findings").asLong()).isEqualTo(4);
        assertThat(runs.get(1).get("ingestRuns")).hasSize(1);
        assertThat(runs.get(0).get("ingestRuns")).isEmpty();
        assertThat(runs.get(0).get("tenantScores").size()).isPositive();

        Run diff = faultline("diff", "previous", "latest", "--format", "json");
        assertThat(diff.exit()).as(diff.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(diff.out());
        assertThat(json.get("from").get("id").asText()).isEqualTo(runs.get(1).get("id").asText());
        assertThat(json.get("to").get("id").asText()).isEqualTo(runs.get(0).get("id").asText());
        assertThat(json.get("new")).hasSize(30);
        assertThat(json.get("resolved")).isEmpty();
        assertThat(json.get("persisting")).hasSize(4);
        json.get("persisting").forEach(f -> assertThat(f.get("rule").asText()).isEqualTo("ownerless-nhi"));
        assertThat(json.get("targetDays").asInt()).isEqualTo(30);

        Run text = faultline("diff", "previous", "latest");
        assertThat(text.out()).contains("New (30)", "Resolved (0)", "Persisting (4)");
        assertThat(faultline("history").out()).contains("succeeded score");

        Run unknown = faultline("diff", "analysis-nope", "latest");
        assertThat(unknown.exit()).isEqualTo(FaultlineCommand.INVALID_INPUT);
        assertThat(unknown.err()).contains("No analysis run 'analysis-nope'");
    }
}
