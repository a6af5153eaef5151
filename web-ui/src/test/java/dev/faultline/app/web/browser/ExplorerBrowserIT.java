package dev.faultline.app.web.browser;

import static dev.faultline.app.web.browser.FindingsBrowserIT.drawnLabels;
import static dev.faultline.app.web.browser.FindingsBrowserIT.js;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import dev.faultline.analyzer.finding.Hop;
import dev.faultline.app.data.ExplorerReads;
import dev.faultline.app.data.FindingDetail;
import dev.faultline.app.data.FindingQuery;
import dev.faultline.app.data.FindingReads;
import dev.faultline.app.data.GraphNode;
import dev.faultline.app.data.GraphView;
import dev.faultline.app.data.HopDetail;
import dev.faultline.app.data.MergerReads;
import dev.faultline.app.data.SystemExposure;
import dev.faultline.app.demo.DemoEnterprise;

/** The graph explorer on the demo enterprise: expectations read from {@link ExplorerReads} over the same database. */
class ExplorerBrowserIT extends BrowserIT {

    @Autowired
    ExplorerReads explorer;
    @Autowired
    FindingReads findings;
    @Autowired
    MergerReads merger;

    private static Set<String> drawnKeys(WebDriver driver) {
        drawnLabels(driver);
        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) js(driver).executeScript(
                "return window.faultlineGraph.nodes().map(function (n) { return n.id(); })");
        return new LinkedHashSet<>(keys);
    }

    private static Set<String> keys(GraphView view) {
        return view.nodes().stream().map(GraphNode::key).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A legacy-auth-bypass finding of the latest run: who (first hop) reaches which system (last System hop). */
    private FindingDetail bypass() {
        String key = findings.page(FindingQuery.latest().withFilters("legacy-auth-bypass", null, null, null, null, null))
                .findings().get(0).key();
        return findings.detail(key).orElseThrow();
    }

    private static String lastSystem(FindingDetail finding) {
        return finding.path().stream().map(HopDetail::hop).filter(h -> "System".equals(h.label())).reduce((a, b) -> b)
                .orElseThrow().key();
    }

    @Test
    void searchFindsANodeDrawsItAndExpandsANeighbour() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        FindingDetail finding = bypass();
        Hop who = finding.path().get(0).hop();
        driver.get(url("/explorer"));
        driver.findElement(By.id("q")).sendKeys(who.key());
        driver.findElement(By.cssSelector("#search-form button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());

        assertThat(driver.findElements(By.cssSelector("#search-results li .key"))).extracting(WebElement::getText)
                .contains(who.key());
        driver.findElement(By.cssSelector("#search-results li a.result-name")).click();
        GraphView neighbours = explorer.neighbours(who.key()).orElseThrow();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("key="));
        assertThat(drawnKeys(driver)).isEqualTo(keys(neighbours));
        assertThat(driver.findElements(By.cssSelector("#node-table tbody tr"))).hasSize(neighbours.nodes().size());
        screenshot(driver, "explorer-neighbours");

        String next = finding.path().get(1).hop().key();
        Set<String> expected = new LinkedHashSet<>(keys(neighbours));
        expected.addAll(keys(explorer.neighbours(next).orElseThrow()));
        WebElement expand = driver.findElement(By.cssSelector("#node-table tr[data-key='" + next + "'] button:nth-of-type(2)"));
        assertThat(expand.getText()).isEqualTo("Expand");
        expand.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> drawnKeys(d).size() == expected.size());
        assertThat(drawnKeys(driver)).isEqualTo(expected);
        assertThat(driver.findElement(By.id("graph-status")).getText()).endsWith("neighbours added.");
        assertThat(driver.findElement(By.id("graph-panel-details")).getText()).contains(next);
        assertThat(driver.findElements(By.cssSelector("#node-table tbody tr"))).hasSize(expected.size());
    }

    @Test
    void drawsTheShortestPathBetweenTwoNodes() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        FindingDetail finding = bypass();
        String from = finding.path().get(0).hop().key();
        String to = lastSystem(finding);
        driver.get(url("/explorer"));
        driver.findElement(By.id("from")).sendKeys(from);
        driver.findElement(By.id("to")).sendKeys(to);
        driver.findElement(By.cssSelector("#path-form button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("from="));

        GraphView path = explorer.shortestPath(from, to).orElseThrow();
        assertThat(drawnKeys(driver)).isEqualTo(keys(path)).contains(from, to);
        assertThat((Long) js(driver).executeScript("return window.faultlineGraph.edges().length")).isEqualTo(path.edges().size());
        assertThat(driver.findElement(By.id("drawing-heading")).getText()).startsWith("Shortest path from")
                .endsWith("(" + path.edges().size() + " hops)");
        screenshot(driver, "explorer-path");
    }

    @Test
    void showsWhoReachesASystemWithoutMfaAndItsFindings() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        String system = lastSystem(bypass());
        driver.get(url("/explorer?system=" + URLEncoder.encode(system, StandardCharsets.UTF_8)));
        SystemExposure exposure = explorer.whoReachesWithoutMfa(system, null);

        assertThat(exposure.findings()).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#system-findings li a.subject")))
                .extracting(a -> java.net.URLDecoder.decode(a.getAttribute("href"), StandardCharsets.UTF_8))
                .isEqualTo(exposure.findings().stream().map(f -> url("/findings/detail?key=" + f.key())).toList());
        assertThat(drawnKeys(driver)).isEqualTo(keys(exposure.reachers())).contains(system);
        screenshot(driver, "explorer-system");

        driver.findElement(By.cssSelector("#system-findings li a.subject")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/findings/detail"));
        assertThat(driver.findElement(By.id("finding-key")).getText()).isEqualTo(exposure.findings().get(0).key());
    }

    @Test
    void aHubIsTruncatedAtFiveHundredNodesAndTheDrawingRefusesToGrow() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        String tenant = merger.tenants().get(0).key();
        driver.get(url("/explorer?key=" + URLEncoder.encode(tenant, StandardCharsets.UTF_8)));

        assertThat(driver.findElement(By.id("graph-truncated")).getText())
                .isEqualTo("Truncated: there is more than the drawing holds, at most 500 nodes are drawn. Refine your search.");
        GraphView hub = explorer.neighbours(tenant).orElseThrow();
        assertThat(hub.truncated()).isTrue();
        assertThat(drawnKeys(driver)).isEqualTo(keys(hub)).hasSizeLessThanOrEqualTo(ExplorerReads.MAX_NODES)
                .hasSizeGreaterThan(ExplorerReads.MAX_NODES - 10);
        Set<String> drawn = drawnKeys(driver);
        String neighbour = drawn.stream().filter(k -> !k.equals(tenant)).filter(k -> {
            Set<String> more = keys(explorer.neighbours(k).orElseThrow());
            more.removeAll(drawn);
            return drawn.size() + more.size() > ExplorerReads.MAX_NODES;
        }).findFirst().orElseThrow(() -> new AssertionError("no drawn node whose neighbours pass the limit"));
        js(driver).executeScript("window.faultlineGraph.getElementById(arguments[0]).emit('tap')", neighbour);
        driver.findElement(By.id("graph-expand")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("graph-limit")).isDisplayed());
        assertThat(drawnKeys(driver)).isEqualTo(keys(hub));
        assertThat(driver.findElement(By.id("graph-status")).getText()).startsWith("Not expanded");
        screenshot(driver, "explorer-truncated");
    }

    @Test
    void theHostileNameIsTextInResultsAndDrawing() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        driver.get(url("/explorer?q=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8)));

        assertThat(driver.findElements(By.cssSelector("#search-results a.result-name"))).extracting(WebElement::getText)
                .contains(DemoEnterprise.HOSTILE_NAME);
        driver.findElement(By.linkText(DemoEnterprise.HOSTILE_NAME)).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("key="));
        assertThat(drawnLabels(driver)).contains(DemoEnterprise.HOSTILE_NAME);
        assertThat(driver.findElement(By.id("drawing-heading")).getText()).isEqualTo(DemoEnterprise.HOSTILE_NAME + " and its neighbours");
        assertThat(driver.findElements(By.cssSelector("#node-table tbody td"))).extracting(WebElement::getText)
                .contains(DemoEnterprise.HOSTILE_NAME);
        assertThat(driver.getPageSource()).doesNotContain(DemoEnterprise.HOSTILE_NAME);
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void explorerPagesLoadWithoutAContentSecurityPolicyViolation() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        FindingDetail finding = bypass();
        var logs = ((ChromeDriver) driver).manage().logs();
        for (String path : List.of("/explorer", "/explorer?q=admin",
                "/explorer?key=" + URLEncoder.encode(finding.subject(), StandardCharsets.UTF_8),
                "/explorer?system=" + URLEncoder.encode(lastSystem(finding), StandardCharsets.UTF_8))) {
            logs.get(LogType.BROWSER);
            driver.get(url(path));
            if (path.contains("key=") || path.contains("system=")) {
                drawnLabels(driver);
            }
            List<String> errors = logs.get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                    .map(entry -> entry.getMessage()).toList();
            assertThat(errors).as(path).isEmpty();
        }
        screenshot(driver, "explorer-search");
    }

    @Test
    void anUnknownNodeAndAMissingEndAreExplained() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        driver.get(url("/explorer?key=no-such-node"));
        assertThat(driver.findElement(By.id("explorer-problem")).getText()).isEqualTo("No node has this key.");
        driver.get(url("/explorer?from=anything"));
        assertThat(driver.findElement(By.id("explorer-problem")).getText()).startsWith("A shortest path needs both ends");
        driver.get(url("/explorer?system=zz-no-such-system-zz"));
        assertThat(driver.findElement(By.cssSelector(".choices .notice")).getText()).isEqualTo("No node matches \"zz-no-such-system-zz\".");
    }
}
