package dev.faultline.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import dev.faultline.app.web.dashboard.Dashboard;
import dev.faultline.app.web.dashboard.DashboardReader;

/** The dashboard before anything is analyzed says what to do (our own port replaced, the page real). */
class EmptyDashboardBrowserIT extends BrowserIT {

    @MockitoBean
    DashboardReader reader;

    @Test
    void beforeAnyDataTellsHowToLoadAndAnalyze() {
        when(reader.read()).thenReturn(new Dashboard(Optional.empty(), List.of(), List.of(), Dashboard.NewFindings.NONE));
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);

        assertThat(driver.findElement(By.id("empty-heading")).getText()).isEqualTo("No analysis yet");
        assertThat(driver.findElement(By.cssSelector(".empty pre")).getText()).contains("faultline ingest PATH", "faultline analyze");
        assertThat(driver.findElements(By.id("trend-chart"))).isEmpty();
        screenshot(driver, "dashboard-empty");
    }

    @Test
    void withDataButNoAnalysisTellsHowToAnalyze() {
        Dashboard.IngestRun run = new Dashboard.IngestRun("r1", "acme-merger-register", "succeeded", null, null, 12, 10, 20, null);
        when(reader.read()).thenReturn(new Dashboard(Optional.empty(), List.of(), List.of(run), Dashboard.NewFindings.NONE));
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);

        assertThat(driver.findElement(By.cssSelector(".empty pre")).getText()).isEqualTo("faultline analyze");
        assertThat(driver.findElements(By.cssSelector("#ingest-runs tbody tr"))).hasSize(1);
        screenshot(driver, "dashboard-not-analyzed");
    }
}
