package dev.faultline.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.testsupport.TestNeo4j;

/**
 * The dashboard before anything is analyzed says what to do: the real page on the real, emptied
 * Neo4j (the next browser test loads the demo again).
 */
class EmptyDashboardBrowserIT extends BrowserIT {

    @Test
    void beforeAnyDataTellsHowToLoadAndAnalyze() {
        TestNeo4j.get().clean();
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);

        assertThat(driver.findElement(By.id("empty-heading")).getText()).isEqualTo("No analysis yet");
        assertThat(driver.findElement(By.cssSelector(".empty pre")).getText()).contains("faultline ingest PATH", "faultline analyze");
        assertThat(driver.findElements(By.id("trend-chart"))).isEmpty();
        screenshot(driver, "dashboard-empty");
    }

    @Test
    void withDataButNoAnalysisTellsHowToAnalyze() {
        TestNeo4j.get().clean();
        new BundleLoader(TestNeo4j.get().driver(), "neo4j", 1000, IngestListener.NONE)
                .ingest(List.of(Path.of("../examples/bundle")));
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);

        assertThat(driver.findElement(By.cssSelector(".empty pre")).getText()).isEqualTo("faultline analyze");
        assertThat(driver.findElements(By.cssSelector("#ingest-runs tbody tr"))).hasSize(1);
        screenshot(driver, "dashboard-not-analyzed");
    }
}
