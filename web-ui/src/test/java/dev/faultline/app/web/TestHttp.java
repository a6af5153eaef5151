package dev.faultline.app.web;

import java.net.http.HttpClient;

/**
 * The HTTP client every test talks to the application with: HTTP/1.1, which is what the server
 * speaks (the JDK's default, HTTP/2, would offer an {@code h2c} upgrade on every connection), and
 * redirects not followed, so that a test sees them.
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
