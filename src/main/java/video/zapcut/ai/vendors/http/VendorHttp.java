package video.zapcut.ai.vendors.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import video.zapcut.common.Json;

/**
 * One provider's HTTP: per-call timeouts and error sorting; retries (jittered backoff that honours
 * Retry-After), the circuit breaker and the bulkhead are the vendor's {@link VendorResilience}.
 * Requests are rebuilt for each attempt (bodies are not reused). Logs name the provider, method,
 * path and status, never headers or bodies.
 */
public final class VendorHttp {
    private static final Logger log = LoggerFactory.getLogger(VendorHttp.class);
    private final String provider;
    private final HttpClient client;
    private final VendorResilience resilience;
    private final ErrorClassifier classifier;
    private final Duration timeout;

    /** {@code resilience} is the vendor's own (one per vendor, shared by its clients); it names the provider. */
    public VendorHttp(HttpClient client, VendorResilience resilience, ErrorClassifier classifier, Duration timeout) {
        this.provider = resilience.provider();
        this.client = client;
        this.resilience = resilience;
        this.classifier = classifier;
        this.timeout = timeout;
    }

    public static HttpClient defaultClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    public String provider() { return provider; }
    public Duration timeout() { return timeout; }
    public Sleeper sleeper() { return resilience.sleeper(); }
    public VendorResilience resilience() { return resilience; }

    /** A JSON answer; an unreadable 2xx body counts as a retryable failure. */
    public JsonNode json(Supplier<HttpRequest.Builder> request) {
        return json(request, timeout);
    }

    public JsonNode json(Supplier<HttpRequest.Builder> request, Duration callTimeout) {
        return withRetries(() -> {
            HttpResponse<byte[]> r = once(request.get(), callTimeout);
            String body = new String(r.body(), StandardCharsets.UTF_8);
            try {
                JsonNode node = Json.MAPPER.readTree(body);
                if (node == null || node.isMissingNode()) throw new IllegalArgumentException("empty");
                return node;
            } catch (RuntimeException e) {
                throw new VendorException(provider, r.statusCode(), true, null, "malformed_response",
                        "HTTP " + r.statusCode() + " with a body that is not JSON (" + r.body().length + " bytes)", null);
            }
        });
    }

    /** Downloads {@code uri} (no credentials are sent: output hosts are not the API) into {@code out}. */
    public Path download(URI uri, Path out) {
        return withRetries(() -> {
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout.multipliedBy(2)).GET().build();
            try {
                HttpResponse<InputStream> r = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = r.body()) {
                    if (r.statusCode() == 404 || r.statusCode() == 410 || r.statusCode() == 403) {
                        throw new OutputExpiredException(provider, r.statusCode());
                    }
                    if (r.statusCode() / 100 != 2) {
                        throw classifier.classify(provider, r.statusCode(), r.headers(),
                                new String(in.readNBytes(4096), StandardCharsets.UTF_8));
                    }
                    Files.createDirectories(out.toAbsolutePath().getParent());
                    Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "download", ".part");
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    if (Files.size(tmp) == 0) {
                        Files.deleteIfExists(tmp);
                        throw new VendorException(provider, r.statusCode(), true, "output download was empty");
                    }
                    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
                    return out;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VendorInterruptedException(provider, "interrupted while downloading output", e);
            } catch (IOException e) {
                throw transport(e);
            }
        });
    }

    /** Sends once; 2xx comes back, anything else is classified and thrown. */
    public HttpResponse<byte[]> once(HttpRequest.Builder builder, Duration callTimeout) {
        HttpRequest req = builder.timeout(callTimeout).build();
        try {
            HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (log.isDebugEnabled()) log.debug("{} {} {} -> {}", provider, req.method(), req.uri().getPath(), r.statusCode());
            if (r.statusCode() / 100 != 2) {
                throw classifier.classify(provider, r.statusCode(), r.headers(), new String(r.body(), StandardCharsets.UTF_8));
            }
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VendorInterruptedException(provider, "interrupted during " + req.method() + " " + req.uri().getPath(), e);
        } catch (IOException e) {
            throw transport(e);
        }
    }

    private VendorException transport(IOException e) {
        String what = e instanceof HttpTimeoutException ? "timed out after " + timeout.toMillis() + " ms"
                : "connection failed (" + e.getClass().getSimpleName() + ")";
        return new VendorException(provider, -1, true, null, e instanceof HttpTimeoutException ? "timeout" : "connection",
                what, null);
    }

    /** Runs {@code call} through the vendor's retry, circuit breaker and bulkhead ({@link VendorResilience}). */
    public <T> T withRetries(Supplier<T> call) {
        return resilience.call(call);
    }
}
