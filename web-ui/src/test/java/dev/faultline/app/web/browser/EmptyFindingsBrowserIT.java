package dev.faultline.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import dev.faultline.testsupport.TestNeo4j;

/**
 * The findings page, its export and the explorer before anything is analyzed: the real pages on the
 * real, emptied Neo4j (the next browser test loads the demo again).
 */
class EmptyFindingsBrowserIT extends BrowserIT {

    @Test
    void beforeAnyAnalysisTheFindingsSayHowToRunOneAndTheExplorerFindsNothing() throws Exception {
        TestNeo4j.get().clean();
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        driver.get(url("/findings"));

        assertThat(driver.findElement(By.id("empty-heading")).getText()).isEqualTo("No analysis yet");
        assertThat(driver.findElement(By.cssSelector("#findings-empty pre")).getText()).isEqualTo("faultline analyze");
        assertThat(driver.findElements(By.id("findings-table"))).isEmpty();
        screenshot(driver, "findings-empty");

        HttpResponse<String> csv = FindingsBrowserIT.get(driver, url("/findings.csv"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"faultline-findings-none.csv\"");
        assertThat(csv.body()).isEqualTo("key,rule,severity,subjectKey,subjectName,tenant,ownerKey,ownerName,ownerStatus,"
                + "ownerVia,firstSeen,lastSeen\r\n");

        driver.get(url("/findings?run=analysis-19990101T000000Z"));
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("There is no analysis run analysis-19990101T000000Z.");

        driver.get(url("/explorer?q=anything"));
        assertThat(driver.findElement(By.id("results-heading")).getText()).isEqualTo("No node matches \"anything\"");
        assertThat(driver.findElements(By.id("graph"))).isEmpty();
    }
}
