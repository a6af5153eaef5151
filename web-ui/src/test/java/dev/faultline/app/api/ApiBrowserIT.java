package dev.faultline.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.faultline.app.web.browser.BrowserIT;

/** In the browser: an expired session under an open page, and the API's Swagger UI under the strict CSP. */
class ApiBrowserIT extends BrowserIT {

    @Test
    void anHtmxRequestAfterTheSessionExpiredGoesToTheSignInPageWithAMessage() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        driver.manage().deleteCookieNamed("SESSION");

        ((JavascriptExecutor) driver).executeScript("htmx.ajax('GET', '/', '#main')");

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/login?expired")));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Your session expired, sign in again.");
        assertThat(driver.findElements(By.cssSelector("header nav"))).isEmpty();
        screenshot(driver, "session-expired");
    }

    @Test
    void a401WithoutRedirectHeaderStillSendsAnHtmxPageToTheSignInPage() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        driver.manage().deleteCookieNamed("SESSION");

        ((JavascriptExecutor) driver).executeScript("htmx.ajax('GET', '/api/tenants', '#main')");

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/login?expired")));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Your session expired, sign in again.");
    }

    /**
     * Swagger UI runs no inline script; its bundle tries to add one inline style, which the policy
     * blocks (the page renders without it): that, and only that, may show in the console.
     */
    @Test
    void swaggerUiListsTheApiUnderTheUnchangedContentSecurityPolicy() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        var logs = ((ChromeDriver) driver).manage().logs();
        logs.get(LogType.BROWSER);

        driver.get(url("/api/docs"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".opblock-summary-path")).isEmpty());

        List<String> paths = driver.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(WebElement::getText).map(text -> text.replace("\u200b", "")).toList();
        assertThat(paths).contains("/api/findings", "/api/finding", "/api/runs/{id}/plan", "/api/ingest/analyze");
        screenshot(driver, "api-docs");
        List<String> errors = logs.get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(entry -> entry.getMessage()).toList();
        assertThat(errors).allSatisfy(error -> assertThat(error).contains("swagger-ui-bundle.js")
                .contains("Applying inline style violates").contains("'style-src 'self''"));
        assertThat(String.join("\n", errors)).doesNotContain("script-src", "unsafe-eval");
    }
}
