package dev.faultline.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntries;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import dev.faultline.app.demo.DemoEnterprise;
import dev.faultline.app.web.TestHttp;

/** Checks the table pages' browser tests share: a clean console, escaped names, requests with the browser's session. */
final class PageChecks {

    private PageChecks() {
    }

    /** Opens {@code url} with the browser's log drained first, and returns what the page logged (warnings and worse). */
    static List<String> consoleProblems(WebDriver driver, String url) {
        var logs = ((ChromeDriver) driver).manage().logs();
        logs.get(LogType.BROWSER);
        driver.get(url);
        LogEntries entries = logs.get(LogType.BROWSER);
        return entries.getAll().stream().filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** The hostile name never reaches the page as markup, and no script of it ran. */
    static void hostileNameIsInert(WebDriver driver) {
        assertThat(driver.getPageSource()).doesNotContain(DemoEnterprise.HOSTILE_NAME);
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    /** GET {@code url} with the browser's session cookie, as the signed-in user. */
    static HttpResponse<String> getAsBrowser(WebDriver driver, String url) throws IOException, InterruptedException {
        String session = driver.manage().getCookieNamed("SESSION").getValue();
        return TestHttp.client().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "SESSION=" + session)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The finding key a link to the findings detail page carries, decoded; fails when the link goes elsewhere. */
    static String findingKey(String href, String findingPage) {
        assertThat(href).startsWith(findingPage + "?key=");
        return URLDecoder.decode(href.substring(findingPage.length() + "?key=".length()), StandardCharsets.UTF_8);
    }
}
