package dev.faultline.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.analyzer.finding.Hop;
import dev.faultline.app.data.FindingDetail;
import dev.faultline.app.data.FindingPage;
import dev.faultline.app.data.FindingQuery;
import dev.faultline.app.data.FindingReads;
import dev.faultline.app.data.FindingSort;
import dev.faultline.app.data.FindingSummary;
import dev.faultline.app.data.HopDetail;
import dev.faultline.app.data.SubjectKind;
import dev.faultline.app.demo.DemoEnterprise;
import dev.faultline.app.web.TestHttp;

/**
 * The findings list and a finding's page on the demo enterprise, signed in as the viewer: every
 * expectation is read from {@link FindingReads} over the same database.
 */
class FindingsBrowserIT extends BrowserIT {

    @Autowired
    FindingReads reads;

    private List<String> rowKeys(WebDriver driver) {
        return driver.findElements(By.cssSelector("#findings-table tbody tr")).stream()
                .map(row -> row.getAttribute("data-key")).toList();
    }

    private static List<String> keys(FindingPage page) {
        return page.findings().stream().map(FindingSummary::key).toList();
    }

    private static String count(long total) {
        return String.format("%,d findings", total);
    }

    @Test
    void listsTheLatestRunWorstFirstFiftyAPage() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        driver.get(url("/findings"));
        FindingPage expected = reads.page(FindingQuery.latest());

        assertThat(driver.getTitle()).isEqualTo("Findings - Faultline");
        assertThat(driver.findElement(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("Findings");
        assertThat(driver.findElement(By.id("list-heading")).getText()).isEqualTo(count(expected.total()));
        assertThat(driver.findElement(By.id("shown-run")).getText()).startsWith("Latest analysis").contains(expected.run());
        assertThat(rowKeys(driver)).hasSize(50).isEqualTo(keys(expected));
        assertThat(driver.findElement(By.id("page-of")).getText()).startsWith("Page 1 of " + expected.pages());
        assertThat(driver.findElement(By.cssSelector("th[aria-sort=descending]")).getText()).startsWith("Severity");
        screenshot(driver, "findings");
    }

    @Test
    void filtersFromTheFormNarrowTheRowsAsTheDatabaseDoes() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        driver.get(url("/findings"));
        new Select(driver.findElement(By.id("f-rule"))).selectByValue("ownerless-nhi");
        new Select(driver.findElement(By.id("f-kind"))).selectByValue("non-human");
        driver.findElement(By.cssSelector("#finding-filters button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("rule=ownerless-nhi"));

        FindingPage expected = reads.page(FindingQuery.latest().withFilters("ownerless-nhi", null, null, null,
                SubjectKind.NON_HUMAN, null));
        assertThat(expected.total()).isPositive();
        assertThat(driver.findElement(By.id("list-heading")).getText()).isEqualTo(count(expected.total()));
        assertThat(rowKeys(driver)).isEqualTo(keys(expected));
        assertThat(driver.findElements(By.cssSelector("#findings-table td.rule-id"))).extracting(WebElement::getText)
                .containsOnly("ownerless-nhi");
        assertThat(new Select(driver.findElement(By.id("f-rule"))).getFirstSelectedOption().getText()).isEqualTo("ownerless-nhi");
        screenshot(driver, "findings-filtered");

        String tenant = expected.findings().get(0).tenant();
        driver.get(url("/findings?severity=high&owner=missing&tenant=" + tenant));
        FindingPage narrower = reads.page(FindingQuery.latest().withFilters(null, "high", tenant, "missing", null, null));
        assertThat(driver.findElement(By.id("list-heading")).getText()).isEqualTo(count(narrower.total()));
        assertThat(rowKeys(driver)).isEqualTo(keys(narrower));

        driver.get(url("/findings?q=" + URLEncoder.encode("no-such-subject-anywhere", StandardCharsets.UTF_8)));
        assertThat(driver.findElement(By.id("no-match")).getText()).isEqualTo("No finding matches these filters.");
        assertThat(driver.findElements(By.cssSelector("#findings-table"))).isEmpty();
    }

    @Test
    void sortHeadersAndThePagerChangeTheRowsAndKeepTheFilters() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        driver.get(url("/findings?kind=human"));
        driver.findElement(By.linkText("Subject")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("sort=subject"));

        FindingQuery bySubject = FindingQuery.latest().withFilters(null, null, null, null, SubjectKind.HUMAN, null)
                .sortedBy(FindingSort.SUBJECT, false);
        assertThat(driver.getCurrentUrl()).contains("kind=human").contains("dir=asc");
        assertThat(rowKeys(driver)).isEqualTo(keys(reads.page(bySubject)));
        assertThat(driver.findElement(By.cssSelector("th[aria-sort=ascending]")).getText()).startsWith("Subject");

        driver.findElement(By.id("page-next")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("page=2"));
        assertThat(rowKeys(driver)).isEqualTo(keys(reads.page(bySubject.page(1, 50))));
        assertThat(driver.getCurrentUrl()).contains("kind=human").contains("sort=subject");

        driver.findElement(By.linkText("Subject")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("dir=desc"));
        assertThat(rowKeys(driver)).isEqualTo(keys(reads.page(bySubject.sortedBy(FindingSort.SUBJECT, true))));
        screenshot(driver, "findings-sorted");

        driver.get(url("/findings?sort=password"));
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("Unknown sort 'password'");
    }

    @Test
    void exportsEveryMatchingFindingAsCsvAndJson() throws Exception {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        driver.get(url("/findings?sort=subject&page=2"));
        String csvHref = driver.findElement(By.id("export-csv")).getAttribute("href");
        List<String> expected = new ArrayList<>();
        String run = reads.forEach(FindingQuery.latest().sortedBy(FindingSort.SUBJECT, false), f -> expected.add(f.key()));
        assertThat(expected.size()).as("more than one page").isGreaterThan(50);

        HttpResponse<String> csv = get(driver, csvHref);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"faultline-findings-" + run + ".csv\"");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.body())).getRecords();
        assertThat(rows).extracting(r -> r.get("key")).isEqualTo(expected);

        driver.get(url("/findings?kind=non-human&sort=tenant&dir=desc"));
        String jsonHref = driver.findElement(By.id("export-json")).getAttribute("href");
        List<String> nonHuman = new ArrayList<>();
        reads.forEach(FindingQuery.latest().withFilters(null, null, null, null, SubjectKind.NON_HUMAN, null)
                .sortedBy(FindingSort.TENANT, true), f -> nonHuman.add(f.key()));
        HttpResponse<String> json = get(driver, jsonHref);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"faultline-findings-" + run + ".json\"");
        JsonNode body = new ObjectMapper().readTree(json.body());
        assertThat(body.get("run").asText()).isEqualTo(run);
        assertThat(body.get("total").asInt()).isEqualTo(nonHuman.size());
        assertThat(body.get("filters").get("subjectKind").asText()).isEqualTo("NON_HUMAN");
        List<String> jsonKeys = new ArrayList<>();
        body.get("findings").forEach(f -> jsonKeys.add(f.get("key").asText()));
        assertThat(jsonKeys).isNotEmpty().isEqualTo(nonHuman);

        HttpResponse<String> refused = get(driver, url("/findings.csv?sort=password"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).startsWith("Unknown sort 'password'");

        HttpResponse<String> hostile = get(driver, url("/findings.csv?q=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8)));
        assertThat(hostile.body()).contains(DemoEnterprise.HOSTILE_NAME);
    }

    @Test
    void opensAFindingFromTheListAndDrawsItsPath() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        driver.get(url("/findings?rule=legacy-auth-bypass&sort=rule"));
        WebElement first = driver.findElement(By.cssSelector("#findings-table tbody tr"));
        String key = first.getAttribute("data-key");
        first.findElement(By.cssSelector("a.subject")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/findings/detail"));
        FindingDetail detail = reads.detail(key).orElseThrow();

        assertThat(driver.findElement(By.id("finding-key")).getText()).isEqualTo(key);
        assertThat(driver.findElement(By.id("finding-remediation")).getText()).isEqualTo(detail.remediation());
        assertThat(driver.findElements(By.cssSelector("#finding-standards .tag"))).hasSize(detail.standards().size());
        assertThat(driver.findElements(By.cssSelector("#hops tbody tr"))).hasSize(detail.path().size());
        assertThat(drawnLabels(driver)).isEqualTo(new LinkedHashSet<>(detail.path().stream()
                .map(h -> h.hop().name() == null ? h.hop().key() : h.hop().name()).toList()));
        List<Hop> hops = detail.path().stream().map(HopDetail::hop).toList();
        List<String> weakEdges = new ArrayList<>();
        for (int i = 0; i + 1 < hops.size(); i++) {
            if (hops.get(i).weak()) {
                weakEdges.add(hops.get(i).key() + ">" + hops.get(i + 1).key());
            }
        }
        assertThat(weakEdges).isNotEmpty();
        assertThat((List<?>) js(driver).executeScript("return window.faultlineGraph.edges('[?weak]')"
                + ".map(function (e) { return e.data('source') + '>' + e.data('target'); })")).isEqualTo(weakEdges);

        js(driver).executeScript("window.faultlineGraph.nodes()[0].emit('tap')");
        assertThat(driver.findElement(By.id("graph-panel-details")).getText()).contains(detail.path().get(0).hop().key());
        screenshot(driver, "finding");

        driver.findElement(By.id("back-to-list")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/findings?"));
        assertThat(driver.getCurrentUrl()).contains("rule=legacy-auth-bypass").contains("sort=rule");
    }

    @Test
    void theHostileNameIsTextInTheListTheFindingAndItsGraph() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        driver.get(url("/findings?q=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8)));

        List<String> subjects = driver.findElements(By.cssSelector("#findings-table a.subject")).stream()
                .map(WebElement::getText).toList();
        assertThat(subjects).isNotEmpty().containsOnly(DemoEnterprise.HOSTILE_NAME);
        assertThat(driver.getPageSource()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(DemoEnterprise.HOSTILE_NAME);

        driver.findElement(By.cssSelector("#findings-table a.subject")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/findings/detail"));
        assertThat(driver.findElement(By.id("finding-subject")).getText()).isEqualTo(DemoEnterprise.HOSTILE_NAME);
        assertThat(drawnLabels(driver)).contains(DemoEnterprise.HOSTILE_NAME);
        js(driver).executeScript("window.faultlineGraph.getElementById(arguments[0]).emit('tap')", DemoEnterprise.HOSTILE_KEY);
        assertThat(driver.findElement(By.id("graph-panel-details")).getText()).contains(DemoEnterprise.HOSTILE_NAME);
        assertThat(driver.getPageSource()).doesNotContain(DemoEnterprise.HOSTILE_NAME);
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        screenshot(driver, "finding-hostile");
    }

    @Test
    void theExportsAndTheExplorersJsonSendTheAnonymousToSignIn() throws Exception {
        HttpClient http = TestHttp.client();
        for (String path : List.of("/findings.csv", "/findings.json", "/findings/detail?key=x", "/explorer/neighbours?key=x")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void anUnknownFindingIsNotFound() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        driver.get(url("/findings/detail?key=" + URLEncoder.encode("no-such:finding/key", StandardCharsets.UTF_8)));

        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("404");
        assertThat(driver.getPageSource()).contains("There is no page at this address.");
    }

    @Test
    void listAndFindingLoadWithoutAContentSecurityPolicyViolation() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        String key = reads.page(FindingQuery.latest().withFilters("legacy-auth-bypass", null, null, null, null, null))
                .findings().get(0).key();
        var logs = ((ChromeDriver) driver).manage().logs();
        for (String path : List.of("/findings", "/findings/detail?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8))) {
            logs.get(LogType.BROWSER);
            driver.get(url(path));
            if (path.contains("detail")) {
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) js(d)
                        .executeScript("return !!window.faultlineGraph && window.faultlineGraph.nodes().length > 0"));
            }
            List<String> errors = logs.get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                    .map(entry -> entry.getMessage()).toList();
            assertThat(errors).as(path).isEmpty();
        }
    }

    static Set<String> drawnLabels(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) js(d)
                .executeScript("return !!window.faultlineGraph && window.faultlineGraph.nodes().length > 0"));
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) js(driver).executeScript(
                "return window.faultlineGraph.nodes().map(function (n) { return n.data('label'); })");
        return new LinkedHashSet<>(labels);
    }

    static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }

    /** GET with the browser's session, as a download from the page would be. */
    static HttpResponse<String> get(WebDriver driver, String address) throws Exception {
        String session = driver.manage().getCookieNamed("SESSION").getValue();
        return TestHttp.client().send(HttpRequest.newBuilder(URI.create(address)).header("Cookie", "SESSION=" + session)
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
