package dev.faultline.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.rule.AnalysisSettings;
import dev.faultline.analyzer.rule.GraphReader;
import dev.faultline.analyzer.rule.OwnerlessNhiRule;
import dev.faultline.analyzer.rule.Rule;
import dev.faultline.analyzer.rule.RuleInfo;
import dev.faultline.analyzer.rule.Rules;
import dev.faultline.app.data.AnalysisRunSummary;
import dev.faultline.app.data.FindingPage;
import dev.faultline.app.data.FindingQuery;
import dev.faultline.app.data.FindingReads;
import dev.faultline.app.data.RunDiff;
import dev.faultline.app.data.RunDiffs;
import dev.faultline.app.data.RunReads;
import dev.faultline.app.scoring.ScoringScheduler.Outcome;
import dev.faultline.app.scoring.ScoringScheduler.Status;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.ingest.load.IngestResult;
import dev.faultline.testsupport.TestNeo4j;

/** Issue 6, parts 1 and 5: scheduled runs on the example bundle, their failures and the webhook. */
class ScoringSchedulerIT {

    private static final ScoringScheduler.Target NEO4J = new ScoringScheduler.Target(TestNeo4j.get().driver(), "neo4j");

    @TempDir
    Path temp;

    private final RunReads runs = new RunReads(NEO4J.driver(), "neo4j");
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<com.sun.net.httpserver.Headers> headers = new CopyOnWriteArrayList<>();
    private HttpServer webhook;
    private String ingestRun;

    @BeforeEach
    void loadTheExample() {
        TestNeo4j.get().clean();
        ingestRun = new BundleLoader(NEO4J.driver(), "neo4j", 1000, IngestListener.NONE)
                .ingest(List.of(ChangedBundle.EXAMPLE)).get(0).runId();
    }

    @AfterEach
    void stopWebhook() {
        if (webhook != null) {
            webhook.stop(0);
        }
    }

    private static ScoringScheduler scheduler(String cron, List<Path> ingest, Optional<WebhookNotifier> notifier,
            List<Rule> rules) {
        return new ScoringScheduler(new ScoringScheduler.Settings(cron, ingest, 1000, notifier, 30), () -> NEO4J, rules,
                Clock.systemUTC());
    }

    @Test
    void storesATriggeredRunWithStatusCountsAndTheIngestRunsItSaw() {
        ScoringScheduler scheduler = scheduler("", List.of(), Optional.empty(), Rules.all());

        Outcome outcome = scheduler.trigger();

        assertThat(outcome.status()).isEqualTo(Status.SUCCEEDED);
        AnalysisRunSummary run = runs.analysisRun(outcome.runId()).orElseThrow();
        assertThat(run).extracting(AnalysisRunSummary::status, AnalysisRunSummary::findings, AnalysisRunSummary::error,
                AnalysisRunSummary::ingestRuns).containsExactly("succeeded", 34L, null, List.of(ingestRun));
        assertThat(run.counts().get("legacy-auth-bypass")).isEqualTo(Map.of("critical", 7L, "high", 4L));
        assertThat(run.tenantScores()).isNotEmpty();
        assertThat(run.tenantCounts().values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum())
                .isEqualTo(34);
        assertThat(count("MATCH (:AnalysisRun {id: $run})-[:FOUND]->(f:Finding) RETURN count(f) AS n", outcome.runId()))
                .isEqualTo(34);

        Outcome again = scheduler.trigger();
        assertThat(runs.analysisRun(again.runId()).orElseThrow().ingestRuns()).isEmpty();
    }

    @Test
    void ingestsTheConfiguredPathsFirstAndRecordsThoseIngestRuns() {
        Outcome outcome = scheduler("", List.of(ChangedBundle.writeTo(temp.resolve("changed"))), Optional.empty(),
                Rules.all()).trigger();

        AnalysisRunSummary run = runs.analysisRun(outcome.runId()).orElseThrow();
        assertThat(run.ingestRuns()).singleElement().isNotEqualTo(ingestRun);
        assertThat(run.findings()).isEqualTo(34);
    }

    @Test
    void firesOnTheCronExpression() throws InterruptedException {
        try (ScoringScheduler scheduler = scheduler("* * * * * *", List.of(), Optional.empty(), List.of(new OwnerlessNhiRule()))) {
            scheduler.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (count("MATCH (ar:AnalysisRun) RETURN count(ar) AS n", null) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        }
        Thread.sleep(500);
        assertThat(runs.analysisRuns(10)).isNotEmpty().allSatisfy(run -> assertThat(run)
                .extracting(AnalysisRunSummary::status, AnalysisRunSummary::rules)
                .containsExactly("succeeded", List.of("ownerless-nhi")));
    }

    @Test
    void skipsATriggerWhileARunIsGoing() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScoringScheduler scheduler = scheduler("", List.of(), Optional.empty(), List.of(new Blocking(inside, release)));

        CompletableFuture<Outcome> first = CompletableFuture.supplyAsync(scheduler::trigger);
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
        Outcome second = scheduler.trigger();
        release.countDown();

        assertThat(second).isEqualTo(new Outcome(Status.SKIPPED, null,
                "An analysis is already running (scheduled): try again when it has finished."));
        assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(Status.SUCCEEDED);
        assertThat(runs.analysisRuns(10)).singleElement().extracting(AnalysisRunSummary::id).isEqualTo(first.get().runId());
    }

    @Test
    void aTriggerWhileAnUploadLoadsWaitsForTheLoadThenRuns() throws Exception {
        GraphWork work = new GraphWork();
        ScoringScheduler scheduler = new ScoringScheduler(new ScoringScheduler.Settings("", List.of(), 1000, Optional.empty(), 30),
                () -> NEO4J, List.of(new OwnerlessNhiRule()), Clock.systemUTC(), work);
        work.enter(GraphWork.Kind.LOAD, "hr.csv");

        CompletableFuture<Outcome> waiting = CompletableFuture.supplyAsync(scheduler::trigger);
        Thread.sleep(500);
        assertThat(waiting).as("still waiting for the load").isNotDone();
        assertThat(runs.analysisRuns(10)).isEmpty();
        work.leave();

        assertThat(waiting.get(30, TimeUnit.SECONDS).status()).isEqualTo(Status.SUCCEEDED);
        assertThat(runs.analysisRuns(10)).singleElement().extracting(AnalysisRunSummary::id).isEqualTo(waiting.get().runId());
        assertThat(work.holder()).as("left when done").isEmpty();
    }

    @Test
    void storesARunWhoseQueryFailsAsFailedWithItsError() {
        Outcome outcome = scheduler("", List.of(), Optional.empty(), List.of(new OwnerlessNhiRule(), new MissingParameter()))
                .trigger();

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        AnalysisRunSummary run = runs.analysisRun(outcome.runId()).orElseThrow();
        assertThat(run).extracting(AnalysisRunSummary::status, AnalysisRunSummary::rules, AnalysisRunSummary::score,
                AnalysisRunSummary::ingestRuns).containsExactly("failed", List.of("ownerless-nhi", "missing-parameter"), null,
                List.of(ingestRun));
        assertThat(run.error()).isEqualTo(outcome.error()).containsIgnoringCase("tenant");
        assertThat(count("MATCH (:AnalysisRun {id: $run})-[:FOUND]->(f) RETURN count(f) AS n", outcome.runId())).isZero();
        assertThat(new RunDiffs(NEO4J.driver(), "neo4j").run("latest")).isEmpty();
    }

    @Test
    void keepsShowingTheLastSucceededRunAfterAFailedOne() {
        Outcome succeeded = scheduler("", List.of(), Optional.empty(), Rules.all()).trigger();
        Outcome failed = scheduler("", List.of(), Optional.empty(), List.of(new MissingParameter())).trigger();

        assertThat(failed.status()).isEqualTo(Status.FAILED);
        FindingPage page = new FindingReads(NEO4J.driver(), "neo4j").page(FindingQuery.latest());
        assertThat(page.run()).isEqualTo(succeeded.runId());
        assertThat(page.total()).isEqualTo(34);
        assertThat(new RunDiffs(NEO4J.driver(), "neo4j").run("latest")).map(AnalysisRunSummary::id)
                .contains(succeeded.runId());
    }

    @Test
    void storesARunWhoseIngestFailsAsFailed() {
        Outcome outcome = scheduler("", List.of(temp.resolve("no-such-bundle")), Optional.empty(), Rules.all()).trigger();

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(runs.analysisRun(outcome.runId()).orElseThrow()).extracting(AnalysisRunSummary::status,
                AnalysisRunSummary::findings).containsExactly("failed", 0L);
        assertThat(outcome.error()).startsWith("ingest of [" + temp.resolve("no-such-bundle"));
    }

    @Test
    void postsExactlyTheNewHighAndCriticalFindingsAfterEachRun() throws IOException {
        URI url = startWebhook(200);
        Optional<WebhookNotifier> notifier = Optional.of(new WebhookNotifier(url, 3, Duration.ofMillis(10)));
        Outcome first = scheduler("", List.of(), notifier, Rules.all()).trigger();
        Outcome second = scheduler("", List.of(ChangedBundle.writeTo(temp.resolve("changed"))), notifier, Rules.all())
                .trigger();

        assertThat(received).hasSize(2);
        RunDiff all = new RunDiffs(NEO4J.driver(), "neo4j").diff(null, runs.analysisRun(first.runId()).orElseThrow(), 30);
        JsonNode notice = new ObjectMapper().readTree(received.get(0));
        assertThat(notice.get("run").asText()).isEqualTo(first.runId());
        assertThat(notice.get("previousRun").isNull()).isTrue();
        assertThat(keys(notice)).containsExactlyInAnyOrderElementsOf(all.added().stream()
                .filter(f -> f.severity().equals("high") || f.severity().equals("critical")).map(f -> f.key()).toList());
        JsonNode next = new ObjectMapper().readTree(received.get(1));
        assertThat(next.get("run").asText()).isEqualTo(second.runId());
        assertThat(next.get("previousRun").asText()).isEqualTo(first.runId());
        assertThat(next.get("findings")).singleElement().satisfies(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("ownerless-nhi");
            assertThat(f.get("severity").asText()).isEqualTo("high");
            assertThat(f.get("subject").asText()).isEqualTo(ChangedBundle.NEW_BOT);
        });
    }

    @Test
    void retriesAFailingWebhookThenGivesUpWithoutFailingTheRun() throws IOException {
        URI url = startWebhook(500);
        Outcome outcome = scheduler("", List.of(), Optional.of(new WebhookNotifier(url, 3, Duration.ofMillis(10))),
                Rules.all()).trigger();

        assertThat(received).hasSize(3);
        assertThat(outcome.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(runs.analysisRun(outcome.runId()).orElseThrow().status()).isEqualTo("succeeded");
    }

    /** Issue 6, part 5: HMAC-SHA256 of timestamp "." body, checked as a receiver would, without the notifier's code. */
    @Test
    void signsEveryAttemptAndKeepsTheDeliveryIdAcrossRetries() throws Exception {
        String secret = "webhook-test-secret";
        URI url = startWebhook(2, 204);
        WebhookNotifier notifier = new WebhookNotifier(url, secret, 3, Duration.ofMillis(10), Clock.systemUTC());
        long before = java.time.Instant.now().getEpochSecond();

        Outcome outcome = scheduler("", List.of(), Optional.of(notifier), Rules.all()).trigger();

        assertThat(outcome.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(received).hasSize(3).containsOnly(received.get(0));
        assertThat(headers).extracting(h -> h.getFirst(WebhookNotifier.DELIVERY)).doesNotContainNull()
                .containsOnly(headers.get(0).getFirst(WebhookNotifier.DELIVERY));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        for (int i = 0; i < headers.size(); i++) {
            String timestamp = headers.get(i).getFirst("X-Faultline-Timestamp");
            assertThat(Long.parseLong(timestamp)).isBetween(before, java.time.Instant.now().getEpochSecond());
            String expected = "sha256=" + java.util.HexFormat.of().formatHex(
                    mac.doFinal((timestamp + "." + received.get(i)).getBytes(StandardCharsets.UTF_8)));
            assertThat(headers.get(i).getFirst("X-Faultline-Signature")).isEqualTo(expected);
            assertThat(WebhookNotifier.signature("another-secret", timestamp, received.get(i))).isNotEqualTo(expected);
        }
    }

    @Test
    void anUnsignedWebhookCarriesADeliveryIdButNoSignature() throws IOException {
        URI url = startWebhook(200);
        scheduler("", List.of(), Optional.of(new WebhookNotifier(url, 3, Duration.ofMillis(10))), Rules.all()).trigger();

        assertThat(headers).singleElement().satisfies(h -> {
            assertThat(h.getFirst(WebhookNotifier.DELIVERY)).matches("[0-9a-f-]{36}");
            assertThat(h.containsKey(WebhookNotifier.SIGNATURE)).isFalse();
            assertThat(h.containsKey(WebhookNotifier.TIMESTAMP)).isFalse();
        });
    }

    private URI startWebhook(int status) throws IOException {
        return startWebhook(0, status);
    }

    /** A receiver that answers 500 to the first {@code failures} attempts, then {@code status}. */
    private URI startWebhook(int failures, int status) throws IOException {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            headers.add(exchange.getRequestHeaders());
            exchange.sendResponseHeaders(received.size() < failures + 1 ? 500 : status, -1);
            exchange.close();
        });
        webhook.start();
        return URI.create("http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook");
    }

    private static List<String> keys(JsonNode notice) {
        List<String> keys = new java.util.ArrayList<>();
        notice.get("findings").forEach(f -> keys.add(f.get("key").asText()));
        return keys;
    }

    private static long count(String cypher, String run) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("run", run);
        return NEO4J.driver().executableQuery(cypher).withParameters(parameters).execute().records().get(0).get("n").asLong();
    }

    /** A rule that waits inside its run until released: a run that is still going. */
    private record Blocking(CountDownLatch inside, CountDownLatch release) implements Rule {
        @Override
        public RuleInfo info() {
            return new OwnerlessNhiRule().info();
        }

        @Override
        public List<Finding> run(GraphReader graph, AnalysisSettings settings) {
            inside.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }
    }

    /** A rule whose query Neo4j rejects: ownerless-nhi's statement without its $tenant parameter. */
    private static final class MissingParameter implements Rule {
        @Override
        public RuleInfo info() {
            RuleInfo nhi = new OwnerlessNhiRule().info();
            return new RuleInfo("missing-parameter", nhi.title(), nhi.why(), nhi.remediation(), nhi.standards());
        }

        @Override
        public List<Finding> run(GraphReader graph, AnalysisSettings settings) {
            graph.rows("analysis/ownerless-nhi", Map.of());
            return List.of();
        }
    }
}
