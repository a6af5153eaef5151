package dev.faultline.app.scoring;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a JSON document to a webhook, retrying a failed delivery (an exception or a status other
 * than 2xx) with a doubling backoff. Delivery never throws: the run it reports on has already been
 * stored, so a dead webhook is logged and given up on.
 *
 * <p>Every attempt of one delivery carries the same {@value #DELIVERY} id, so a receiver can drop a
 * retry it already processed. With a secret, each attempt also carries {@value #TIMESTAMP} (epoch
 * seconds of the attempt) and {@value #SIGNATURE}: {@code sha256=} and the hex HMAC-SHA256, keyed
 * with the secret, of {@code timestamp + "." + body} (the body's exact UTF-8 bytes).
 */
public final class WebhookNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String HMAC = "HmacSHA256";

    /** The delivery's id, the same on every attempt. */
    public static final String DELIVERY = "X-Faultline-Delivery";
    /** When the attempt was signed, in seconds since the epoch. */
    public static final String TIMESTAMP = "X-Faultline-Timestamp";
    /** {@code sha256=<hex HMAC-SHA256 of timestamp + "." + body>}. */
    public static final String SIGNATURE = "X-Faultline-Signature";

    private final URI url;
    private final int attempts;
    private final Duration backoff;
    private final HttpClient client;
    private final SecretKeySpec key;
    private final Clock clock;

    /** An unsigned webhook. */
    public WebhookNotifier(URI url, int attempts, Duration backoff) {
        this(url, null, attempts, backoff, Clock.systemUTC());
    }

    /**
     * @param secret   the HMAC key that signs each attempt; null or blank for unsigned deliveries
     * @param attempts how many times to try, at least 1
     * @param backoff  the wait after the first failed attempt; it doubles after each further one
     * @param clock    the signature's timestamp
     */
    public WebhookNotifier(URI url, String secret, int attempts, Duration backoff, Clock clock) {
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
        this.key = secret == null || secret.isBlank() ? null : new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
        this.clock = clock;
    }

    /** {@code sha256=} and the hex HMAC-SHA256 of {@code timestamp + "." + body}, keyed with {@code secret}. */
    public static String signature(String secret, String timestamp, String body) {
        return sign(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC), timestamp, body);
    }

    private static String sign(SecretKeySpec key, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Cannot sign the webhook with " + HMAC, e);
        }
    }

    /** @return whether an attempt was answered with a 2xx status */
    public boolean deliver(String json) {
        String delivery = UUID.randomUUID().toString();
        Duration wait = backoff;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            String failure = send(request(json, delivery));
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

    /** One attempt: signed afresh, so that a retry's timestamp is its own, under the same delivery id. */
    private HttpRequest request(String json, String delivery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(DELIVERY, delivery);
        if (key != null) {
            String timestamp = String.valueOf(clock.instant().getEpochSecond());
            request.header(TIMESTAMP, timestamp).header(SIGNATURE, sign(key, timestamp, json));
        }
        return request.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
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
