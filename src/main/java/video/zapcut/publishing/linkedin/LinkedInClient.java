package video.zapcut.publishing.linkedin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import video.zapcut.ai.vendors.http.Secrets;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.ai.vendors.http.VendorHttp;
import video.zapcut.ai.vendors.http.VendorInterruptedException;
import video.zapcut.common.Json;
import video.zapcut.publishing.MediaProcessingFailed;
import video.zapcut.publishing.Platform;
import video.zapcut.publishing.PlatformAccount;
import video.zapcut.publishing.PlatformClient;
import video.zapcut.publishing.PlatformSettings;
import video.zapcut.publishing.PostLookupUnavailable;
import video.zapcut.publishing.PostRequest;
import video.zapcut.publishing.PublishedPost;
import video.zapcut.publishing.ReconnectRequired;
import video.zapcut.publishing.TokenGrant;
import video.zapcut.publishing.UploadListener;
import video.zapcut.publishing.UploadedMedia;

/**
 * LinkedIn's member posting: OAuth 2.0 (authorization code, PKCE S256 parameters, client secret),
 * {@code /v2/userinfo} for who signed in, the Videos API (initializeUpload, one PUT per byte range,
 * finalizeUpload, then polling until {@code AVAILABLE}) and the Posts API. Every {@code /rest} call
 * carries the bearer token, {@code LinkedIn-Version} and {@code X-Restli-Protocol-Version: 2.0.0}.
 *
 * <p>The part PUTs go to the pre-signed {@code uploadUrl}s LinkedIn hands out (another host,
 * {@code www.linkedin.com/dms-uploads/...}) without the bearer token: LinkedIn's own Videos API
 * example uploads with nothing but {@code Content-Type: application/octet-stream}, and the token is
 * never sent to a host named by a response body.
 */
public final class LinkedInClient implements PlatformClient {
    static final String PROVIDER = "linkedin";
    static final String DEFAULT_AUTHORIZE_URL = "https://www.linkedin.com/oauth/v2/authorization";
    static final String DEFAULT_TOKEN_URL = "https://www.linkedin.com/oauth/v2/accessToken";
    static final String DEFAULT_API = "https://api.linkedin.com";
    static final String SCOPES = "openid profile w_member_social";
    static final String RESTLI_PROTOCOL = "2.0.0";
    static final Duration FIRST_POLL = Duration.ofSeconds(2);
    static final Duration MAX_POLL = Duration.ofSeconds(15);
    static final Set<String> VISIBILITIES = Set.of("PUBLIC", "CONNECTIONS", "LOGGED_IN");

    private final PlatformSettings settings;
    private final VendorHttp http;
    private final Clock clock;

    public LinkedInClient(PlatformSettings settings, VendorHttp http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
        Secrets.register(settings.clientSecret());
    }

    @Override
    public Platform platform() { return Platform.LINKEDIN; }

    // ---- OAuth

    @Override
    public URI authorizeUrl(String state, String codeChallenge, URI redirectUri) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("response_type", "code");
        q.put("client_id", clientId());
        q.put("redirect_uri", redirectUri.toString());
        q.put("state", state);
        q.put("scope", SCOPES);
        q.put("code_challenge", codeChallenge);
        q.put("code_challenge_method", "S256");
        String base = or(settings.authorizeUrl(), DEFAULT_AUTHORIZE_URL);
        return URI.create(base + (base.contains("?") ? "&" : "?") + query(q));
    }

    @Override
    public TokenGrant exchangeCode(String code, String codeVerifier, URI redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri.toString());
        form.put("client_id", clientId());
        form.put("client_secret", clientSecret());
        form.put("code_verifier", codeVerifier);
        // A code is single use: one exchange, never retried.
        HttpResponse<byte[]> r = http.once(tokenRequest(form), http.timeout());
        return grant(readJson(r));
    }

    @Override
    public TokenGrant refresh(String refreshToken) {
        Secrets.registerToken(refreshToken);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        form.put("client_id", clientId());
        form.put("client_secret", clientSecret());
        try {
            // LinkedIn does not rotate refresh tokens, so asking again after a 5xx or a timeout is safe.
            return grant(http.json(() -> tokenRequest(form)));
        } catch (VendorException e) {
            if (refused(e)) {
                throw new ReconnectRequired(Platform.LINKEDIN, "LinkedIn refused the saved sign-in (" + LinkedInErrors.platformMessage(e)
                        + "); connect the account again");
            }
            throw e;
        }
    }

    /**
     * invalid_grant, or a 400/401 about the token (expired, revoked, unknown). Not invalid_client: a
     * refused client id or secret is the app's configuration, which reconnecting would not mend.
     */
    private static boolean refused(VendorException e) {
        if ("invalid_grant".equals(e.code())) return true;
        if ("invalid_client".equals(e.code()) || (e.status() != 400 && e.status() != 401)) return false;
        String m = LinkedInErrors.platformMessage(e);
        return e.status() == 401 || m != null && m.toLowerCase(Locale.ROOT).contains("token");
    }

    private HttpRequest.Builder tokenRequest(Map<String, String> form) {
        return HttpRequest.newBuilder(URI.create(or(settings.tokenUrl(), DEFAULT_TOKEN_URL)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(query(form)));
    }

    private static TokenGrant grant(JsonNode r) {
        String access = r.path("access_token").asString(null);
        if (access == null || access.isBlank()) {
            throw new VendorException(PROVIDER, 200, false, null, "malformed_response", "the token endpoint answered without an access_token", null);
        }
        Secrets.registerToken(access);
        String refresh = r.path("refresh_token").asString(null);
        if (refresh != null && refresh.isBlank()) refresh = null;
        Secrets.registerToken(refresh);
        List<String> scopes = Arrays.stream(r.path("scope").asString("").split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        return new TokenGrant(access, refresh, seconds(r.path("expires_in")), seconds(r.path("refresh_token_expires_in")), scopes);
    }

    private static Duration seconds(JsonNode n) {
        return n.isNumber() ? Duration.ofSeconds(n.asLong()) : null;
    }

    // ---- who

    @Override
    public PlatformAccount account(String accessToken) {
        JsonNode me = http.json(() -> bearer(HttpRequest.newBuilder(api("/v2/userinfo")), accessToken).GET());
        String sub = me.path("sub").asString(null);
        if (sub == null || sub.isBlank()) {
            throw new VendorException(PROVIDER, 200, false, null, "malformed_response", "userinfo answered without the member's sub", null);
        }
        String name = me.path("name").asString(null);
        if (name == null || name.isBlank()) {
            name = (me.path("given_name").asString("") + " " + me.path("family_name").asString("")).strip();
        }
        return new PlatformAccount(sub, name.isBlank() ? null : name, null);
    }

    static String personUrn(PlatformAccount account) { return "urn:li:person:" + account.id(); }

    // ---- upload

    @Override
    public UploadedMedia upload(String accessToken, PlatformAccount account, Path video, UploadListener listener) {
        UploadListener progress = listener == null ? UploadListener.NONE : listener;
        long size;
        try {
            size = Files.size(video);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the video to upload: " + video.getFileName(), e);
        }
        ObjectNode init = Json.MAPPER.createObjectNode();
        init.putObject("initializeUploadRequest")
                .put("owner", personUrn(account))
                .put("fileSizeBytes", size)
                .put("uploadCaptions", false)
                .put("uploadThumbnail", false);
        String initBody = Json.MAPPER.writeValueAsString(init);
        JsonNode value = http.json(() -> rest(api("/rest/videos?action=initializeUpload"), accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(initBody))).path("value");
        String urn = value.path("video").asString(null);
        if (urn == null || urn.isBlank()) {
            throw new VendorException(PROVIDER, 200, false, null, "malformed_response", "initializeUpload answered without a video URN", null);
        }
        List<UploadPart> parts;
        try {
            parts = UploadPart.of(value.path("uploadInstructions"), size);
        } catch (IllegalArgumentException e) {
            throw new VendorException(PROVIDER, 200, false, null, "malformed_response", "initializeUpload for " + urn + ": " + e.getMessage(), null);
        }

        progress.progress("uploading", 0);
        List<String> etags = new ArrayList<>();
        long sent = 0;
        for (int i = 0; i < parts.size(); i++) {
            UploadPart part = parts.get(i);
            // Each part on its own: a 5xx or a timeout sends this part again, not the ones before it.
            HttpResponse<byte[]> r = http.withRetries(() -> http.once(HttpRequest.newBuilder(part.uploadUrl())
                    .header("Content-Type", "application/octet-stream")
                    .PUT(part.body(video)), http.timeout().multipliedBy(2)));
            String etag = r.headers().firstValue("ETag").orElse(null);
            if (etag == null || etag.isBlank()) {
                throw new VendorException(PROVIDER, r.statusCode(), false, null, "malformed_response",
                        "part " + (i + 1) + " of " + parts.size() + " of " + urn + " was taken without an ETag", null);
            }
            etags.add(etag);
            sent += part.length();
            progress.progress("uploading", (double) sent / size);
        }

        ObjectNode fin = Json.MAPPER.createObjectNode();
        ObjectNode req = fin.putObject("finalizeUploadRequest");
        req.put("video", urn);
        req.put("uploadToken", value.path("uploadToken").asString(""));
        var ids = req.putArray("uploadedPartIds");
        etags.forEach(ids::add);
        String finBody = Json.MAPPER.writeValueAsString(fin);
        // finalizeUpload answers 200 with an empty body: only the status matters.
        http.withRetries(() -> http.once(rest(api("/rest/videos?action=finalizeUpload"), accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(finBody)), http.timeout()));

        awaitAvailable(accessToken, urn, progress);
        return new UploadedMedia(urn, null, null);
    }

    /**
     * Polls the video until {@code AVAILABLE}: at once, then after 2 s, doubling to 15 s at most.
     * {@code PROCESSING_FAILED} is a {@link MediaProcessingFailed}; waiting past
     * {@link PlatformSettings#processingLimit()} (counted in the waits slept, or by the clock when that
     * says more) stops with a failure that names the video.
     */
    private void awaitAvailable(String accessToken, String urn, UploadListener progress) {
        URI uri = api("/rest/videos/" + URLEncoder.encode(urn, StandardCharsets.UTF_8));
        Duration limit = settings.processingLimit() == null ? Duration.ofMinutes(10) : settings.processingLimit();
        Instant started = clock.instant();
        Duration slept = Duration.ZERO;
        Duration wait = FIRST_POLL;
        progress.progress("processing", 0);
        while (true) {
            JsonNode v = http.json(() -> rest(uri, accessToken).GET());
            String status = v.path("status").asString("");
            switch (status) {
                case "AVAILABLE" -> {
                    progress.progress("processing", 1);
                    return;
                }
                case "PROCESSING_FAILED" -> {
                    String reason = v.path("processingFailureReason").asString(null);
                    throw new MediaProcessingFailed("LinkedIn could not process the video " + urn + ": "
                            + (reason == null || reason.isBlank() ? "no reason given" : reason));
                }
                default -> { /* PROCESSING, WAITING_UPLOAD (or anything new): keep waiting */ }
            }
            Duration waited = max(slept, Duration.between(started, clock.instant()));
            if (waited.compareTo(limit) >= 0) {
                throw new VendorException(PROVIDER, -1, true, null, "processing_timeout", "LinkedIn was still processing the video " + urn
                        + " (" + (status.isBlank() ? "no status" : status) + ") after " + waited.toSeconds() + " s; gave up waiting", null);
            }
            Duration next = min(wait, limit.minus(waited));
            try {
                http.sleeper().sleep(next);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VendorInterruptedException(PROVIDER, "interrupted while LinkedIn processed " + urn, e);
            }
            slept = slept.plus(next);
            wait = min(wait.multipliedBy(2), MAX_POLL);
        }
    }

    // ---- posts

    @Override
    public Optional<PublishedPost> findPost(String accessToken, PlatformAccount account, UploadedMedia media) {
        URI uri = api("/rest/posts?author=" + URLEncoder.encode(personUrn(account), StandardCharsets.UTF_8)
                + "&q=author&count=10&sortBy=LAST_MODIFIED");
        JsonNode page;
        try {
            page = http.json(() -> rest(uri, accessToken).header("X-RestLi-Method", "FINDER").GET());
        } catch (VendorException e) {
            if (e.status() == 403) {
                throw new PostLookupUnavailable("LinkedIn does not let this app read the member's posts (that needs the r_member_social "
                        + "permission, which LinkedIn grants only to approved partners), so whether an earlier attempt posted cannot be checked");
            }
            throw e;
        }
        for (JsonNode post : page.path("elements")) {
            if (media.id().equals(post.path("content").path("media").path("id").asString(null))) {
                String id = post.path("id").asString(null);
                if (id != null && !id.isBlank()) return Optional.of(new PublishedPost(id, postUrl(id)));
            }
        }
        return Optional.empty();
    }

    @Override
    public PublishedPost createPost(String accessToken, PlatformAccount account, UploadedMedia media, PostRequest post) {
        String visibility = post.visibility() == null || post.visibility().isBlank() ? "PUBLIC" : post.visibility().strip();
        if (!VISIBILITIES.contains(visibility)) {
            throw new IllegalArgumentException("LinkedIn visibility is one of " + VISIBILITIES.stream().sorted().collect(Collectors.joining(", "))
                    + ", not " + visibility);
        }
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("author", personUrn(account));
        body.put("commentary", Commentary.escape(post.caption()));
        body.put("visibility", visibility);
        ObjectNode distribution = body.putObject("distribution");
        distribution.put("feedDistribution", "MAIN_FEED");
        distribution.putArray("targetEntities");
        distribution.putArray("thirdPartyDistributionChannels");
        ObjectNode m = body.putObject("content").putObject("media");
        if (post.title() != null && !post.title().isBlank()) m.put("title", post.title());
        m.put("id", media.id());
        body.put("lifecycleState", "PUBLISHED");
        body.put("isReshareDisabledByAuthor", false);
        String payload = Json.MAPPER.writeValueAsString(body);
        // One exchange, never retried here: a 5xx or a timeout may hide a post that exists.
        HttpResponse<byte[]> r = http.once(rest(api("/rest/posts"), accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload)), http.timeout());
        String id = r.headers().firstValue("x-restli-id").map(String::strip).orElse("");
        if (id.startsWith("urn%3A")) id = URLDecoder.decode(id, StandardCharsets.UTF_8);
        if (id.isBlank()) {
            throw new VendorException(PROVIDER, r.statusCode(), false, null, "missing_post_id", "LinkedIn answered " + r.statusCode()
                    + " to the post without its id (no x-restli-id header); the post may exist, so look it up before posting again", null);
        }
        return new PublishedPost(id, postUrl(id));
    }

    static URI postUrl(String postUrn) { return URI.create("https://www.linkedin.com/feed/update/" + postUrn); }

    // ---- plumbing

    private HttpRequest.Builder rest(URI uri, String accessToken) {
        return bearer(HttpRequest.newBuilder(uri), accessToken)
                .header("LinkedIn-Version", apiVersion())
                .header("X-Restli-Protocol-Version", RESTLI_PROTOCOL);
    }

    private static HttpRequest.Builder bearer(HttpRequest.Builder b, String accessToken) {
        if (accessToken == null || accessToken.isBlank()) throw new IllegalArgumentException("a LinkedIn call needs an access token");
        Secrets.registerToken(accessToken);
        return b.header("Authorization", "Bearer " + accessToken);
    }

    private URI api(String path) {
        String base = or(settings.apiBaseUrl(), DEFAULT_API);
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    private JsonNode readJson(HttpResponse<byte[]> r) {
        try {
            JsonNode n = Json.MAPPER.readTree(new String(r.body(), StandardCharsets.UTF_8));
            if (n == null || !n.isObject()) throw new IllegalArgumentException("not an object");
            return n;
        } catch (RuntimeException e) {
            throw new VendorException(PROVIDER, r.statusCode(), false, null, "malformed_response",
                    "HTTP " + r.statusCode() + " with a body that is not a JSON object (" + r.body().length + " bytes)", null);
        }
    }

    private String clientId() {
        if (!settings.configured()) throw new IllegalStateException("LinkedIn is not configured: set its client id");
        return settings.clientId();
    }

    private String clientSecret() {
        if (settings.clientSecret() == null || settings.clientSecret().isBlank()) {
            throw new IllegalStateException("LinkedIn needs the app's client secret");
        }
        return settings.clientSecret();
    }

    private String apiVersion() {
        if (settings.apiVersion() == null || !settings.apiVersion().strip().matches("\\d{6}")) {
            throw new IllegalStateException("LinkedIn needs its API version as YYYYMM (LinkedIn-Version), not " + settings.apiVersion());
        }
        return settings.apiVersion().strip();
    }

    private static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** Percent-encoding with spaces as %20 (the scope list is space separated). */
    private static String encode(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String or(String value, String fallback) { return value == null || value.isBlank() ? fallback : value.strip(); }

    private static Duration min(Duration a, Duration b) { return a.compareTo(b) <= 0 ? a : b; }

    private static Duration max(Duration a, Duration b) { return a.compareTo(b) >= 0 ? a : b; }
}
