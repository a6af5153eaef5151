package dev.faultline.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.faultline.app.web.TestHttp;

/** Plain HTTP, no browser: what the anonymous reach, and the security headers. */
class AccessIT extends BrowserIT {

    private final HttpClient http = TestHttp.client();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/css/faultline.css", "/js/faultline.js", "/js/dashboard.js", "/favicon.svg",
            "/webjars/htmx.org/dist/htmx.min.js", "/webjars/chart.js/dist/chart.umd.js", "/health"})
    void theSignInPageAssetsAndHealthAreOpenToTheAnonymous(String path) throws Exception {
        assertThat(get(path).statusCode()).as(path).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?x=1", "/ingest", "/ingest/upload", "/admin", "/findings", "/anything/else", "/error",
            "/runs", "/runs/diff?a=previous&b=latest", "/whatif"})
    void everyPageSendsTheAnonymousToTheSignInPage(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/anything", "/api/ingest/bundles", "/api/findings"})
    void theApiAnswersTheAnonymous401(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(401);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void signOutAndSignInWithoutTheCsrfTokenAreRefused() throws Exception {
        for (String path : new String[] {"/logout", "/login"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndSecurityHeaders() throws Exception {
        HttpResponse<String> response = get("/login");

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                        "frame-ancestors 'none'", "form-action 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.body()).doesNotContain("<script>").contains("name=\"_csrf\"");
    }
}
