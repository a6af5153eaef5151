package dev.faultline.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import dev.faultline.app.demo.DemoEnterprise;
import dev.faultline.app.web.TestHttp;
import dev.faultline.testsupport.TestNeo4j;

/** {@code GET /runs/{id}/report} as a viewer, and the dashboard's link to it. */
class EvidencePackBrowserIT extends BrowserIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private HttpClient signedInViewer() throws Exception {
        HttpClient http = TestHttp.builder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(login);
        assertThat(token.find()).as("the sign-in page has a CSRF token").isTrue();
        String form = "username=viewer&password=" + URLEncoder.encode(VIEWER_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return http;
    }

    private static String latestRun() {
        return TestNeo4j.get().driver().executableQuery("MATCH (r:AnalysisRun {status: 'succeeded'}) "
                + "RETURN r.id AS id ORDER BY r.finishedAt DESC, r.id DESC LIMIT 1").execute().records().get(0)
                .get("id").asString();
    }

    @Test
    void aViewerDownloadsTheLatestRunsPackAsPdf() throws Exception {
        HttpClient http = signedInViewer();
        String run = latestRun();

        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url("/runs/latest/report?format=pdf")))
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"faultline-evidence-" + run + ".pdf\"");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(run, DemoEnterprise.HOSTILE_NAME);
        }
        HttpResponse<byte[]> byId = http.send(HttpRequest.newBuilder(URI.create(url("/runs/" + run + "/report?format=pdf")))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(byId.body()).isEqualTo(response.body());
    }

    @Test
    void theHtmlPackIsAPageUnderTheStrictPolicyWithTheNameEscaped() throws Exception {
        HttpClient http = signedInViewer();

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/runs/latest/report?format=html")))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("style-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(response.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script", "<style", "style=");
    }

    @Test
    void anUnknownRunIsNotFoundAndAnUnknownFormatABadRequest() throws Exception {
        HttpClient http = signedInViewer();

        assertThat(http.send(HttpRequest.newBuilder(URI.create(url("/runs/no-such-run/report?format=pdf"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url("/runs/latest/report?format=docx"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
    }

    @Test
    void theDashboardLinksTheLatestPackAndThePageShowsWithoutPolicyErrors() {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        WebElement link = driver.findElement(By.id("evidence-pack-link"));
        assertThat(link.getText()).isEqualTo("Evidence pack (PDF)");
        assertThat(link.getAttribute("href")).isEqualTo(url("/runs/latest/report?format=pdf"));
        screenshot(driver, "dashboard-evidence-link");

        var logs = ((org.openqa.selenium.chrome.ChromeDriver) driver).manage().logs();
        logs.get(org.openqa.selenium.logging.LogType.BROWSER);
        driver.get(url("/runs/latest/report?format=html"));
        assertThat(driver.findElement(By.id("run-id")).getText()).isEqualTo(latestRun());
        assertThat(driver.findElements(By.cssSelector("#findings-table tbody tr")).size()).isGreaterThan(100);
        assertThat(driver.findElements(By.cssSelector("svg rect")).size()).isGreaterThan(4);
        screenshot(driver, "evidence-pack-html");
        List<String> errors = logs.get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(entry -> entry.getMessage()).toList();
        assertThat(errors).isEmpty();
    }
}
