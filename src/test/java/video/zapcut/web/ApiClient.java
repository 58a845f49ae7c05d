package video.zapcut.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the running server: requests go over the socket exactly as written
 * (raw bodies, any header, any method), nothing is retried or interpreted.
 */
public final class ApiClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ApiClient(int port) { this("http://localhost:" + port); }

    /** A client of a server at {@code base} (scheme, host and port, no path), such as a {@code serve} process. */
    public ApiClient(String base) { this.base = base; }

    public Response get(String path, String accessToken) {
        return send(request(path, accessToken).GET());
    }

    public Response postJson(String path, String json) {
        return postJson(path, json, null);
    }

    public Response postJson(String path, String json, String accessToken) {
        return send(request(path, accessToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postJson(String path, Map<String, ?> body) {
        return postJson(path, JSON.writeValueAsString(body));
    }

    public HttpRequest.Builder request(String path, String accessToken) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (accessToken != null) builder.header("Authorization", "Bearer " + accessToken);
        return builder;
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, HttpResponse<String> raw) {
        public String body() { return raw.body(); }

        public JsonNode json() { return JSON.readTree(raw.body()); }

        public String header(String name) { return raw.headers().firstValue(name).orElse(null); }

        public String contentType() { return header("Content-Type"); }

        @Override
        public String toString() { return status + " " + raw.headers().map() + "\n" + raw.body(); }
    }
}
