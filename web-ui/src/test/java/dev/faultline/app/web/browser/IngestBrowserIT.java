package dev.faultline.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.app.web.TestHttp;
import dev.faultline.ingest.generate.GeneratorSettings;
import dev.faultline.ingest.generate.SyntheticEnterprise;
import dev.faultline.testsupport.TestNeo4j;

/**
 * The Ingest page on the demo enterprise: uploads through the browser's file input, the progress
 * while the file loads, refusals, the run history, an analysis started from the page, and the
 * viewer kept out. Uploads use sources of their own; the database is emptied afterwards, so the
 * next browser test loads the demo again. The analysis comes first, on the demo alone (an analysis
 * of the demo and the upload together takes minutes on a shared build machine), from the idle page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestBrowserIT extends BrowserIT {

    /** Large enough that writing takes several batches of 10,000 rows, so progress is seen between them. */
    static final GeneratorSettings UPLOAD = new GeneratorSettings(2, 6_000, 99);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = TestHttp.client();

    @TempDir
    Path temp;

    @AfterAll
    static void leaveTheDemoToBeLoadedAgain() {
        TestNeo4j.get().clean();
    }

    @Test
    @Order(2)
    void anUploadedBundleLoadsWithProgressAndIsListedAsSucceededWithItsRows() throws Exception {
        Path zip = generatedBundleZip();
        long expectedRows = csvRows(temp.resolve("generated"));
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        awaitNoLoad(driver);
        assertThat(driver.getTitle()).isEqualTo("Ingest - Faultline");
        assertThat(driver.findElement(By.cssSelector("label[for=upload-file]")).getText()).isEqualTo("Bundle (.zip) or export file");

        driver.findElement(By.id("upload-file")).sendKeys(zip.toString());
        driver.findElement(By.id("upload-submit")).click();
        List<WebElement> bars = wait(driver, 60).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("progress#ingest-progress"));
            return found.isEmpty() ? null : found;
        });
        assertThat(bars).hasSize(1);
        String jobId = wait(driver, 10).until(d -> jobId(d));

        String refusal = upload(session(driver), csrf(driver), "second.json", "{}");
        assertThat(refusal).contains("A file is loading (" + zip.getFileName() + ")");
        HttpResponse<String> analysis = http.send(HttpRequest.newBuilder(URI.create(url("/api/ingest/analyze")))
                .header("Authorization", "Bearer " + ANALYST_TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(analysis.statusCode()).as("no analysis of a half-loaded graph").isEqualTo(409);
        assertThat(JSON.readTree(analysis.body()).get("detail").asText()).contains("A file is loading (" + zip.getFileName() + ")");

        List<JsonNode> states = new ArrayList<>();
        boolean shot = false;
        boolean midway = false;
        JsonNode state;
        do {
            state = JSON.readTree(get("/api/ingest/jobs/" + jobId, session(driver)).body());
            states.add(state);
            double shown = shownProgress(driver);
            if (shown > 0 && shown < 1 && (!shot || !midway && shown >= 0.1 && shown <= 0.95)) {
                screenshot(driver, "ingest-progress");
                shot = true;
                midway = shown >= 0.1 && shown <= 0.95;
            }
            Thread.sleep(50);
        } while ("running".equals(state.path("status").asText()));

        assertThat(state.path("status").asText()).as(state.toString()).isEqualTo("succeeded");
        assertThat(states).as("the job reported rows written part way through a phase")
                .anySatisfy(s -> {
                    assertThat(s.path("status").asText()).isEqualTo("running");
                    assertThat(s.path("done").asLong()).isPositive().isLessThan(s.path("total").asLong());
                    assertThat(s.path("percent").asInt()).isBetween(0, 99);
                });
        assertThat(shot).as("the browser showed the progress bar with rows written").isTrue();
        List<String> phases = new ArrayList<>();
        state.path("phases").forEach(p -> phases.add(p.path("name").asText()));
        assertThat(phases).startsWith("reading", "validating", "writing nodes", "writing relationships")
                .endsWith("resolving identities across tenants");
        assertThat(state.path("phases")).anySatisfy(p -> assertThat(p.path("updates").asLong()).isGreaterThan(1));
        assertThat(state.path("rowsLoaded").asLong()).isEqualTo(expectedRows);
        assertThat(state.path("runs").get(0).path("source").asText()).isEqualTo(UPLOAD.source());

        String rows = String.format("%,d", expectedRows);
        wait(driver, 10).until(d -> d.findElement(By.id("ingest-result")).getText().contains("Loaded " + rows + " rows"));
        assertThat(driver.findElement(By.cssSelector("#ingest-job h3")).getText()).isEqualTo("Loaded " + zip.getFileName());
        WebElement newest = wait(driver, 10).until(d -> {
            WebElement row = d.findElement(By.cssSelector("#ingest-history tbody tr"));
            return row.getText().contains(UPLOAD.source()) ? row : null;
        });
        assertThat(newest.findElement(By.cssSelector("td.status")).getText()).isEqualTo("succeeded");
        assertThat(newest.findElement(By.cssSelector("td.rows")).getText()).isEqualTo(rows);
        assertThat(newest.findElement(By.cssSelector("td.inputs")).getText()).isEqualTo(zip.getFileName().toString());
        assertThat(driver.findElements(By.cssSelector("#ingest-job[hx-trigger]"))).as("polling stopped").isEmpty();
        screenshot(driver, "ingest-done");
        assertThat(uploadsLeft()).as("the uploaded file is removed once loaded").isEmpty();
    }

    @Test
    @Order(3)
    void aMalformedExportIsRefusedNamingFileRecordAndFieldAndNothingIsLost() throws Exception {
        Path bad = temp.resolve("opengraph-bad-date.json");
        Files.writeString(bad, """
                {"graph": {"nodes": [{"id": "u1", "kinds": ["AZUser"], "properties": {"tenantid": "t1", "name": "u1",
                 "created": "31/12/2025"}}], "edges": []}}
                """, StandardCharsets.UTF_8);
        long[] before = graphCounts();
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        awaitNoLoad(driver);

        driver.findElement(By.id("upload-file")).sendKeys(bad.toString());
        driver.findElement(By.id("upload-submit")).click();
        WebElement error = wait(driver, 60).until(d -> d.findElement(By.id("ingest-error")));

        assertThat(error.getText()).startsWith("cannot read opengraph-bad-date.json: graph.nodes[0] (id u1): "
                + "field 'properties.created': not a date: '31/12/2025'");
        assertThat(driver.findElement(By.id("ingest-intact")).getText())
                .isEqualTo("Nothing was written: the data loaded before is intact.");
        WebElement newest = wait(driver, 10).until(d -> {
            WebElement row = d.findElement(By.cssSelector("#ingest-history tbody tr"));
            return row.getText().contains("opengraph-bad-date.json") ? row : null;
        });
        assertThat(newest.findElement(By.cssSelector("td.status")).getText()).isEqualTo("failed");
        assertThat(newest.findElement(By.cssSelector("td.error-cell")).getText()).contains("field 'properties.created'");
        screenshot(driver, "ingest-failed");

        driver.findElement(By.id("upload-file")).sendKeys(brokenBundleZip().toString());
        driver.findElement(By.id("upload-submit")).click();
        WebElement report = wait(driver, 60).until(d -> {
            WebElement pre = d.findElement(By.id("ingest-error"));
            return pre.getText().startsWith("Invalid bundle") ? pre : null;
        });
        assertThat(report.getText().lines()).satisfiesExactly(
                line -> assertThat(line).isEqualTo("Invalid bundle broken-bundle.zip: 1 error(s)"),
                line -> assertThat(line).startsWith("identities.csv:2: column 'kind' value 'robot': unknown enum value: "
                        + "expected one of ").contains("service-principal"));
        assertThat(driver.findElement(By.id("ingest-intact")).getText())
                .isEqualTo("Nothing was written: the data loaded before is intact.");
        assertThat(graphCounts()).as("nodes and relationships before and after").containsExactly(before);
    }

    /** A bundle whose one identity has a kind the format does not know. */
    private Path brokenBundleZip() throws IOException {
        Path zip = temp.resolve("broken-bundle.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("manifest.json"));
            out.write("{\"format\": \"faultline-bundle\", \"version\": 1, \"source\": \"broken-upload\"}".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("tenants.csv"));
            out.write("id,name,kind,status\nbroken-t,Broken,entra,active\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("identities.csv"));
            out.write("id,tenant,kind,name,status\nbroken-t/u/1,broken-t,robot,r1,active\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }

    @Test
    @Order(1)
    void anAnalysisStartedFromThePageCompletesAndIsListed() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        driver.get(url("/ingest"));
        List<String> runsBefore = driver.findElements(By.cssSelector("#analysis-history tbody tr")).stream()
                .map(row -> row.getAttribute("data-run")).toList();
        assertThat(runsBefore).hasSizeGreaterThanOrEqualTo(2);
        screenshot(driver, "ingest-idle");

        driver.findElement(By.id("start-analysis")).click();
        wait(driver, 10).until(d -> d.findElement(By.cssSelector("#analysis-job[data-status]")));
        WebElement status = wait(driver, 300).until(d -> {
            WebElement job = d.findElement(By.id("analysis-job"));
            return "running".equals(job.getAttribute("data-status")) ? null : job;
        });
        screenshot(driver, "ingest-analyzed");

        assertThat(status.getAttribute("data-status")).as(status.getText()).isEqualTo("succeeded");
        assertThat(status.getText()).containsPattern("Analysis analysis-\\S+ succeeded: [0-9,]+ findings");
        assertThat(status.findElement(By.linkText("Open the dashboard")).getAttribute("href")).isEqualTo(url("/"));
        List<String> runsAfter = wait(driver, 10).until(d -> {
            List<String> ids = d.findElements(By.cssSelector("#analysis-history tbody tr")).stream()
                    .map(row -> row.getAttribute("data-run")).toList();
            return ids.size() > runsBefore.size() ? ids : null;
        });
        assertThat(runsAfter.subList(1, runsAfter.size())).containsExactlyElementsOf(runsBefore);
        assertThat(status.getText()).contains(runsAfter.get(0));
        assertThat(driver.findElement(By.cssSelector("#analysis-history tbody tr td.status")).getText()).isEqualTo("succeeded");
    }

    @Test
    void theViewerIsRefusedThePageAndEveryAction() throws Exception {
        WebDriver driver = signedIn("viewer", VIEWER_PASSWORD);
        assertThat(driver.findElements(By.cssSelector("nav a[href='/ingest']"))).isEmpty();

        driver.get(url("/ingest"));
        assertThat(driver.getTitle()).isEqualTo("403 - Faultline");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("403");
        screenshot(driver, "ingest-viewer-403");

        driver.get(url("/"));
        String session = session(driver);
        String[] csrf = csrf(driver);
        for (String path : new String[] {"/ingest/uploads", "/ingest/analysis"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Cookie", "SESSION=" + session).header(csrf[0], csrf[1])
                    .header("Content-Type", "multipart/form-data; boundary=x")
                    .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(403);
        }
        assertThat(get("/api/ingest/jobs/upload-1", session).statusCode()).isEqualTo(403);
        assertThat(get("/ingest/history", session).statusCode()).isEqualTo(403);
    }

    @Test
    void loadsWithoutAContentSecurityPolicyViolation() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        var logs = ((ChromeDriver) driver).manage().logs();
        logs.get(LogType.BROWSER);
        driver.get(url("/ingest"));
        wait(driver, 10).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return typeof htmx !== 'undefined'"));

        assertThat(logs.get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(entry -> entry.getMessage()).toList()).isEmpty();
    }

    private Path generatedBundleZip() throws IOException {
        Path dir = temp.resolve("generated");
        new SyntheticEnterprise().generate(UPLOAD, dir);
        Path zip = temp.resolve("synthetic-99.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    /** Rows of the bundle's CSV files: lines after the header (the generator writes no line breaks in cells). */
    private static long csvRows(Path dir) throws IOException {
        long rows = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                try (Stream<String> lines = Files.lines(file)) {
                    rows += lines.skip(1).filter(line -> !line.isBlank()).count();
                }
            }
        }
        return rows;
    }

    private static long[] graphCounts() {
        var record = TestNeo4j.get().driver().executableQuery(
                "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships")
                .execute().records().get(0);
        return new long[] {record.get("nodes").asLong(), record.get("relationships").asLong()};
    }

    private static List<Path> uploadsLeft() throws IOException {
        Path uploads = Path.of(System.getProperty("java.io.tmpdir"), "browser-it-data", "uploads");
        if (!Files.exists(uploads)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(uploads)) {
            return files.toList();
        }
    }

    /** Opens the page and waits until no load of an earlier test runs (the page polls while one does). */
    private void awaitNoLoad(WebDriver driver) {
        driver.get(url("/ingest"));
        wait(driver, 300).until(d -> d.findElements(By.cssSelector("#ingest-job[hx-trigger]")).isEmpty());
    }

    /** The fraction the browser's progress bar shows: 0 when there is none or it is indeterminate. */
    private static double shownProgress(WebDriver driver) {
        Object shown = ((JavascriptExecutor) driver).executeScript(
                "var p = document.getElementById('ingest-progress');"
                + " return p && p.hasAttribute('value') && p.max > 0 ? p.value / p.max : 0;");
        return ((Number) shown).doubleValue();
    }

    private static String jobId(WebDriver driver) {
        String poll = driver.findElement(By.id("ingest-job")).getAttribute("hx-get");
        return poll == null ? null : poll.substring(poll.lastIndexOf('/') + 1);
    }

    /** Waits through htmx swaps: an element read just before its fragment is replaced is looked up again. */
    private static WebDriverWait wait(WebDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static String session(WebDriver driver) {
        return driver.manage().getCookieNamed("SESSION").getValue();
    }

    /** The CSRF header's name and the token, from the layout's meta tags. */
    private static String[] csrf(WebDriver driver) {
        return new String[] {driver.findElement(By.cssSelector("meta[name=csrf-header]")).getAttribute("content"),
                driver.findElement(By.cssSelector("meta[name=csrf-token]")).getAttribute("content")};
    }

    private HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", "SESSION=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts one file as the form does (multipart, field {@code file}, the CSRF header); returns the answer's body. */
    private String upload(String session, String[] csrf, String name, String content) throws IOException, InterruptedException {
        String boundary = "faultline-test-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try (OutputStream out = body) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/json\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/ingest/uploads")))
                .header("Cookie", "SESSION=" + session).header(csrf[0], csrf[1])
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
