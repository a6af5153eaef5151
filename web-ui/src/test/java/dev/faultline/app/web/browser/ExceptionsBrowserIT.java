package dev.faultline.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import dev.faultline.app.data.ExceptionEntry;
import dev.faultline.app.data.ExceptionReads;
import dev.faultline.app.data.ExceptionRegister;

/** The exceptions register on the demo enterprise: every exception, the counts, filters, sorting, the CSV. */
class ExceptionsBrowserIT extends BrowserIT {

    @Autowired
    private ExceptionReads exceptions;

    @Test
    void listsEveryExceptionWithItsOwnerExpiryCoverageAndFindingLinks() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        driver.get(url("/exceptions"));
        ExceptionRegister register = exceptions.register(null, null);

        assertThat(driver.getTitle()).isEqualTo("Exceptions register - Faultline");
        assertThat(register.exceptions()).hasSizeGreaterThan(5);
        List<WebElement> rows = driver.findElements(By.cssSelector("#exceptions tbody tr"));
        assertThat(rows).extracting(row -> row.getAttribute("data-key"))
                .containsExactlyElementsOf(register.exceptions().stream().map(ExceptionEntry::key).toList());
        assertThat(text(driver, "count-total")).isEqualTo(String.valueOf(register.exceptions().size()));
        assertThat(text(driver, "count-unaccountable")).isEqualTo(String.valueOf(count(register, e -> !"active".equals(e.ownerStatus()))));
        assertThat(text(driver, "count-expired")).isEqualTo(String.valueOf(count(register, ExceptionEntry::expired)));
        assertThat(text(driver, "count-privileged")).isEqualTo(String.valueOf(count(register, e -> e.privilegedIdentities() > 0)));

        Map<String, ExceptionEntry> byKey = register.exceptions().stream()
                .collect(Collectors.toMap(ExceptionEntry::key, Function.identity()));
        for (WebElement row : rows) {
            ExceptionEntry entry = byKey.get(row.getAttribute("data-key"));
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(cells.get(2).findElement(By.cssSelector(".badge")).getText()).isEqualTo(entry.ownerStatus());
            assertThat(cells.get(2).findElement(By.cssSelector(".badge")).getAttribute("class")).contains("owner-" + entry.ownerStatus());
            assertThat(cells.get(4).getAttribute("class").contains("expired")).isEqualTo(entry.expired());
            assertThat(cells.get(5).getText()).isEqualTo(String.format("%,d", entry.identities()));
            assertThat(cells.get(6).getText()).isEqualTo(String.format("%,d", entry.privilegedIdentities()));
            assertThat(cells.get(7).getText()).isEqualTo(String.format("%,d", entry.nhis()));
            assertThat(cells.get(8).findElements(By.cssSelector("a.finding-link")))
                    .extracting(a -> PageChecks.findingKey(a.getAttribute("href"), url("/findings/detail")))
                    .containsExactlyElementsOf(entry.findings());
        }
        assertThat(driver.findElements(By.cssSelector("#exceptions a.finding-link")))
                .hasSize(register.exceptions().stream().mapToInt(e -> e.findings().size()).sum()).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#exceptions thead th[scope=col]"))).hasSize(9);
        PageChecks.hostileNameIsInert(driver);
        screenshot(driver, "exceptions");
    }

    @Test
    void filtersByOwnerStatusAndTenantThroughTheForm() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        driver.get(url("/exceptions"));
        ExceptionRegister all = exceptions.register(null, null);
        String status = all.exceptions().stream().map(ExceptionEntry::ownerStatus).filter(s -> !"active".equals(s))
                .findFirst().orElseThrow();

        new Select(driver.findElement(By.id("f-owner"))).selectByValue(status);
        driver.findElement(By.cssSelector("#exception-filters button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("owner=" + status));

        assertThat(driver.findElements(By.cssSelector("#exceptions tbody tr"))).extracting(r -> r.getAttribute("data-key"))
                .containsExactlyElementsOf(all.exceptions().stream().filter(e -> status.equals(e.ownerStatus()))
                        .map(ExceptionEntry::key).toList());
        assertThat(driver.findElements(By.cssSelector("#exceptions tbody .badge.owner-" + status)))
                .hasSize(driver.findElements(By.cssSelector("#exceptions tbody tr")).size());

        String tenant = all.exceptions().get(all.exceptions().size() - 1).tenant();
        new Select(driver.findElement(By.id("f-owner"))).selectByValue("");
        new Select(driver.findElement(By.id("f-tenant"))).selectByValue(tenant);
        driver.findElement(By.cssSelector("#exception-filters button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("tenant=" + tenant));

        assertThat(driver.findElements(By.cssSelector("#exceptions tbody tr"))).extracting(r -> r.getAttribute("data-key"))
                .containsExactlyElementsOf(exceptions.register(tenant, null).exceptions().stream().map(ExceptionEntry::key).toList());
        assertThat(driver.findElements(By.cssSelector("#exceptions tbody tr"))).hasSizeLessThan(all.exceptions().size());
        screenshot(driver, "exceptions-filtered");
    }

    @Test
    void sortsByAColumnEitherWay() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        driver.get(url("/exceptions"));
        List<ExceptionEntry> all = exceptions.register(null, null).exceptions();

        driver.findElement(By.linkText("Identities")).click();
        assertThat(identities(driver)).isSortedAccordingTo(Comparator.naturalOrder()).hasSize(all.size());
        assertThat(driver.findElement(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort")).isEqualTo("ascending");

        driver.findElement(By.linkText("Identities")).click();
        assertThat(identities(driver)).isSortedAccordingTo(Comparator.reverseOrder())
                .first().isEqualTo(all.stream().mapToLong(ExceptionEntry::identities).max().orElseThrow());
        assertThat(driver.findElement(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort")).isEqualTo("descending");
    }

    @Test
    void downloadsTheRegisterAsCsvWithTheSameFilters() throws Exception {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        driver.get(url("/exceptions"));
        ExceptionRegister register = exceptions.register(null, null);

        HttpResponse<String> csv = PageChecks.getAsBrowser(driver, driver.findElement(By.id("csv-link")).getAttribute("href"));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"faultline-exceptions-" + register.run() + ".csv\"");
        assertThat(csv.body().lines().findFirst()).hasValue("key,tenant,policyKey,policyName,policyState,subjectKey,subjectName,"
                + "subjectLabel,ownerKey,ownerName,ownerStatus,ownerVia,approverKey,approverName,justification,ticket,"
                + "createdAt,expiresAt,expired,identities,privilegedIdentities,nhis,findings");
        assertThat(records(csv.body())).extracting(r -> r.get("key"))
                .containsExactlyElementsOf(register.exceptions().stream().map(ExceptionEntry::key).toList());

        driver.get(url("/exceptions?owner=unaccountable"));
        HttpResponse<String> narrowed = PageChecks.getAsBrowser(driver, driver.findElement(By.id("csv-link")).getAttribute("href"));
        assertThat(records(narrowed.body())).extracting(r -> r.get("ownerStatus"))
                .hasSize((int) count(register, e -> !"active".equals(e.ownerStatus()))).doesNotContain("active");
    }

    @Test
    void answersAnUnknownFilterWithANoticeAndTheCsvWith400() throws Exception {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);
        driver.get(url("/exceptions?owner=sleeping"));

        assertThat(driver.findElement(By.cssSelector(".notice.error")).getText()).contains("owner=sleeping");
        assertThat(driver.findElements(By.cssSelector("#exceptions tbody tr"))).hasSize(exceptions.register(null, null).exceptions().size());
        assertThat(PageChecks.getAsBrowser(driver, url("/exceptions.csv?owner=sleeping")).statusCode()).isEqualTo(400);
    }

    @Test
    void loadsWithoutAContentSecurityPolicyViolation() {
        WebDriver driver = signedIn("admin", ADMIN_PASSWORD);

        assertThat(PageChecks.consoleProblems(driver, url("/exceptions"))).isEmpty();
    }

    private static List<Long> identities(WebDriver driver) {
        return driver.findElements(By.cssSelector("#exceptions tbody tr td:nth-child(6)")).stream()
                .map(td -> Long.parseLong(td.getText().replace(",", ""))).toList();
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    private static long count(ExceptionRegister register, Predicate<ExceptionEntry> which) {
        return register.exceptions().stream().filter(which).count();
    }

    private static String text(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }
}
