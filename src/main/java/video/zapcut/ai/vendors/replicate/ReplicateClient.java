package video.zapcut.ai.vendors.replicate;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import video.zapcut.ai.vendors.http.Endpoint;
import video.zapcut.ai.vendors.http.Multipart;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.ai.vendors.http.VendorHttp;
import video.zapcut.ai.vendors.http.VendorInterruptedException;
import video.zapcut.common.Json;

/**
 * Replicate's predictions API. {@link #run} creates a prediction holding the request with
 * {@code Prefer: wait=N}, then polls {@code urls.get} with growing intervals until it is terminal.
 * An interrupted thread (a cancelled job) sends {@code POST urls.cancel} for the prediction in
 * flight before it throws. Failed, canceled and aborted predictions are fatal errors.
 */
public final class ReplicateClient {
    private static final Logger log = LoggerFactory.getLogger(ReplicateClient.class);
    private static final Pattern VERSION_ID = Pattern.compile("[0-9a-f]{64}");
    private final VendorHttp http;
    private final Endpoint endpoint;
    private final int waitSeconds;
    private final Duration firstPoll;
    private final Duration maxPoll;
    private final Duration deadline;

    public ReplicateClient(VendorHttp http, Endpoint endpoint, int waitSeconds, Duration firstPoll, Duration maxPoll, Duration deadline) {
        this.http = http;
        this.endpoint = endpoint;
        this.waitSeconds = waitSeconds;
        this.firstPoll = firstPoll;
        this.maxPoll = maxPoll;
        this.deadline = deadline;
    }

    public VendorHttp http() { return http; }

    /** Runs {@code model} ("owner/name", "owner/name:version" or a version id) on {@code input} to completion. */
    public Prediction run(String model, JsonNode input) {
        Prediction p = create(model, input);
        return await(p);
    }

    public Prediction create(String model, JsonNode input) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        String path;
        if (model.contains(":") || VERSION_ID.matcher(model).matches()) {
            path = "/v1/predictions";
            body.put("version", model);
        } else {
            path = "/v1/models/" + model + "/predictions";
        }
        body.set("input", input);
        String payload = Json.write(body);
        // Creating twice costs twice: only retry what the server says it did not take (429, 5xx before a body).
        JsonNode r = http.json(() -> auth(HttpRequest.newBuilder(endpoint.uri(path)))
                .header("Content-Type", "application/json")
                .header("Prefer", "wait=" + waitSeconds)
                .header("Cancel-After", deadline.toMinutes() + "m")
                .POST(HttpRequest.BodyPublishers.ofString(payload)), Duration.ofSeconds(waitSeconds).plus(http.timeout()));
        Prediction p = Prediction.of(r);
        if (p.id() == null) throw new VendorException("replicate", 201, false, null, "malformed_response", "prediction without an id", null);
        return p;
    }

    public Prediction await(Prediction p) {
        Duration wait = firstPoll;
        long started = System.nanoTime();
        try {
            while (!p.terminal()) {
                if (Thread.currentThread().isInterrupted()) throw new InterruptedException("job cancelled");
                http.sleeper().sleep(wait);
                wait = wait.multipliedBy(2).compareTo(maxPoll) > 0 ? maxPoll : wait.multipliedBy(2);
                String get = p.getUrl() != null ? p.getUrl() : endpoint.uri("/v1/predictions/" + p.id()).toString();
                Prediction current = p;
                p = Prediction.of(http.json(() -> auth(HttpRequest.newBuilder(sameHost(get, current))).GET()));
                if (Duration.ofNanos(System.nanoTime() - started).compareTo(deadline) > 0 && !p.terminal()) {
                    cancel(p);
                    throw new VendorException("replicate", -1, true, null, "deadline",
                            "prediction " + p.id() + " still " + p.status() + " after " + deadline.toMinutes() + " min; cancelled", null);
                }
            }
        } catch (InterruptedException | VendorInterruptedException e) {
            Thread.interrupted();
            try {
                cancel(p);
            } finally {
                Thread.currentThread().interrupt();
            }
            throw new VendorInterruptedException("replicate", "cancelled prediction " + p.id(),
                    e instanceof InterruptedException ie ? ie : new InterruptedException("job cancelled"));
        }
        return switch (p.status()) {
            case "succeeded" -> p;
            case "failed" -> throw new PredictionFailedException(p, "prediction " + p.id() + " failed: " + (p.error() == null ? "no reason given" : p.error()));
            default -> throw new PredictionFailedException(p, "prediction " + p.id() + " was " + p.status() + " by the provider");
        };
    }

    /** Best effort: a cancel that fails is logged, never thrown over the original cause. */
    public void cancel(Prediction p) {
        if (p == null || p.id() == null) return;
        String url = p.cancelUrl() != null ? p.cancelUrl() : endpoint.uri("/v1/predictions/" + p.id() + "/cancel").toString();
        try {
            http.once(auth(HttpRequest.newBuilder(sameHost(url, p))).POST(HttpRequest.BodyPublishers.noBody()), http.timeout());
            log.info("replicate: cancelled prediction {}", p.id());
        } catch (RuntimeException e) {
            log.warn("replicate: could not cancel prediction {}: {}", p.id(), e.getMessage());
        }
    }

    /** Uploads a local file (a keyframe, a reference) through the Files API; returns its URL for model inputs. */
    public String upload(Path file, String contentType) {
        Multipart form = new Multipart().file("content", file, contentType);
        byte[] bytes = form.bytes();
        JsonNode r = http.json(() -> auth(HttpRequest.newBuilder(endpoint.uri("/v1/files")))
                .header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
        String url = r.at("/urls/get").asString(null);
        if (url == null) throw new VendorException("replicate", 201, false, null, "malformed_response", "file upload without urls.get", null);
        return url;
    }

    /** Downloads an output at once (they expire after an hour). */
    public Path download(String uri, Path out) {
        return http.download(URI.create(uri), out);
    }

    /** {@code GET /v1/account}: free, proves the token. */
    public String check() {
        JsonNode r = http.json(() -> auth(HttpRequest.newBuilder(endpoint.uri("/v1/account"))).GET());
        return "ok (account " + r.path("username").asString("?") + ")";
    }

    private HttpRequest.Builder auth(HttpRequest.Builder b) {
        return b.header("Authorization", "Bearer " + endpoint.apiKey());
    }

    /** urls.get/cancel must point at the API we were configured with; the token is never sent elsewhere. */
    private URI sameHost(String url, Prediction p) {
        URI u = URI.create(url);
        URI base = URI.create(endpoint.baseUrl());
        if (u.getHost() != null && u.getHost().equalsIgnoreCase(base.getHost()) && u.getPort() == base.getPort()) return u;
        return endpoint.uri(url.endsWith("/cancel") ? "/v1/predictions/" + p.id() + "/cancel" : "/v1/predictions/" + p.id());
    }

    static boolean isFile(Path p) { return p != null && Files.isRegularFile(p); }
}
