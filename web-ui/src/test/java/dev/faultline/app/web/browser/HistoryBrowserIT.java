package dev.faultline.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.faultline.app.data.AnalysisRunSummary;
import dev.faultline.app.data.DiffFinding;
import dev.faultline.app.data.RunDiff;
import dev.faultline.app.data.RunDiffs;
import dev.faultline.app.data.RunReads;
import dev.faultline.app.demo.DemoEnterprise;
import dev.faultline.app.scoring.AnalysisService;
import dev.faultline.testsupport.TestNeo4j;

/** Issue 6, part 2: the history page and the diff of two runs, on the demo (two analysis runs), as a viewer. */
class HistoryBrowserIT extends BrowserIT {

    private final RunReads runs = new RunReads(TestNeo4j.get().driver(), "neo4j");
    private final RunDiffs diffs = new RunDiffs(TestNeo4j.get().driver(), "neo4j");

    @Test
    void listsEveryRunWithItsEvidencePackAndDrawsOnePointPerRunInEachTrend() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        driver.get(url("/runs"));

        List<AnalysisRunSummary> stored = runs.analysisRuns(200);
        assertThat(stored).hasSize(2);
        assertThat(driver.getTitle()).isEqualTo("History - Faultline");
        assertThat(driver.findElement(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("History");
        List<WebElement> rows = driver.findElements(By.cssSelector("#runs tbody tr"));
        assertThat(rows).extracting(row -> row.getAttribute("data-run"))
                .containsExactlyElementsOf(stored.stream().map(AnalysisRunSummary::id).toList());
        for (int i = 0; i < rows.size(); i++) {
            AnalysisRunSummary run = stored.get(i);
            WebElement row = rows.get(i);
            assertThat(row.getText()).contains(run.status(), String.valueOf(run.score()), "whole graph",
                    String.format("%,d", run.findings()));
            assertThat(row.findElement(By.cssSelector("a.evidence")).getAttribute("href"))
                    .isEqualTo(url("/runs/" + run.id() + "/report?format=pdf"));
            assertThat(row.findElements(By.cssSelector(".ingest-runs li"))).extracting(WebElement::getText)
                    .containsExactlyElementsOf(run.ingestRuns());
        }

        Set<String> tenants = new TreeSet<>();
        Set<String> rules = new TreeSet<>();
        stored.forEach(run -> {
            run.tenantScores().forEach(score -> tenants.add(score.key()));
            rules.addAll(run.counts().keySet());
        });
        assertChart(driver, "tenant-trend", 1 + tenants.size(), 2);
        assertChart(driver, "rule-trend", rules.size(), 2);
        Object organization = ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('tenant-trend').chart.data.datasets[0].data;");
        assertThat(organization).isEqualTo(List.of((long) stored.get(1).score(), (long) stored.get(0).score()));
        assertThat(driver.findElements(By.cssSelector("#rule-trend-table tbody tr"))).hasSize(rules.size());
        assertThat(driver.findElements(By.cssSelector("#tenant-trend-table tbody tr"))).hasSize(1 + tenants.size());
        screenshot(driver, "runs");
    }

    private static void assertChart(WebDriver driver, String id, int lines, int points) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("var c = document.getElementById(arguments[0]); return !!(c && c.chart);", id));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(js.executeScript("return document.getElementById(arguments[0]).chart.data.labels.length;", id))
                .isEqualTo((long) points);
        @SuppressWarnings("unchecked")
        List<Long> sizes = (List<Long>) js.executeScript(
                "return document.getElementById(arguments[0]).chart.data.datasets.map(function (d) { return d.data.length; });", id);
        assertThat(sizes).as(id).hasSize(lines).containsOnly((long) points);
        assertThat(driver.findElement(By.id(id)).getSize().getHeight()).isGreaterThan(150);
    }

    @Test
    void comparesThePreviousAndTheLatestRunAsRunDiffsDoes() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        driver.get(url("/runs"));
        RunDiff expected = diffs.diff(RunDiffs.PREVIOUS, RunDiffs.LATEST, 30);

        assertThat(driver.findElement(By.cssSelector("#diff-a option:checked")).getAttribute("value"))
                .isEqualTo(expected.from().id());
        assertThat(driver.findElement(By.cssSelector("#diff-b option:checked")).getAttribute("value"))
                .isEqualTo(expected.to().id());
        driver.findElement(By.cssSelector(".diff-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/runs/diff"));

        assertThat(driver.getCurrentUrl()).isEqualTo(url("/runs/diff?a=" + expected.from().id() + "&b=" + expected.to().id()));
        assertThat(driver.findElements(By.cssSelector("#diff-a option"))).extracting(o -> o.getAttribute("value"))
                .startsWith("previous", "latest", expected.to().id()).contains(expected.from().id());
        assertThat(driver.findElements(By.cssSelector("#diff-b option"))).extracting(o -> o.getAttribute("value"))
                .startsWith("latest", "previous");
        assertThat(driver.findElement(By.cssSelector("#diff-b option:checked")).getAttribute("value")).isEqualTo(expected.to().id());
        assertThat(count(driver, "count-new")).isEqualTo(expected.added().size()).isPositive();
        assertThat(count(driver, "count-resolved")).isEqualTo(expected.resolved().size());
        assertThat(count(driver, "count-persisting")).isEqualTo(expected.persisting().size()).isPositive();
        assertThat(driver.findElements(By.cssSelector("#new-findings tbody tr"))).extracting(r -> r.getAttribute("data-key"))
                .containsExactlyElementsOf(expected.added().stream().map(DiffFinding::key).toList());

        DiffFinding late = expected.added().stream().filter(f -> DemoEnterprise.HOSTILE_KEY.equals(f.subject()))
                .findFirst().orElseThrow();
        WebElement row = driver.findElement(By.cssSelector("#new-findings tr[data-key='" + late.key() + "']"));
        assertThat(row.findElement(By.cssSelector(".subject")).getText()).isEqualTo(DemoEnterprise.HOSTILE_NAME);
        assertThat(row.getText()).contains(late.rule(), late.severity(), late.ageDays() + " d");
        String href = row.findElement(By.cssSelector("a.finding-link")).getAttribute("href");
        assertThat(href).startsWith(url("/findings/detail?key="));
        assertThat(URLDecoder.decode(href.substring(url("/findings/detail?key=").length()), StandardCharsets.UTF_8)).isEqualTo(late.key());
        long overdue = expected.persisting().stream().filter(DiffFinding::overdue).count()
                + expected.added().stream().filter(DiffFinding::overdue).count();
        assertThat(driver.findElements(By.cssSelector(".badge.overdue"))).hasSize((int) overdue);
        assertThat(driver.getPageSource()).doesNotContain(DemoEnterprise.HOSTILE_NAME);
        screenshot(driver, "run-diff");
    }

    /** The failed run is removed afterwards: the other browser tests count the demo's two runs. */
    @Test
    void showsAFailedRunWithItsErrorAndLeavesItOutOfTheTrendsAndTheDiff() {
        String failed = new AnalysisService(TestNeo4j.get().driver(), "neo4j").recordFailure(
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), null, List.of("ownerless-nhi"), List.of(),
                new IllegalStateException("Neo4j went away mid-run")).runId();
        try {
            WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
            driver.get(url("/runs"));

            WebElement row = driver.findElement(By.cssSelector("#runs tr[data-run='" + failed + "']"));
            assertThat(row.getAttribute("class")).contains("failed-run");
            assertThat(row.findElement(By.cssSelector(".status")).getText()).isEqualTo("failed");
            assertThat(row.findElement(By.cssSelector(".run-error")).getText()).contains("Neo4j went away mid-run");
            assertThat(row.findElements(By.cssSelector("a.evidence"))).isEmpty();
            assertThat(driver.findElements(By.cssSelector("#runs tbody tr"))).hasSize(3);
            assertChart(driver, "tenant-trend", driver.findElements(By.cssSelector("#tenant-trend-table tbody tr")).size(), 2);
            assertThat(driver.findElements(By.cssSelector("#diff-a option"))).extracting(o -> o.getAttribute("value"))
                    .doesNotContain(failed).hasSize(2);
            screenshot(driver, "runs-failed");
        } finally {
            TestNeo4j.get().driver().executableQuery("MATCH (ar:AnalysisRun {id: $id}) DETACH DELETE ar")
                    .withParameters(java.util.Map.of("id", failed)).execute();
        }
    }

    @Test
    void namesAnUnknownRun() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        driver.get(url("/runs/diff?a=analysis-nope&b=latest"));

        assertThat(driver.findElement(By.id("diff-error")).getText()).contains("No analysis run 'analysis-nope'");
        assertThat(driver.findElements(By.id("count-new"))).isEmpty();
        screenshot(driver, "run-diff-unknown");
    }

    @Test
    void loadsTheHistoryAndTheDiffWithoutAContentSecurityPolicyViolation() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        var logs = driver.manage().logs();
        logs.get(org.openqa.selenium.logging.LogType.BROWSER);
        for (String page : List.of("/runs", "/runs/diff")) {
            driver.get(url(page));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d)
                    .executeScript("return document.readyState === 'complete' && typeof htmx !== 'undefined'"));
        }
        List<String> errors = logs.get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(entry -> entry.getMessage()).toList();
        assertThat(errors).isEmpty();
    }

    private static int count(WebDriver driver, String id) {
        return Integer.parseInt(driver.findElement(By.id(id)).getText().replace(",", ""));
    }
}
