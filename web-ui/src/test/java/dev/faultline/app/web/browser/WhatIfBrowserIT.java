package dev.faultline.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.faultline.analyzer.rule.AnalysisSettings;
import dev.faultline.analyzer.rule.Rules;
import dev.faultline.analyzer.run.OverlayAnalyzer;
import dev.faultline.analyzer.whatif.ScenarioReader;
import dev.faultline.analyzer.whatif.WhatIf;
import dev.faultline.analyzer.whatif.WhatIfComparison;
import dev.faultline.analyzer.whatif.WhatIfDelta;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.testsupport.TestNeo4j;

/**
 * Issue 6, part 3: the what-if page. The examples of examples/whatif/ name the example bundle's
 * keys, so the last test replaces the demo with that bundle (the next browser test class loads
 * the demo again).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WhatIfBrowserIT extends BrowserIT {

    static final Path EXAMPLES = Path.of("../examples/whatif");

    @Test
    @Order(1)
    void refusesAViewer() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);

        assertThat(driver.findElements(By.cssSelector("nav a"))).extracting(WebElement::getText).doesNotContain("What-if");
        driver.get(url("/whatif"));
        assertThat(driver.getTitle()).startsWith("403");
        assertThat(driver.findElements(By.id("whatif-form"))).isEmpty();
    }

    @Test
    @Order(2)
    void showsTheFileTheChangeAndTheFieldOfAnInvalidScenario() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        driver.get(url("/whatif"));
        var logs = driver.manage().logs();
        logs.get(org.openqa.selenium.logging.LogType.BROWSER);

        WebElement text = driver.findElement(By.id("scenarioA"));
        text.clear();
        text.sendKeys("name: broken\nchanges:\n  - {type: block-legacy, tenant: acme-entra}\n"
                + "  - {type: add-trust, trusting: acme-entra, kind: entra-b2b}\n");
        driver.findElement(By.id("whatif-run")).click();
        WebElement error = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("whatif-error")));

        assertThat(error.getText()).contains("scenario-a.yaml: change 2 (add-trust): field 'trusted': missing");
        assertThat(driver.findElements(By.id("whatif-summary"))).isEmpty();
        screenshot(driver, "whatif-error");
        assertThat(warnings(logs)).isEmpty();
    }

    @Test
    @Order(3)
    void runsTwoExamplesSideBySideAsTheAnalyzerDoesAndLeavesTheGraphAsItWas() {
        Driver neo4j = TestNeo4j.get().driver();
        TestNeo4j.get().clean();
        new BundleLoader(neo4j, "neo4j", 1000, IngestListener.NONE).ingest(List.of(Path.of("../examples/bundle")));
        long[] before = counts(neo4j);
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        driver.get(url("/whatif"));
        var logs = driver.manage().logs();
        logs.get(org.openqa.selenium.logging.LogType.BROWSER);

        new Select(driver.findElement(By.id("example-a"))).selectByValue("day-one.yaml");
        new Select(driver.findElement(By.id("example-b"))).selectByValue("harden.json");
        driver.findElement(By.cssSelector("#examples-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("exampleB=harden.json"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("scenarioB")).getAttribute("value").contains("\"harden\""));
        assertThat(driver.findElement(By.id("scenarioA")).getAttribute("value")).contains("name: day-one");
        driver.findElement(By.id("whatif-run")).click();
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> !d.findElements(By.id("whatif-summary")).isEmpty());

        WhatIfComparison expected = new WhatIf(new OverlayAnalyzer(neo4j, "neo4j")).compare(
                List.of(ScenarioReader.read(EXAMPLES.resolve("day-one.yaml")), ScenarioReader.read(EXAMPLES.resolve("harden.json"))),
                Rules.all(), AnalysisSettings.defaults(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)));
        List<WebElement> shown = driver.findElements(By.cssSelector(".scenario-result"));
        assertThat(shown).extracting(s -> s.getAttribute("data-scenario")).containsExactly("day-one", "harden");
        for (int i = 0; i < 2; i++) {
            WhatIfDelta delta = expected.scenarios().get(i);
            WebElement scenario = shown.get(i);
            assertThat(List.of(number(scenario, ".count-opened"), number(scenario, ".count-closed"),
                    number(scenario, ".count-bypass-opened"), number(scenario, ".count-bypass-closed")))
                    .as(delta.scenario())
                    .containsExactly(delta.opened().size(), delta.closed().size(), delta.bypassOpened().size(),
                            delta.bypassClosed().size());
            assertThat(scenario.findElements(By.cssSelector(".bypass-opened li .rule"))).extracting(WebElement::getText)
                    .containsExactlyElementsOf(delta.bypassOpened().stream().map(f -> f.rule()).toList());
        }
        WhatIfDelta dayOne = expected.scenarios().get(0);
        assertThat(dayOne.bypassOpened()).extracting(f -> f.rule())
                .containsExactlyInAnyOrder("cross-tenant-mfa-trust", "legacy-auth-bypass");
        assertThat(expected.scenarios().get(1).bypassClosed()).isNotEmpty();
        assertThat(expected.scenarios().get(1).opened()).isEmpty();
        assertThat(driver.findElement(By.id("whatif-summary")).getText())
                .contains(dayOne.organization().before() + " → " + dayOne.organization().after(),
                        dayOne.planCostBefore() + " → " + dayOne.planCostAfter());
        assertThat(counts(neo4j)).containsExactly(before);
        screenshot(driver, "whatif");
        assertThat(warnings(logs)).isEmpty();
    }

    private static int number(WebElement scenario, String css) {
        return Integer.parseInt(scenario.findElement(By.cssSelector(css)).getText());
    }

    private static long[] counts(Driver neo4j) {
        var record = neo4j.executableQuery("MATCH (n) WITH count(n) AS nodes "
                + "OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships").execute().records().get(0);
        return new long[] {record.get("nodes").asLong(), record.get("relationships").asLong()};
    }

    private static List<String> warnings(org.openqa.selenium.logging.Logs logs) {
        return logs.get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(entry -> entry.getMessage()).toList();
    }
}
