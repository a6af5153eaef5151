package dev.faultline.app.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.faultline.app.FaultlineApplication;
import dev.faultline.app.demo.DemoEnterprise;
import dev.faultline.testsupport.TestNeo4j;

/**
 * Times every page of the UI over HTTP on the demo enterprise ({@link DemoEnterprise}, two analyses)
 * and prints median, p95 and worst per page. The pages are found as a user finds them: every entry
 * of the navigation, then the first link of each other kind on those pages (a finding, a matrix
 * cell, a diff, the exports...). Signed in as admin, so every page is reachable.
 *
 * <p>Not part of the test suite (the name matches no surefire include) and passes or fails
 * nothing: run it by hand with
 * {@code mvn -pl web-ui -am verify -Dtest=PagesBenchmark -Dsurefire.failIfNoSpecifiedTests=false},
 * {@code -Dpages.bench.runs=N} for another number of requests per page.
 */
@SpringBootTest(classes = FaultlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesBenchmark {

    private static final String PASSWORD = "bench-password";
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final List<String> NOT_PAGES = List.of("/css/", "/js/", "/webjars/", "/vendor/", "/favicon",
            "/logout", "/login", "/health");

    @LocalServerPort
    int port;

    private final HttpClient http = TestHttp.builder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void application(DynamicPropertyRegistry registry) {
        registry.add("faultline.neo4j.uri", TestNeo4j.get()::uri);
        registry.add("faultline.neo4j.password", TestNeo4j.get()::password);
        registry.add("faultline.admin-password", () -> PASSWORD);
        registry.add("faultline.data-dir", () -> System.getProperty("java.io.tmpdir") + "/pages-bench-data");
    }

    @Test
    void timeEveryPage() throws Exception {
        int runs = Integer.getInteger("pages.bench.runs", 50);
        TestNeo4j.get().clean();
        long start = System.nanoTime();
        DemoEnterprise.Loaded demo = new DemoEnterprise(TestNeo4j.get().driver(), "neo4j", 10_000).load(DemoEnterprise.DEMO,
                Files.createTempDirectory("pages-bench-demo"), DemoEnterprise.Steps.NONE);
        System.out.printf("demo enterprise: %,d identities, %d tenants, loaded and analyzed twice in %.1f s%n",
                demo.identities(), demo.tenants(), (System.nanoTime() - start) / 1e9);
        signIn();

        Map<String, String> pages = new LinkedHashMap<>();
        Navigation.ENTRIES.forEach(entry -> pages.put(entry.path(), entry.path()));
        for (String page : List.copyOf(pages.values())) {
            for (String link : links(get(page).body())) {
                pages.putIfAbsent(link.replaceAll("\\?.*", ""), link);
            }
        }
        // The explorer's questions are forms, not links: one of each, on an identity that reaches a system by a legacy path.
        var reach = TestNeo4j.get().driver().executableQuery("""
                MATCH (i:Identity)-[:HAS_AUTH_PATH]->(:AuthPath)-[:REACHES]->(s:System)
                RETURN i.key AS identity, s.key AS system ORDER BY identity, system LIMIT 1""").execute().records().get(0);
        String identity = enc(reach.get("identity").asString());
        String system = enc(reach.get("system").asString());
        pages.put("explorer search", "/explorer?q=admin");
        pages.put("explorer neighbours", "/explorer?key=" + identity);
        pages.put("explorer neighbours JSON", "/explorer/neighbours?key=" + identity);
        pages.put("explorer who reaches", "/explorer?system=" + system);
        pages.put("explorer shortest path", "/explorer?from=" + identity + "&to=" + system);

        System.out.printf("%-60s %6s %8s %8s %8s %9s  (ms, %d requests after 5 warm-ups)%n", "page", "status", "median",
                "p95", "max", "bytes", runs);
        for (String page : pages.values()) {
            HttpResponse<String> first = get(page);
            for (int i = 0; i < 4; i++) {
                get(page);
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                get(page);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("%-60s %6d %8.1f %8.1f %8.1f %9d%n", abbreviate(page), first.statusCode(), ms[runs / 2],
                    ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], first.body().length());
        }
    }

    private void signIn() throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("The sign-in page has no CSRF token");
        }
        String form = "username=admin&password=" + PASSWORD + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Cannot sign in: " + response.statusCode() + " " + response.headers().map());
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Same-origin links of a page that lead to other pages (not assets, not sign-in or -out), unescaped. */
    private static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher href = HREF.matcher(html);
        while (href.find()) {
            String link = href.group(1).replace("&amp;", "&");
            if (NOT_PAGES.stream().noneMatch(link::startsWith)) {
                links.add(link);
            }
        }
        return links;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String page) {
        return page.length() <= 60 ? page : page.substring(0, 57) + "...";
    }
}
