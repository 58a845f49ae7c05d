package video.zapcut.ai.vendors.http;

import java.net.URI;

/** A vendor's base URL and key. {@link #toString()} never shows the key. */
public record Endpoint(String baseUrl, String apiKey) {
    public Endpoint {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        Secrets.register(apiKey);
    }

    /** {@code base + path}, where a base ending in /v1 and a path starting with /v1 share it. */
    public URI uri(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        if (baseUrl.endsWith("/v1") && p.startsWith("/v1/")) p = p.substring(3);
        return URI.create(baseUrl + p);
    }

    @Override
    public String toString() { return "Endpoint[" + baseUrl + ", key " + Secrets.hint(apiKey) + "]"; }
}
