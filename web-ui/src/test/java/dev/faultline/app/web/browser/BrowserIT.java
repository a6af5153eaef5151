package dev.faultline.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.faultline.app.FaultlineApplication;
import dev.faultline.app.demo.DemoEnterprise;
import dev.faultline.app.security.ApiTokens;
import dev.faultline.testsupport.TestNeo4j;

/**
 * Base of the browser tests: the application on a random port against the test Neo4j, loaded once
 * per JVM with the demo enterprise ({@link DemoEnterprise}: two analyses, a hostile name), and a
 * headless Chromium (Debian's {@code chromium} and {@code chromedriver}) at 1366x768, a laptop's
 * screen. Tests are skipped, not failed, only where Chromium is not installed.
 *
 * <p>Users: {@code admin} / {@value #ADMIN_PASSWORD}, {@code viewer} / {@value #VIEWER_PASSWORD}; API
 * tokens {@value #VIEWER_TOKEN} (viewer) and {@value #ANALYST_TOKEN} (analyst).
 * {@link #screenshot} saves what the browser shows under {@code target/screenshots/}.
 */
@SpringBootTest(classes = FaultlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserIT {

    protected static final String ADMIN_PASSWORD = "admin-test-password";
    protected static final String VIEWER_PASSWORD = "viewer-test-password";
    /** REST API tokens: the viewer's configured by its SHA-256, the analyst's by bcrypt. */
    protected static final String VIEWER_TOKEN = "flt_viewer-test-token";
    protected static final String ANALYST_TOKEN = "flt_analyst-test-token";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of(System.getProperty("java.io.tmpdir"), "screenshots");

    private static boolean loaded;
    private static ChromeDriver browser;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void application(DynamicPropertyRegistry registry) {
        registry.add("faultline.neo4j.uri", TestNeo4j.get()::uri);
        registry.add("faultline.neo4j.password", TestNeo4j.get()::password);
        registry.add("faultline.admin-password", () -> ADMIN_PASSWORD);
        registry.add("faultline.users[0].name", () -> "viewer");
        registry.add("faultline.users[0].password", () -> new BCryptPasswordEncoder().encode(VIEWER_PASSWORD));
        registry.add("faultline.users[0].role", () -> "viewer");
        registry.add("faultline.api-tokens[0].name", () -> "viewer-token");
        registry.add("faultline.api-tokens[0].token-hash", () -> ApiTokens.hash(VIEWER_TOKEN));
        registry.add("faultline.api-tokens[0].role", () -> "viewer");
        registry.add("faultline.api-tokens[1].name", () -> "analyst-token");
        registry.add("faultline.api-tokens[1].token-hash", () -> new BCryptPasswordEncoder().encode(ANALYST_TOKEN));
        registry.add("faultline.api-tokens[1].role", () -> "analyst");
        registry.add("faultline.data-dir", () -> System.getProperty("java.io.tmpdir") + "/browser-it-data");
    }

    /**
     * Loads the demo unless the database holds it: other test classes share this Neo4j and may
     * have emptied or replaced it since.
     */
    @BeforeEach
    void loadDemoOnce() throws IOException {
        synchronized (BrowserIT.class) {
            if (!loaded || !demoPresent()) {
                TestNeo4j.get().clean();
                Path work = Files.createTempDirectory("browser-it-demo");
                new DemoEnterprise(TestNeo4j.get().driver(), "neo4j", 10_000).load(DemoEnterprise.DEMO, work,
                        DemoEnterprise.Steps.NONE);
                loaded = true;
            }
        }
    }

    private static boolean demoPresent() {
        return TestNeo4j.get().driver().executableQuery(
                "MATCH (r:IngestRun {source: 'demo-late-arrivals'}) RETURN count(r) > 0 AS present")
                .execute().records().get(0).get("present").asBoolean();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The shared browser, signed out. Skips the test where Chromium is not installed. */
    protected WebDriver browser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        synchronized (BrowserIT.class) {
            if (browser == null) {
                ChromeOptions options = new ChromeOptions();
                options.setBinary(CHROMIUM.toFile());
                options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1366,768", "--lang=en-US");
                options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
                browser = new ChromeDriver(service, options);
                browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            }
        }
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
        return browser;
    }

    /** The shared browser, signed in as {@code user}, on the dashboard. */
    protected WebDriver signedIn(String user, String password) {
        WebDriver driver = browser();
        signIn(driver, user, password);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));
        return driver;
    }

    protected void signIn(WebDriver driver, String user, String password) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    /**
     * Saves {@code name}.png (the 1366x768 viewport, as a laptop shows it) and {@code name}-full.png
     * (the whole page) under target/screenshots.
     */
    protected void screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File viewport = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(viewport.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            ChromeDriver chrome = (ChromeDriver) driver;
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                    .get("cssContentSize");
            Map<String, Object> full = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1)));
            Files.write(SCREENSHOTS.resolve(name + "-full.png"), Base64.getDecoder().decode((String) full.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the screenshot " + name, e);
        }
        assertThat(SCREENSHOTS.resolve(name + ".png")).exists();
    }

    /* The browser lives as long as the JVM: Chromium starts once for every class. */
    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (browser != null) {
                browser.quit();
            }
        }));
    }
}
