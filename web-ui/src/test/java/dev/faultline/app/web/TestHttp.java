package dev.faultline.app.web;

import java.net.http.HttpClient;

/**
 * The HTTP client every test talks to the application with: HTTP/1.1, redirects not followed.
 *
 * <p>The JDK client's default (HTTP/2 over cleartext) offers an {@code Upgrade: h2c} the server does
 * not take; two such requests at once sometimes got their connection closed before any answer
 * ("header parser received no bytes"), and a POST is not retried. The server speaks HTTP/1.1, so
 * the tests do too.
 */
public final class TestHttp {

    private TestHttp() {
    }

    public static HttpClient.Builder builder() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER);
    }

    public static HttpClient client() {
        return builder().build();
    }
}
