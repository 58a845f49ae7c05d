package video.zapcut.publishing.x;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import video.zapcut.ai.vendors.http.Secrets;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.ai.vendors.http.VendorHttp;
import video.zapcut.common.Json;
import video.zapcut.publishing.Pkce;
import video.zapcut.publishing.Platform;
import video.zapcut.publishing.PlatformSettings;
import video.zapcut.publishing.ReconnectRequired;
import video.zapcut.publishing.TokenGrant;

/**
 * X's OAuth 2.0 authorization code flow with PKCE: the consent URL, the code exchange and the
 * refresh (X rotates refresh tokens). A confidential client (one with a secret) authenticates with
 * HTTP Basic; a public client sends only its client_id in the form.
 */
final class XTokens {
    static final String SCOPES = "tweet.read tweet.write users.read media.write offline.access";
    private final PlatformSettings settings;
    private final VendorHttp http;

    XTokens(PlatformSettings settings, VendorHttp http) {
        this.settings = settings;
        this.http = http;
        Secrets.register(settings.clientSecret());
    }

    URI authorizeUrl(String state, String codeChallenge, URI redirectUri) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("response_type", "code");
        q.put("client_id", settings.clientId());
        q.put("redirect_uri", redirectUri.toString());
        q.put("scope", SCOPES);
        q.put("state", state);
        q.put("code_challenge", codeChallenge);
        q.put("code_challenge_method", Pkce.METHOD);
        return URI.create(settings.authorizeUrl() + (settings.authorizeUrl().contains("?") ? "&" : "?") + form(q));
    }

    /**
     * Not retried: the code is single use, and X may have spent it even when the answer was lost. The
     * one exception is a connection X refused, where nothing was sent.
     */
    TokenGrant exchangeCode(String code, String codeVerifier, URI redirectUri) {
        Secrets.registerToken(code);
        Secrets.registerToken(codeVerifier);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("grant_type", "authorization_code");
        f.put("code", code);
        f.put("redirect_uri", redirectUri.toString());
        f.put("code_verifier", codeVerifier);
        f.put("client_id", settings.clientId());
        String body = form(f);
        HttpResponse<byte[]> r = http.withRetries(() -> {
            try {
                return http.once(tokenRequest(body), http.timeout());
            } catch (VendorException e) {
                throw nothingReachedX(e) ? e : XApi.notRetried(e);
            }
        });
        return grant(r);
    }

    /** Retried on 5xx and timeouts; a refused refresh token means the user must connect again. */
    TokenGrant refresh(String refreshToken) {
        Secrets.registerToken(refreshToken);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("grant_type", "refresh_token");
        f.put("refresh_token", refreshToken);
        f.put("client_id", settings.clientId());
        String body = form(f);
        try {
            return grant(http.withRetries(() -> http.once(tokenRequest(body), http.timeout())));
        } catch (XApiException e) {
            if (refusedToken(e)) {
                throw new ReconnectRequired(Platform.X, "X refused the saved sign-in (" + e.platformMessage() + "); connect the account again");
            }
            throw e;
        }
    }

    /** invalid_grant, or X's invalid_request "Value passed for the token was invalid", on a 400 or 401. */
    private static boolean refusedToken(XApiException e) {
        if (e.status() != 400 && e.status() != 401) return false;
        if ("invalid_grant".equals(e.code())) return true;
        return "invalid_request".equals(e.code()) && e.platformMessage() != null
                && e.platformMessage().toLowerCase(Locale.ROOT).contains("token");
    }

    /**
     * The connection was refused: the request never left this machine. VendorHttp names only the
     * exception's class in a connection failure, so that is what is read here.
     */
    private static boolean nothingReachedX(VendorException e) {
        return e.status() == -1 && "connection".equals(e.code()) && e.getMessage().contains("(ConnectException)");
    }

    private HttpRequest.Builder tokenRequest(String form) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(settings.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        String secret = settings.clientSecret();
        if (secret != null && !secret.isBlank()) {
            // RFC 6749 section 2.3.1: each part form-encoded, then joined by ':' and base64-encoded.
            String pair = encode(settings.clientId()) + ":" + encode(secret);
            String basic = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
            Secrets.register(basic);
            b.header("Authorization", "Basic " + basic);
        }
        return b;
    }

    private static TokenGrant grant(HttpResponse<byte[]> r) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(new String(r.body(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw XApi.malformed(r.statusCode(), "the token answer is not JSON");
        }
        String access = json.path("access_token").asString(null);
        if (access == null || access.isBlank()) throw XApi.malformed(r.statusCode(), "the token answer has no access_token");
        String refresh = json.path("refresh_token").asString(null);
        Secrets.registerToken(access);
        Secrets.registerToken(refresh);
        Duration expiresIn = json.path("expires_in").isNumber() ? Duration.ofSeconds(json.path("expires_in").asLong()) : null;
        String scope = json.path("scope").asString("");
        return new TokenGrant(access, refresh, expiresIn, null,
                Arrays.stream(scope.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
    }

    /** application/x-www-form-urlencoded, with spaces as %20 (which X's authorize page and token endpoint both read). */
    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
