package dev.faultline.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.plan.Cut;
import dev.faultline.analyzer.plan.PlanPath;
import dev.faultline.analyzer.plan.RemediationPlan;
import dev.faultline.app.data.RunPlan;
import dev.faultline.app.data.RunReads;

/** The remediation plan of the demo's latest run: figures, cuts with their paths, choke points, costs. */
class RemediationBrowserIT extends BrowserIT {

    @Autowired
    private RunReads runs;

    @Test
    void showsThePlansFiguresAndEveryCut() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        driver.get(url("/remediation"));
        RunPlan stored = runs.plan(null).orElseThrow();
        RemediationPlan plan = stored.plan();

        assertThat(driver.getTitle()).isEqualTo("Remediation - Faultline");
        assertThat(plan.cuts()).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("main .lead")).getText()).contains(stored.run());
        assertThat(driver.findElement(By.id("plan-cost")).getText()).isEqualTo(String.valueOf(plan.totalCost()));
        assertThat(driver.findElement(By.id("plan-cuts")).getText()).isEqualTo(String.format("%,d", plan.cuts().size()));
        assertThat(driver.findElement(By.id("plan-paths")).getText())
                .isEqualTo(String.format("%,d", plan.paths().size() - plan.uncuttable().size()));
        assertThat(driver.findElement(By.id("plan-systems")).getText())
                .isEqualTo(String.valueOf(plan.paths().stream().map(PlanPath::system).distinct().count()));
        assertThat(driver.findElements(By.cssSelector("#cuts tbody tr"))).extracting(r -> r.getAttribute("data-cut"))
                .containsExactlyElementsOf(plan.cuts().stream().limit(50).map(Cut::id).toList());
        PageChecks.hostileNameIsInert(driver);
        screenshot(driver, "remediation");
        if (plan.cuts().size() > 50) {
            driver.findElement(By.id("next-cuts")).click();
            assertThat(driver.findElements(By.cssSelector("#cuts tbody tr"))).extracting(r -> r.getAttribute("data-cut"))
                    .containsExactlyElementsOf(plan.cuts().stream().skip(50).limit(50).map(Cut::id).toList());
            assertThat(driver.findElement(By.cssSelector("#cuts tbody tr td")).getText()).isEqualTo("51");
            driver.navigate().back();
        }
        assertThat(plan.cuts().stream().mapToInt(Cut::cost).sum()).isEqualTo(plan.totalCost());
        assertThat(driver.findElements(By.cssSelector("#choke-points tbody tr"))).hasSize(Math.min(25, plan.chokePoints().size()));
        assertThat(driver.findElements(By.cssSelector("#cut-costs tbody tr"))).extracting(r -> r.findElement(By.tagName("td")).getText())
                .containsExactly("1", "2", "3", "4", "5");
        if (plan.uncuttable().isEmpty()) {
            assertThat(driver.findElement(By.id("no-uncuttable")).isDisplayed()).isTrue();
        } else {
            assertThat(driver.findElements(By.cssSelector("#uncuttable li"))).hasSize(Math.min(25, plan.uncuttable().size()));
        }
    }

    @Test
    void aCutOpensToItsFirstPathsAsHopsWithWeakLinksMarkedAndItsFindings() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        driver.get(url("/remediation"));
        RemediationPlan plan = runs.plan(null).orElseThrow().plan();
        Map<String, PlanPath> paths = plan.paths().stream().collect(Collectors.toMap(PlanPath::id, Function.identity()));
        Cut cut = plan.cuts().get(0);

        WebElement row = driver.findElement(By.cssSelector("#cuts tbody tr[data-cut='" + cut.id() + "']"));
        assertThat(row.findElement(By.cssSelector(".action-text")).getText()).isEqualTo(cut.action());
        assertThat(row.findElement(By.cssSelector("ol.paths")).isDisplayed()).isFalse();
        assertThat(row.findElement(By.cssSelector("details summary")).getText()).isEqualTo(cut.paths().size() == 1
                ? "The path it closes and its findings (%,d)".formatted(cut.findings().size())
                : "The %,d paths it closes and their findings (%,d)".formatted(cut.paths().size(), cut.findings().size()));
        row.findElement(By.cssSelector("details summary")).click();

        List<WebElement> shown = row.findElements(By.cssSelector("ol.paths li"));
        assertThat(shown).extracting(li -> li.getAttribute("data-path"))
                .containsExactlyElementsOf(cut.paths().stream().limit(10).toList());
        PlanPath first = paths.get(cut.paths().get(0));
        String visible = shown.get(0).getText();
        assertThat(visible.replaceAll("\\s*\\(weak link[^)]*\\)\\s*", " ").replaceAll("\\s+", " ").trim()).isEqualTo(hops(first));
        assertThat(visible.split("\\(weak link", -1)).hasSize(1 + (int) first.hops().stream().filter(Hop::weak).count());
        assertThat(shown.get(0).findElements(By.tagName("mark"))).extracting(WebElement::getText)
                .containsExactlyElementsOf(first.hops().stream().filter(Hop::weak).map(h -> h.name() != null ? h.name() : h.key()).toList());
        assertThat(row.findElements(By.cssSelector("a.finding-link")))
                .extracting(a -> PageChecks.findingKey(a.getAttribute("href"), url("/findings/detail")))
                .containsExactlyElementsOf(cut.findings().stream().limit(25).toList());
        if (cut.paths().size() > 10) {
            assertThat(row.getText()).contains(String.format("and %,d more paths", cut.paths().size() - 10));
        }
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", row);
        screenshot(driver, "remediation-cut-open");
    }

    @Test
    void anUnknownRunSaysThereIsNoPlan() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        driver.get(url("/remediation?run=no-such-run"));

        assertThat(driver.findElement(By.id("no-plan")).getText()).contains("no-such-run");
        assertThat(driver.findElements(By.id("cuts"))).isEmpty();
    }

    @Test
    void loadsWithoutAContentSecurityPolicyViolation() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);

        assertThat(PageChecks.consoleProblems(driver, url("/remediation"))).isEmpty();
    }

    /** A path as the page writes it: {@code name -EDGE-> name ...}, the weak links' hidden words left out of the visible text. */
    private static String hops(PlanPath path) {
        StringBuilder text = new StringBuilder();
        for (Hop hop : path.hops()) {
            text.append(hop.name() != null ? hop.name() : hop.key());
            if (hop.edge() != null) {
                text.append(" -").append(hop.edge()).append("-> ");
            }
        }
        return text.toString().trim();
    }
}
