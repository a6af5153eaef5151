package dev.faultline.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.faultline.app.web.TestHttp;

/** Plain HTTP: a viewer may open the exceptions, tenants and remediation pages; the anonymous may not. */
class TablePagesAccessIT extends BrowserIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"/exceptions", "/exceptions?owner=missing&sort=expires&dir=desc", "/exceptions.csv", "/tenants",
            "/remediation"})
    void aViewerMayOpenThem(String path) throws Exception {
        HttpClient viewer = signedInClient("viewer", VIEWER_PASSWORD);

        HttpResponse<String> response = viewer.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.body()).as(path).doesNotContain("<script>alert(1)</script>");
        if (!path.endsWith(".csv")) {
            assertThat(response.body()).contains("Signed in as viewer (viewer)").doesNotContain("<style", "style=\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/exceptions", "/exceptions.csv", "/tenants", "/tenants/cell?from=a&to=b", "/remediation"})
    void theAnonymousAreSentToSignIn(String path) throws Exception {
        HttpResponse<String> response = TestHttp.client().send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(path).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    /** Signs in through the form, with the CSRF token the sign-in page hands out. */
    private HttpClient signedInClient(String user, String password) throws Exception {
        HttpClient http = TestHttp.builder().cookieHandler(new CookieManager()).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the sign-in page's CSRF token").isTrue();
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return http;
    }
}
