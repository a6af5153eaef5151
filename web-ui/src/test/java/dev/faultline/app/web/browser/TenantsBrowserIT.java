package dev.faultline.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import dev.faultline.app.data.BypassMatrix;
import dev.faultline.app.data.FindingSummary;
import dev.faultline.app.data.MatrixCell;
import dev.faultline.app.data.MergerReads;

/** The tenants and merger view on the demo enterprise: tenants, trusts, the bypass matrix and a cell's findings. */
class TenantsBrowserIT extends BrowserIT {

    @Autowired
    private MergerReads merger;

    @Test
    void showsTenantsTrustsAndTheMatrixCountedAndColouredByWorstSeverity() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        driver.get(url("/tenants"));
        BypassMatrix matrix = merger.matrix(null);

        assertThat(driver.getTitle()).isEqualTo("Tenants and merger - Faultline");
        assertThat(driver.findElements(By.cssSelector("#tenant-list tbody tr"))).hasSize(merger.tenants().size());
        assertThat(driver.findElements(By.cssSelector("#trusts tbody tr"))).extracting(r -> r.getAttribute("data-key"))
                .containsExactlyElementsOf(merger.trusts().stream().map(t -> t.key()).toList()).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("#bypass-matrix caption")).getText()).contains("row", "column");
        assertThat(driver.findElement(By.id("matrix-explain")).getText()).contains("row's tenant", "column's tenant", "worst severity");
        int tenants = merger.tenants().size();
        assertThat(driver.findElements(By.cssSelector("#bypass-matrix thead th[scope=col]"))).hasSize(tenants);
        assertThat(driver.findElements(By.cssSelector("#bypass-matrix tbody th[scope=row]"))).hasSize(tenants);
        assertThat(driver.findElements(By.cssSelector("#bypass-matrix td.cell"))).hasSize(tenants * tenants);
        assertThat(matrix.cells()).isNotEmpty();
        for (MatrixCell cell : matrix.cells()) {
            WebElement td = driver.findElement(By.cssSelector("#bypass-matrix td[data-from='" + cell.fromTenant() + "'][data-to='"
                    + cell.toTenant() + "']"));
            assertThat(td.getAttribute("class")).contains("sev-bg-" + cell.worstSeverity());
            assertThat(td.findElement(By.cssSelector("a .count")).getText()).isEqualTo(String.format("%,d", cell.findings()));
            assertThat(td.findElement(By.cssSelector("a .worst")).getText()).isEqualTo(cell.worstSeverity());
        }
        assertThat(driver.findElements(By.cssSelector("#bypass-matrix td.cell a"))).hasSize(matrix.cells().size());
        PageChecks.hostileNameIsInert(driver);
        screenshot(driver, "tenants");
    }

    @Test
    void aCellOpensExactlyThatCellsFindings() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        driver.get(url("/tenants"));
        BypassMatrix matrix = merger.matrix(null);
        MatrixCell cell = matrix.cells().stream().filter(c -> !c.fromTenant().equals(c.toTenant()))
                .max(Comparator.comparingInt(MatrixCell::findings)).orElse(matrix.cells().get(0));

        driver.findElement(By.cssSelector("#bypass-matrix td[data-from='" + cell.fromTenant() + "'][data-to='" + cell.toTenant()
                + "'] a")).click();

        List<FindingSummary> expected = merger.cell(matrix.run(), cell.fromTenant(), cell.toTenant());
        assertThat(expected).hasSize(cell.findings());
        assertThat(driver.getCurrentUrl()).contains("/tenants/cell?", "from=" + cell.fromTenant(), "to=" + cell.toTenant());
        assertThat(driver.findElement(By.id("cell-lead")).getText()).startsWith(String.format("%,d findings", cell.findings()));
        List<WebElement> rows = driver.findElements(By.cssSelector("#cell-findings tbody tr"));
        assertThat(rows).extracting(r -> r.getAttribute("data-key"))
                .containsExactlyElementsOf(expected.stream().limit(100).map(FindingSummary::key).toList());
        assertThat(rows).extracting(r -> PageChecks.findingKey(r.findElement(By.cssSelector("a.finding-link")).getAttribute("href"),
                url("/findings/detail"))).containsExactlyElementsOf(expected.stream().limit(100).map(FindingSummary::key).toList());
        assertThat(rows).allSatisfy(r -> assertThat(r.findElement(By.cssSelector(".sev")).getText())
                .isIn("low", "medium", "high", "critical"));
        screenshot(driver, "tenant-cell");

        if (expected.size() > 100) {
            driver.findElement(By.id("next-page")).click();
            assertThat(driver.findElements(By.cssSelector("#cell-findings tbody tr"))).extracting(r -> r.getAttribute("data-key"))
                    .containsExactlyElementsOf(expected.stream().skip(100).limit(100).map(FindingSummary::key).toList());
        }
    }

    @Test
    void loadsWithoutAContentSecurityPolicyViolation() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        MatrixCell cell = merger.matrix(null).cells().get(0);

        assertThat(PageChecks.consoleProblems(driver, url("/tenants"))).isEmpty();
        assertThat(PageChecks.consoleProblems(driver, url("/tenants/cell?from=" + cell.fromTenant() + "&to=" + cell.toTenant())))
                .isEmpty();
    }
}
