package video.zapcut.publishing.x;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import video.zapcut.ai.vendors.http.VendorHttp;
import video.zapcut.common.Json;
import video.zapcut.publishing.Platform;
import video.zapcut.publishing.PlatformAccount;
import video.zapcut.publishing.PlatformClient;
import video.zapcut.publishing.PlatformSettings;
import video.zapcut.publishing.PostLookupUnavailable;
import video.zapcut.publishing.PostRequest;
import video.zapcut.publishing.PublishedPost;
import video.zapcut.publishing.TokenGrant;
import video.zapcut.publishing.UploadListener;
import video.zapcut.publishing.UploadedMedia;

/**
 * X (Twitter) API v2 for posting a video: OAuth 2.0 with PKCE ({@link XTokens}), the chunked upload
 * ({@link XMediaUpload}), {@code GET /2/users/me}, the user's recent posts, and {@code POST /2/tweets}.
 * {@code http} should classify with {@link XErrors} on the same clock, so 429s wait for X's reset.
 */
public final class XClient implements PlatformClient {
    private final XApi api;
    private final VendorHttp http;
    private final XTokens tokens;
    private final XMediaUpload media;

    public XClient(PlatformSettings settings, VendorHttp http, Clock clock) {
        this(settings, http, clock, XMediaUpload.DEFAULT_CHUNK_BYTES);
    }

    XClient(PlatformSettings settings, VendorHttp http, Clock clock, int chunkBytes) {
        this.api = new XApi(settings.apiBaseUrl());
        this.http = http;
        this.tokens = new XTokens(settings, http);
        this.media = new XMediaUpload(api, http, clock, settings.processingLimit(), chunkBytes);
    }

    @Override
    public Platform platform() { return Platform.X; }

    @Override
    public URI authorizeUrl(String state, String codeChallenge, URI redirectUri) {
        return tokens.authorizeUrl(state, codeChallenge, redirectUri);
    }

    @Override
    public TokenGrant exchangeCode(String code, String codeVerifier, URI redirectUri) {
        return tokens.exchangeCode(code, codeVerifier, redirectUri);
    }

    @Override
    public TokenGrant refresh(String refreshToken) { return tokens.refresh(refreshToken); }

    @Override
    public PlatformAccount account(String accessToken) {
        JsonNode user = http.json(() -> api.request(accessToken, "/2/users/me").GET()).path("data");
        String id = user.path("id").asString(null);
        if (id == null || id.isBlank()) throw XApi.malformed(200, "/2/users/me answered without a user id");
        return new PlatformAccount(id, user.path("name").asString(null), user.path("username").asString(null));
    }

    @Override
    public UploadedMedia upload(String accessToken, PlatformAccount account, Path video, UploadListener listener) {
        return media.upload(accessToken, video, listener == null ? UploadListener.NONE : listener);
    }

    /**
     * The newest five posts (X's smallest page) with their media keys: a post made moments ago by an
     * attempt whose answer was lost is among them. A 403 means this app may not read posts.
     */
    @Override
    public Optional<PublishedPost> findPost(String accessToken, PlatformAccount account, UploadedMedia uploaded) {
        String path = "/2/users/" + URLEncoder.encode(account.id(), StandardCharsets.UTF_8)
                + "/tweets?max_results=5&tweet.fields=attachments&expansions=attachments.media_keys";
        JsonNode answer;
        try {
            answer = http.json(() -> api.request(accessToken, path).GET());
        } catch (XApiException e) {
            if (e.status() == 403) throw new PostLookupUnavailable("X does not let this app read the account's posts: " + e.platformMessage());
            throw e;
        }
        for (JsonNode tweet : answer.path("data")) {
            for (JsonNode key : tweet.at("/attachments/media_keys")) {
                if (key.asString("").equals(uploaded.key())) return Optional.of(post(account, tweet.path("id").asString(null)));
            }
        }
        return Optional.empty();
    }

    /** One exchange, never retried: a lost answer may hide a post, which {@link #findPost} then finds. */
    @Override
    public PublishedPost createPost(String accessToken, PlatformAccount account, UploadedMedia uploaded, PostRequest post) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("text", post.caption());
        body.putObject("media").putArray("media_ids").add(uploaded.id());
        String json = Json.write(body);
        HttpResponse<byte[]> r = http.once(api.request(accessToken, "/2/tweets").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), http.timeout());
        String id;
        try {
            id = Json.MAPPER.readTree(new String(r.body(), StandardCharsets.UTF_8)).at("/data/id").asString(null);
        } catch (RuntimeException e) {
            id = null;
        }
        // Posted, but the answer does not say where: not retried here; the caller's findPost can tell.
        if (id == null || id.isBlank()) throw XApi.malformed(r.statusCode(), "X created the post but its answer has no post id");
        return post(account, id);
    }

    private static PublishedPost post(PlatformAccount account, String tweetId) {
        String handle = account.handle() == null || account.handle().isBlank() ? "i/web" : account.handle();
        return new PublishedPost(tweetId, URI.create("https://x.com/" + handle + "/status/" + tweetId));
    }
}
