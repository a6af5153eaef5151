package dev.faultline.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in and out in the browser, and what a role may open. */
class SignInBrowserIT extends BrowserIT {

    @Test
    void anonymousVisitorIsSentToALabelledSignInForm() {
        WebDriver driver = browser();
        driver.get(url("/"));

        assertThat(driver.getCurrentUrl()).isEqualTo(url("/login"));
        assertThat(driver.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("User name");
        assertThat(driver.findElement(By.cssSelector("label[for=password]")).getText()).isEqualTo("Password");
        assertThat(driver.findElements(By.cssSelector("input[name=_csrf]"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("nav"))).isEmpty();
        screenshot(driver, "login");
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        WebDriver driver = browser();
        signIn(driver, "admin", "not-the-password");

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("error"));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/login?error"));
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).isEqualTo("Wrong user name or password.");
        screenshot(driver, "login-error");
        driver.get(url("/"));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/login"));
    }

    @Test
    void adminSignsInAndOut() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);

        assertThat(driver.findElement(By.cssSelector(".user span")).getText()).isEqualTo("Signed in as admin (admin)");
        driver.findElement(By.cssSelector(".user button")).click();

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("logout"));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("You are signed out.");
        screenshot(driver, "signed-out");
        driver.get(url("/"));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/login"));
    }

    @Test
    void viewerSeesTheDashboardButNotWhatNeedsAnAnalyst() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);

        assertThat(driver.findElement(By.cssSelector(".user span")).getText()).isEqualTo("Signed in as viewer (viewer)");
        driver.get(url("/ingest/upload"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("403");
        screenshot(driver, "forbidden");
    }

    @Test
    void adminMayOpenWhatNeedsAnAnalyst() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);

        driver.get(url("/ingest/upload"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).as("no such page yet, but allowed").startsWith("404");
        screenshot(driver, "not-found");
    }
}
