package dev.faultline.app.scoring;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a JSON document to a webhook, retrying a failed delivery (an exception or a status other
 * than 2xx) with a doubling backoff. Delivery never throws: the run it reports on has already been
 * stored, so a dead webhook is logged and given up on.
 */
public final class WebhookNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI url;
    private final int attempts;
    private final Duration backoff;
    private final HttpClient client;

    /**
     * @param attempts how many times to try, at least 1
     * @param backoff  the wait after the first failed attempt; it doubles after each further one
     */
    public WebhookNotifier(URI url, int attempts, Duration backoff) {
        if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException("the webhook URL must be http or https, was " + url);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        this.url = url;
        this.attempts = attempts;
        this.backoff = backoff;
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** @return whether an attempt was answered with a 2xx status */
    public boolean deliver(String json) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        Duration wait = backoff;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            String failure = send(request);
            if (failure == null) {
                return true;
            }
            LOG.warn("Webhook {} attempt {} of {} failed: {}", url, attempt, attempts, failure);
            if (attempt < attempts && !sleep(wait)) {
                break;
            }
            wait = wait.multipliedBy(2);
        }
        LOG.error("Webhook {} not delivered; giving up", url);
        return false;
    }

    /** @return null when delivered, otherwise what went wrong */
    private String send(HttpRequest request) {
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "HTTP status " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
