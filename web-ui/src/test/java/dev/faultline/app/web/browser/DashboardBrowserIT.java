package dev.faultline.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.faultline.app.demo.DemoEnterprise;
import dev.faultline.app.web.Navigation;

/** The dashboard on the demo enterprise, signed in as admin. */
class DashboardBrowserIT extends BrowserIT {

    @Test
    void showsTheScoresTheTrendChartAndTheRuns() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);

        assertThat(driver.getTitle()).isEqualTo("Dashboard - Faultline");
        assertThat(driver.findElement(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("Dashboard");
        assertThat(Integer.parseInt(driver.findElement(By.id("org-score")).getText())).isBetween(1, 100);
        assertThat(driver.findElements(By.cssSelector("#tenant-scores tbody tr"))).hasSize(DemoEnterprise.DEMO.tenants());
        assertThat(driver.findElements(By.cssSelector("#rule-counts tbody tr"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(driver.findElements(By.cssSelector("#analysis-runs tbody tr"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("#ingest-runs tbody tr"))).hasSize(2);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> ((JavascriptExecutor) d)
                .executeScript("var c = document.getElementById('trend-chart'); return c && c.chart ? c.chart.data.labels.length : 0;")
                .equals(2L));
        WebElement canvas = driver.findElement(By.id("trend-chart"));
        assertThat(canvas.getSize().getHeight()).isGreaterThan(100);
        screenshot(driver, "dashboard");
    }

    /** The browser's log is drained first: it holds what earlier tests' pages logged. */
    @Test
    void loadsEveryScriptAndStyleWithoutAContentSecurityPolicyViolation() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        var logs = ((org.openqa.selenium.chrome.ChromeDriver) driver).manage().logs();
        logs.get(org.openqa.selenium.logging.LogType.BROWSER);
        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return typeof htmx !== 'undefined' && typeof Chart !== 'undefined'"));

        List<String> errors = logs.get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(entry -> entry.getMessage()).toList();
        assertThat(errors).isEmpty();
    }

    @Test
    void showsTheHostileNameAsTextAndRunsNoScriptOfIt() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);

        List<String> subjects = driver.findElements(By.cssSelector("#new-findings .subject")).stream()
                .map(WebElement::getText).toList();
        assertThat(subjects).contains(DemoEnterprise.HOSTILE_NAME);
        assertThat(driver.getPageSource()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain(DemoEnterprise.HOSTILE_NAME);
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void theAdminsHeaderWithEveryPageFitsOneLineOnALaptopScreen() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);

        List<WebElement> links = driver.findElements(By.cssSelector(".site-header nav a"));
        WebElement signOut = driver.findElement(By.cssSelector(".site-header .user button"));
        assertThat(links).hasSize(Navigation.ENTRIES.size());
        int middle = signOut.getRect().getY() + signOut.getRect().getHeight() / 2;
        assertThat(links).allSatisfy(link -> assertThat(link.getRect().getY() + link.getRect().getHeight() / 2)
                .as(link.getText()).isCloseTo(middle, org.assertj.core.data.Offset.offset(12)));
    }

    @Test
    void everyControlIsReachableByKeyboard() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);

        List<String> focused = new ArrayList<>();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("document.activeElement.blur()");
        for (int i = 0; i < 3 + Navigation.ENTRIES.size() && !focused.contains("BUTTON:Sign out"); i++) {
            driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
            focused.add((String) js.executeScript("var e = document.activeElement; return e.tagName + ':' + e.textContent.trim();"));
        }
        assertThat(focused).contains("A:Skip to content", "A:Dashboard", "BUTTON:Sign out");
    }
}
