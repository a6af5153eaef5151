package dev.faultline.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.analyzer.finding.Hop;
import dev.faultline.app.data.AnalysisRunSummary;
import dev.faultline.app.data.ExceptionReads;
import dev.faultline.app.data.ExplorerReads;
import dev.faultline.app.data.FindingPage;
import dev.faultline.app.data.FindingQuery;
import dev.faultline.app.data.FindingReads;
import dev.faultline.app.data.FindingSort;
import dev.faultline.app.data.FindingSummary;
import dev.faultline.app.data.MergerReads;
import dev.faultline.app.data.RunReads;
import dev.faultline.app.data.SubjectKind;
import dev.faultline.app.data.SystemExposure;
import dev.faultline.app.data.TenantSummary;
import dev.faultline.app.scoring.GraphWork;
import dev.faultline.app.web.TestHttp;
import dev.faultline.app.web.browser.BrowserIT;
import dev.faultline.testsupport.TestNeo4j;

/**
 * The REST API against the real application and the demo enterprise, over plain HTTP: who may call
 * what (tokens, sessions, roles, CSRF), that the JSON is what the read services read, the problem
 * answers, and that the OpenAPI document describes every {@code /api} route the application has.
 */
class ApiIT extends BrowserIT {

    static final String HOSTILE = "<script>alert(1)</script>";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = TestHttp.client();

    @Autowired
    ApplicationContext context;

    /** A run started here is a third analysis of the demo: the next class loads the demo afresh. */
    @AfterAll
    static void forgetTheAnalysesStartedHere() {
        TestNeo4j.get().clean();
    }

    @Test
    void everyApiRouteRefusesTheAnonymousAndAnUnknownToken401WithNoBody() throws Exception {
        List<Route> routes = new ArrayList<>(routes());
        routes.add(new Route("GET", "/api/openapi.json"));
        for (Route route : routes) {
            for (String authorization : new String[] {null, "Bearer flt_not-a-token"}) {
                HttpResponse<String> response = send(route.method(), route.example(), authorization, null);

                assertThat(response.statusCode()).as(route + " " + authorization).isEqualTo(401);
                assertThat(response.body()).as(route.toString()).isEmpty();
            }
        }
        assertThat(routes).as("19 routes and the OpenAPI document").hasSize(20);
    }

    @Test
    void aViewerTokenReadsTheFindingsTheReadServiceReads() throws Exception {
        FindingPage expected = findings().page(FindingQuery.latest().withFilters(null, "high", null, null, SubjectKind.NON_HUMAN, null)
                .sortedBy(FindingSort.SUBJECT, false).page(0, 7));

        JsonNode page = json(get("/api/findings?severity=high&kind=non-human&sort=subject&size=7", bearer(VIEWER_TOKEN)));

        assertThat(page.get("run").asText()).isEqualTo(expected.run());
        assertThat(page.get("total").asLong()).isEqualTo(expected.total()).isPositive();
        assertThat(texts(page.get("findings"), "key")).containsExactlyElementsOf(
                expected.findings().stream().map(FindingSummary::key).toList());
        assertThat(texts(page.get("findings"), "severity")).containsOnly("high");
    }

    @Test
    void aFindingIsReadByItsUrlEncodedKeyInAQueryParameter() throws Exception {
        FindingSummary first = findings().page(FindingQuery.latest()).findings().get(0);
        assertThat(first.key()).contains(":");

        JsonNode detail = json(get("/api/finding?key=" + URLEncoder.encode(first.key(), StandardCharsets.UTF_8), bearer(VIEWER_TOKEN)));

        assertThat(detail.get("key").asText()).isEqualTo(first.key());
        assertThat(detail.get("rule").asText()).isEqualTo(first.rule());
        assertThat(detail.get("path")).isNotEmpty();
        assertThat(detail.get("firstSeen").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
    }

    @Test
    void tenantsTrustsExceptionsAndTheMatrixAreWhatTheReadServicesRead() throws Exception {
        String token = bearer(VIEWER_TOKEN);
        MergerReads merger = new MergerReads(TestNeo4j.get().driver(), "neo4j");

        assertThat(texts(json(get("/api/tenants", token)), "key"))
                .containsExactlyElementsOf(merger.tenants().stream().map(TenantSummary::key).toList());
        assertThat(json(get("/api/trusts", token))).hasSize(merger.trusts().size());
        var register = new ExceptionReads(TestNeo4j.get().driver(), "neo4j").register(null, null);
        JsonNode exceptions = json(get("/api/exceptions", token));
        assertThat(exceptions.get("run").asText()).isEqualTo(register.run());
        assertThat(texts(exceptions.get("exceptions"), "key")).containsExactlyElementsOf(
                register.exceptions().stream().map(e -> e.key()).toList()).isNotEmpty();
        var matrix = merger.matrix(null);
        JsonNode cells = json(get("/api/merger/matrix", token)).get("cells");
        assertThat(cells).hasSize(matrix.cells().size()).isNotEmpty();
        var cell = matrix.cells().get(0);
        JsonNode findings = json(get("/api/merger/cell?from=" + enc(cell.fromTenant()) + "&to=" + enc(cell.toTenant()), token));
        assertThat(findings).hasSize((int) cell.findings());
    }

    @Test
    void runsPlansAndTheDiffAreWhatTheReadServicesRead() throws Exception {
        String token = bearer(VIEWER_TOKEN);
        RunReads runs = new RunReads(TestNeo4j.get().driver(), "neo4j");
        List<AnalysisRunSummary> expected = runs.analysisRuns(50);

        JsonNode list = json(get("/api/runs", token));
        assertThat(texts(list, "id")).containsExactlyElementsOf(expected.stream().map(AnalysisRunSummary::id).toList());
        AnalysisRunSummary latest = expected.get(0);
        JsonNode one = json(get("/api/runs/" + latest.id(), token));
        assertThat(one.get("findings").asLong()).isEqualTo(latest.findings());
        assertThat(one.get("startedAt").asText()).isEqualTo(latest.startedAt().toString());
        assertThat(json(get("/api/runs/latest/plan", token)).get("run").asText()).isEqualTo(latest.id());
        JsonNode diff = json(get("/api/runs/diff?a=previous&b=latest", token));
        assertThat(diff.get("to").get("id").asText()).isEqualTo(latest.id());
        assertThat(diff.get("targetDays").asInt()).isEqualTo(30);
        assertThat(diff.get("added").size() + diff.get("persisting").size()).isEqualTo((int) latest.findings());
        assertThat(json(get("/api/dashboard", token)).get("latest").get("id").asText()).isEqualTo(latest.id());
    }

    @Test
    void theExplorerFindsNodesNeighboursAndPaths() throws Exception {
        String token = bearer(VIEWER_TOKEN);
        ExplorerReads explorer = new ExplorerReads(TestNeo4j.get().driver(), "neo4j");
        var matches = explorer.search("admin", 20);

        JsonNode search = json(get("/api/explorer/search?q=admin", token));
        assertThat(texts(search.get("nodes"), "key")).containsExactlyElementsOf(matches.nodes().stream().map(n -> n.key()).toList());
        String key = explorer.search("/", ExplorerReads.MAX_SEARCH).nodes().stream().map(n -> n.key())
                .filter(k -> k.contains("/")).findFirst().orElseThrow();
        JsonNode neighbours = json(get("/api/explorer/neighbours?key=" + enc(key), token));
        assertThat(neighbours.get("nodes")).hasSize(explorer.neighbours(key).orElseThrow().nodes().size());
        String neighbour = neighbours.get("nodes").get(neighbours.get("nodes").size() - 1).get("key").asText();
        JsonNode path = json(get("/api/explorer/shortest-path?from=" + enc(key) + "&to=" + enc(neighbour), token));
        assertThat(texts(path.get("nodes"), "key")).contains(key, neighbour);
    }

    @Test
    void theExposureOfASystemIsWhatTheReadServiceReads() throws Exception {
        FindingSummary bypass = findings().page(FindingQuery.latest().withFilters("legacy-auth-bypass", null, null, null, null, null))
                .findings().get(0);
        List<Hop> path = findings().detail(bypass.key()).orElseThrow().path().stream().map(h -> h.hop()).toList();
        String system = path.stream().filter(h -> "System".equals(h.label())).reduce((a, b) -> b).orElseThrow().key();
        SystemExposure expected = new ExplorerReads(TestNeo4j.get().driver(), "neo4j").whoReachesWithoutMfa(system, null);

        JsonNode exposure = json(get("/api/explorer/exposure?system=" + enc(system), bearer(VIEWER_TOKEN)));

        assertThat(exposure.get("system").asText()).isEqualTo(system);
        assertThat(texts(exposure.get("findings"), "key")).containsExactlyElementsOf(
                expected.findings().stream().map(FindingSummary::key).toList()).contains(bypass.key());
        assertThat(texts(exposure.get("reachers").get("nodes"), "key")).containsExactlyElementsOf(
                expected.reachers().nodes().stream().map(n -> n.key()).toList());
    }

    @Test
    void theHostileNameComesBackAsAJsonString() throws Exception {
        HttpResponse<String> response = get("/api/explorer/search?q=" + enc(HOSTILE), bearer(VIEWER_TOKEN));

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(texts(JSON.readTree(response.body()).get("nodes"), "name")).contains(HOSTILE);
        assertThat(response.body()).contains("\"name\":\"" + HOSTILE + "\"");
    }

    @Test
    void badParametersAndUnknownIdsAreProblemsNamingWhatWasWrong() throws Exception {
        String token = bearer(VIEWER_TOKEN);
        Map<String, String> bad = Map.of("/api/findings?severity=dire", "severity", "/api/findings?page=abc", "page",
                "/api/findings?size=500", "size", "/api/findings?sort=colour", "sort", "/api/findings?kind=robot", "kind",
                "/api/explorer/search", "q", "/api/merger/cell?from=x", "to", "/api/runs?limit=0", "limit");
        for (var entry : bad.entrySet()) {
            HttpResponse<String> response = get(entry.getKey(), token);
            keep(response);
            assertThat(response.statusCode()).as(entry.getKey()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(JSON.readTree(response.body()).get("parameter").asText()).as(entry.getKey()).isEqualTo(entry.getValue());
        }
        for (String missing : List.of("/api/runs/no-such-run", "/api/runs/no-such-run/plan", "/api/finding?key=no%2Fsuch",
                "/api/explorer/neighbours?key=nobody", "/api/runs/diff?a=no-such-run")) {
            HttpResponse<String> response = get(missing, token);
            keep(response);
            assertThat(response.statusCode()).as(missing).isEqualTo(404);
            assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(404);
        }
    }

    @Test
    void aViewerTokenMayNotStartAnAnalysisNorReadTheIngestRuns() throws Exception {
        HttpResponse<String> analyze = send("POST", "/api/ingest/analyze", bearer(VIEWER_TOKEN), null);
        HttpResponse<String> ingestRuns = get("/api/ingest/runs", bearer(VIEWER_TOKEN));

        keep(analyze);
        assertThat(analyze.statusCode()).isEqualTo(403);
        assertThat(analyze.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ingestRuns.statusCode()).isEqualTo(403);
    }

    @Test
    void anAnalystTokenStartsAnAnalysisWithoutCsrfUnlessOtherWorkHoldsTheGraph() throws Exception {
        RunReads runs = new RunReads(TestNeo4j.get().driver(), "neo4j");
        int before = runs.analysisRuns(500).size();
        GraphWork work = context.getBean(GraphWork.class);
        String token = bearer(ANALYST_TOKEN);

        work.enter(GraphWork.Kind.ANALYSIS, "scheduled");
        HttpResponse<String> duringAnalysis;
        HttpResponse<String> duringLoad;
        try {
            duringAnalysis = send("POST", "/api/ingest/analyze", token, null);
            work.leave();
            work.enter(GraphWork.Kind.LOAD, "bundle.zip");
            duringLoad = send("POST", "/api/ingest/analyze", token, null);
        } finally {
            work.leave();
        }
        HttpResponse<String> started = send("POST", "/api/ingest/analyze", token, null);

        keep(started);
        assertThat(duringAnalysis.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(duringAnalysis.body()).get("detail").asText()).isEqualTo(
                "An analysis is already running (scheduled): try again when it has finished.");
        assertThat(duringLoad.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(duringLoad.body()).get("detail").asText()).startsWith("A file is loading (bundle.zip)");
        assertThat(started.statusCode()).isEqualTo(200);
        JsonNode run = JSON.readTree(started.body());
        assertThat(run.get("status").asText()).isEqualTo("succeeded");
        assertThat(runs.analysisRuns(500)).hasSize(before + 1);
        assertThat(runs.analysisRuns(1).get(0).id()).isEqualTo(run.get("id").asText());
        assertThat(run.get("findings").asLong()).isEqualTo(runs.analysisRuns(1).get(0).findings()).isPositive();
        assertThat(work.holder()).as("the API left the graph").isEmpty();
        assertThat(json(get("/api/ingest/runs", token))).isNotEmpty();
    }

    /**
     * A refusal thrown inside a blocking call used to reach the client as a closed connection about
     * 3 times in 100 (Reactor interrupted the thread writing the answer; see {@code Blocking}).
     * Each request on its own connection, raw, so that no client retries hide a lost answer.
     */
    @Test
    void everyRefusalIsAnsweredNeverADroppedConnection() throws Exception {
        GraphWork work = context.getBean(GraphWork.class);
        int port = URI.create(url("/")).getPort();
        Map<String, Integer> answers = new java.util.TreeMap<>();
        work.enter(GraphWork.Kind.LOAD, "bundle.zip");
        try {
            for (int i = 0; i < 150; i++) {
                try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
                    socket.getOutputStream().write(("POST /api/ingest/analyze HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                            + ANALYST_TOKEN + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    answers.merge(answer.isEmpty() ? "nothing" : answer.substring(0, answer.indexOf('\r')), 1, Integer::sum);
                }
            }
        } finally {
            work.leave();
        }

        assertThat(answers).containsExactly(Map.entry("HTTP/1.1 409 ", 150));
    }

    @Test
    void aSessionCookieReadsAndItsPostsNeedTheCsrfToken() throws Exception {
        String cookie = signInOverHttp("viewer", VIEWER_PASSWORD);

        JsonNode tenants = json(send("GET", "/api/tenants", null, cookie));
        assertThat(tenants).hasSize(new MergerReads(TestNeo4j.get().driver(), "neo4j").tenants().size());
        String admin = signInOverHttp("admin", ADMIN_PASSWORD);
        assertThat(send("POST", "/api/ingest/analyze", null, admin).statusCode()).as("no CSRF token").isEqualTo(403);
        Matcher csrf = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"").matcher(send("GET", "/", null, admin).body());
        assertThat(csrf.find()).isTrue();
        HttpRequest withToken = HttpRequest.newBuilder(URI.create(url("/api/ingest/analyze"))).header("Cookie", admin)
                .header("X-CSRF-TOKEN", csrf.group(1)).POST(HttpRequest.BodyPublishers.noBody()).build();
        assertThat(json(http.send(withToken, HttpResponse.BodyHandlers.ofString())).get("status").asText()).isEqualTo("succeeded");
    }

    @Test
    void theOpenApiDocumentDescribesEveryApiRouteAndNoOther() throws Exception {
        JsonNode document = json(get("/api/openapi.json", bearer(VIEWER_TOKEN)));

        Set<String> described = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method.toUpperCase() + " " + path.getKey())));
        Set<String> registered = new TreeSet<>(routes().stream().map(r -> r.method() + " " + r.path()).toList());
        assertThat(described).isEqualTo(registered);
        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void anHtmxRequestWithAnExpiredSessionIsToldToGoToTheSignInPage() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/")))
                .header("HX-Request", "true").header("Cookie", "SESSION=expired-session-id").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("HX-Redirect")).hasValue("/login?expired");
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(get("/login?expired", null).body()).contains("Your session expired, sign in again.");
        assertThat(get("/", null).statusCode()).as("without htmx, the redirect as before").isEqualTo(302);
    }

    /** The application's own {@code /api} routes, from Spring's registry of request mappings. */
    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping -> mapping.getHandlerMethods()
                .forEach((info, handler) -> {
                    if (!handler.getBeanType().getPackageName().startsWith("dev.faultline")) {
                        return;
                    }
                    info.getPatternsCondition().getPatterns().stream().map(p -> p.getPatternString())
                            .filter(p -> p.startsWith("/api/"))
                            .forEach(p -> info.getMethodsCondition().getMethods()
                                    .forEach(m -> routes.add(new Route(m.name(), p))));
                }));
        return routes;
    }

    /** @param path with {@code {id}} and the like */
    record Route(String method, String path) {

        private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

        String example() {
            Matcher variable = VARIABLE.matcher(path);
            return variable.replaceAll("latest");
        }
    }

    private String signInOverHttp(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login", null);
        String session = cookie(form);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + enc(password) + "&_csrf="
                        + enc(csrf.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
        return cookie(signedIn);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static FindingReads findings() {
        return new FindingReads(TestNeo4j.get().driver(), "neo4j");
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        return send("GET", path, authorization, null);
    }

    private HttpResponse<String> send(String method, String path, String authorization, String cookie)
            throws IOException, InterruptedException {
        return http.send(request(method, path, authorization, cookie), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String method, String path, String authorization, String cookie) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder.build();
    }

    /**
     * Also keeps each answer's body, indented, under {@code target/api-examples/} (named after the
     * path): the examples of docs/api.md are excerpts of these.
     */
    private static JsonNode json(HttpResponse<String> response) throws IOException {
        keep(response);
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    private static void keep(HttpResponse<String> response) throws IOException {
        Path examples = Path.of(System.getProperty("java.io.tmpdir"), "api-examples");
        Files.createDirectories(examples);
        String name = response.request().method() + response.uri().getPath().replaceAll("[^A-Za-z0-9]+", "_")
                + (response.statusCode() == 200 ? "" : "-" + response.statusCode()
                        + (response.uri().getQuery() == null ? "" : "-" + response.uri().getQuery().replaceAll("[^A-Za-z0-9]+", "_")));
        String body = response.body().isEmpty() ? "" : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(response.body()));
        Files.writeString(examples.resolve(name + ".json"), response.uri() + " -> " + response.statusCode() + "\n" + body);
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asText()).toList();
    }
}
