package video.zapcut.publishing.x;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.ai.vendors.VendorTestKit;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.ai.vendors.http.VendorHttp;
import video.zapcut.publishing.MediaProcessingFailed;
import video.zapcut.publishing.Pkce;
import video.zapcut.publishing.PlatformAccount;
import video.zapcut.publishing.PlatformSettings;
import video.zapcut.publishing.PostLookupUnavailable;
import video.zapcut.publishing.PostRequest;
import video.zapcut.publishing.PublishedPost;
import video.zapcut.publishing.ReconnectRequired;
import video.zapcut.publishing.TokenGrant;
import video.zapcut.publishing.UploadedMedia;

/** X API v2 as WireMock plays it: OAuth with PKCE, the chunked upload and its STATUS polls, rate limits, posts. */
class XClientContractTest {
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final String CLIENT_ID = "zapcut-client-id";
    static final String SECRET = "client-secret-5ecr3t";
    static final String ACCESS = "access-AAAA1111bbbb";
    static final String REFRESH = "refresh-RRRR2222ssss";
    static final String NEW_ACCESS = "access-NEW-3333cccc";
    static final String NEW_REFRESH = "refresh-NEW-4444dddd";
    static final String CODE = "auth-code-CCCC5555";
    static final Pkce PKCE = Pkce.of("verifier-0123456789-0123456789-0123456789-xyz");
    static final List<String> SECRETS = List.of(SECRET, ACCESS, REFRESH, NEW_ACCESS, NEW_REFRESH, CODE, PKCE.verifier());
    static final URI REDIRECT = URI.create("https://zapcut.example/publishing/x/callback");
    static final PlatformAccount ACCOUNT = new PlatformAccount("2244994945", "Zapcut Demo", "zapcutdemo");
    static final String MEDIA_ID = "1880028106020515840";
    static final String MEDIA_KEY = "7_1880028106020515840";

    static WireMockServer wm;
    VendorTestKit kit;
    final List<String> progress = new ArrayList<>();
    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
    }

    @AfterAll
    static void stop() { wm.stop(); }

    @BeforeEach
    void reset() {
        wm.resetAll();
        kit = new VendorTestKit();
        progress.clear();
    }

    PlatformSettings settings(String secret, Duration processingLimit) {
        return new PlatformSettings(CLIENT_ID, secret, wm.baseUrl() + "/i/oauth2/authorize", wm.baseUrl() + "/2/oauth2/token",
                wm.baseUrl(), null, processingLimit);
    }

    VendorHttp http() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return kit.http("x", new XErrors(clock), Duration.ofMillis(3000), VendorTestKit.settings(), clock);
    }

    XClient client() { return client(SECRET); }

    XClient client(String secret) {
        return new XClient(settings(secret, Duration.ofSeconds(30)), http(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    XClient client(int chunkBytes, Duration processingLimit) {
        return new XClient(settings(SECRET, processingLimit), http(), Clock.fixed(NOW, ZoneOffset.UTC), chunkBytes);
    }

    /** The failure, checked to carry none of the tokens, codes or secrets anywhere in its chain. */
    static Throwable failure(ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        assertThat(t).as("expected a failure").isNotNull();
        for (Throwable c = t; c != null; c = c.getCause()) {
            for (String s : SECRETS) assertThat(String.valueOf(c.getMessage())).doesNotContain(s);
            for (Throwable sup : c.getSuppressed()) {
                for (String s : SECRETS) assertThat(String.valueOf(sup.getMessage())).doesNotContain(s);
            }
        }
        return t;
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return q;
    }

    static String tokenAnswer(String access, String refresh) {
        return "{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"" + access + "\",\"refresh_token\":\"" + refresh
                + "\",\"scope\":\"tweet.read tweet.write users.read media.write offline.access\"}";
    }

    // --- OAuth ---------------------------------------------------------------------------------

    @Test
    void theAuthorizeUrlAsksForEveryScopeWithAnS256Challenge() {
        URI url = client().authorizeUrl("state-123", PKCE.challenge(), REDIRECT);
        assertThat(url.toString()).startsWith(wm.baseUrl() + "/i/oauth2/authorize?");
        assertThat(query(url)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "response_type", "code",
                "client_id", CLIENT_ID,
                "redirect_uri", REDIRECT.toString(),
                "scope", "tweet.read tweet.write users.read media.write offline.access",
                "state", "state-123",
                "code_challenge", PKCE.challenge(),
                "code_challenge_method", "S256"));
        assertThat(url.getRawQuery()).contains("scope=tweet.read%20tweet.write%20users.read%20media.write%20offline.access")
                .contains("redirect_uri=https%3A%2F%2Fzapcut.example%2Fpublishing%2Fx%2Fcallback");
    }

    void stubTokenEndpoint() {
        // X's answer to anything but the right code and verifier.
        wm.stubFor(post("/2/oauth2/token").atPriority(10).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the authorization code was invalid.\"}")));
        wm.stubFor(post("/2/oauth2/token").atPriority(1)
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withFormParam("grant_type", equalTo("authorization_code"))
                .withFormParam("code", equalTo(CODE))
                .withFormParam("code_verifier", equalTo(PKCE.verifier()))
                .withFormParam("redirect_uri", equalTo(REDIRECT.toString()))
                .withFormParam("client_id", equalTo(CLIENT_ID))
                .willReturn(okJson(tokenAnswer(ACCESS, REFRESH))));
    }

    @Test
    void aConfidentialClientTradesTheCodeAndVerifierWithBasicAuth() {
        stubTokenEndpoint();
        TokenGrant grant = client().exchangeCode(CODE, PKCE.verifier(), REDIRECT);
        assertThat(grant.accessToken()).isEqualTo(ACCESS);
        assertThat(grant.refreshToken()).isEqualTo(REFRESH);
        assertThat(grant.expiresIn()).isEqualTo(Duration.ofHours(2));
        assertThat(grant.scopes()).containsExactly("tweet.read", "tweet.write", "users.read", "media.write", "offline.access");
        String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        wm.verify(1, postRequestedFor(urlEqualTo("/2/oauth2/token")).withHeader("Authorization", equalTo("Basic " + basic)));
    }

    @Test
    void aPublicClientSendsNoAuthorizationAndAWrongVerifierGetsXsErrorOnce() {
        stubTokenEndpoint();
        assertThat(client(null).exchangeCode(CODE, PKCE.verifier(), REDIRECT).accessToken()).isEqualTo(ACCESS);
        wm.verify(1, postRequestedFor(urlEqualTo("/2/oauth2/token")).withoutHeader("Authorization"));

        wm.resetRequests();
        Throwable t = failure(() -> client().exchangeCode(CODE, Pkce.generate().verifier(), REDIRECT));
        assertThat(t).isInstanceOf(VendorException.class).hasMessageContaining("Value passed for the authorization code was invalid.");
        assertThat(((VendorException) t).status()).isEqualTo(400);
        assertThat(((VendorException) t).code()).isEqualTo("invalid_request");
        wm.verify(1, postRequestedFor(urlEqualTo("/2/oauth2/token")));
    }

    @Test
    void theCodeIsNeverSentTwiceUnlessTheConnectionWasRefused() throws Exception {
        wm.stubFor(post("/2/oauth2/token").willReturn(aResponse().withStatus(503).withBody("{\"title\":\"Service Unavailable\"}")));
        Throwable t = failure(() -> client().exchangeCode(CODE, PKCE.verifier(), REDIRECT));
        assertThat(((VendorException) t).status()).isEqualTo(503);
        assertThat(((VendorException) t).retryable()).isFalse();
        wm.verify(1, postRequestedFor(urlEqualTo("/2/oauth2/token")));
        assertThat(kit.sleeps).isEmpty();

        // A refused connection reached nobody: that is tried again (4 attempts, 3 backoffs).
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        PlatformSettings refused = new PlatformSettings(CLIENT_ID, SECRET, "https://x.com/i/oauth2/authorize",
                "http://127.0.0.1:" + closed + "/2/oauth2/token", wm.baseUrl(), null, Duration.ofSeconds(30));
        Throwable r = failure(() -> new XClient(refused, http(), Clock.fixed(NOW, ZoneOffset.UTC)).exchangeCode(CODE, PKCE.verifier(), REDIRECT));
        assertThat(((VendorException) r).status()).isEqualTo(-1);
        assertThat(kit.sleeps).hasSize(3);
    }

    @Test
    void aRefreshReturnsTheRotatedRefreshTokenAndRetriesAnOutage() {
        wm.stubFor(post("/2/oauth2/token").inScenario("r").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        wm.stubFor(post("/2/oauth2/token").inScenario("r").whenScenarioStateIs("up")
                .withFormParam("grant_type", equalTo("refresh_token"))
                .withFormParam("refresh_token", equalTo(REFRESH))
                .withFormParam("client_id", equalTo(CLIENT_ID))
                .willReturn(okJson(tokenAnswer(NEW_ACCESS, NEW_REFRESH))));
        TokenGrant grant = client().refresh(REFRESH);
        assertThat(grant.accessToken()).isEqualTo(NEW_ACCESS);
        assertThat(grant.refreshToken()).isEqualTo(NEW_REFRESH);
        assertThat(grant.toString()).doesNotContain(NEW_ACCESS).doesNotContain(NEW_REFRESH);
        wm.verify(2, postRequestedFor(urlEqualTo("/2/oauth2/token")).withHeader("Authorization", matching("Basic .+")));
        assertThat(kit.sleeps).hasSize(1);
    }

    @Test
    void aRefusedRefreshTokenMeansConnectingAgain() {
        wm.stubFor(post("/2/oauth2/token").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"The refresh token was already used.\"}")));
        Throwable t = failure(() -> client().refresh(REFRESH));
        assertThat(t).isInstanceOf(ReconnectRequired.class)
                .hasMessage("X refused the saved sign-in (The refresh token was already used.); connect the account again");
        wm.verify(1, postRequestedFor(urlEqualTo("/2/oauth2/token")));

        // X's own wording for a dead refresh token is invalid_request about the token.
        wm.stubFor(post("/2/oauth2/token").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the token was invalid.\"}")));
        assertThat(failure(() -> client().refresh(REFRESH))).isInstanceOf(ReconnectRequired.class)
                .hasMessageContaining("Value passed for the token was invalid.");

        // A wrong client secret is ours to fix, not the user's.
        wm.stubFor(post("/2/oauth2/token").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"unauthorized_client\",\"error_description\":\"Missing valid authorization header\"}")));
        assertThat(failure(() -> client().refresh(REFRESH))).isInstanceOf(VendorException.class)
                .isNotInstanceOf(ReconnectRequired.class).hasMessageContaining("Missing valid authorization header");
    }

    // --- account, rate limits ------------------------------------------------------------------

    @Test
    void theAccountIsReadAfterWaitingExactlyUntilTheRateLimitResets() {
        wm.stubFor(get("/2/users/me").inScenario("rl").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withHeader("x-rate-limit-limit", "75").withHeader("x-rate-limit-remaining", "0")
                        .withHeader("x-rate-limit-reset", Long.toString(NOW.getEpochSecond() + 7))
                        .withBody("{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}"))
                .willSetStateTo("open"));
        wm.stubFor(get("/2/users/me").inScenario("rl").whenScenarioStateIs("open")
                .willReturn(okJson("{\"data\":{\"id\":\"2244994945\",\"name\":\"Zapcut Demo\",\"username\":\"zapcutdemo\"}}")));
        assertThat(client().account(ACCESS)).isEqualTo(ACCOUNT);
        assertThat(kit.sleeps).containsExactly(Duration.ofSeconds(7));
        wm.verify(2, getRequestedFor(urlEqualTo("/2/users/me")).withHeader("Authorization", equalTo("Bearer " + ACCESS)));

        // A reset already past waits nothing, never a negative time.
        XErrors errors = new XErrors(Clock.fixed(NOW, ZoneOffset.UTC));
        HttpHeaders past = HttpHeaders.of(Map.of("x-rate-limit-reset", List.of(Long.toString(NOW.getEpochSecond() - 30))), (a, b) -> true);
        VendorException limited = errors.classify("x", 429, past, "{\"errors\":[{\"code\":88,\"message\":\"Rate limit exceeded\"}]}");
        assertThat(limited).hasMessageContaining("Rate limit exceeded");
        assertThat(limited.retryAfter()).isEqualTo(Duration.ZERO);
    }

    // --- upload --------------------------------------------------------------------------------

    void stubUpload(String finalizeAnswer) {
        wm.stubFor(post("/2/media/upload/initialize").willReturn(okJson("{\"data\":{\"id\":\"" + MEDIA_ID + "\",\"media_key\":\""
                + MEDIA_KEY + "\",\"expires_after_secs\":86400}}")));
        wm.stubFor(post("/2/media/upload/" + MEDIA_ID + "/append").atPriority(5)
                .willReturn(okJson("{\"data\":{\"expires_at\":1748865600}}")));
        wm.stubFor(post("/2/media/upload/" + MEDIA_ID + "/finalize").willReturn(okJson(finalizeAnswer)));
    }

    static String processing(String state, Integer checkAfter, Integer percent) {
        return "{\"data\":{\"id\":\"" + MEDIA_ID + "\",\"media_key\":\"" + MEDIA_KEY + "\",\"processing_info\":{\"state\":\"" + state + "\""
                + (checkAfter == null ? "" : ",\"check_after_secs\":" + checkAfter)
                + (percent == null ? "" : ",\"progress_percent\":" + percent) + "}}}";
    }

    void stubStatus(String... answers) {
        for (int i = 0; i < answers.length; i++) {
            var stub = get(urlPathEqualTo("/2/media/upload")).withQueryParam("media_id", equalTo(MEDIA_ID))
                    .withQueryParam("command", equalTo("STATUS")).inScenario("status")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "poll" + i).willReturn(okJson(answers[i]));
            wm.stubFor(i + 1 < answers.length ? stub.willSetStateTo("poll" + (i + 1)) : stub);
        }
    }

    /** The append requests X received, oldest first. */
    static List<LoggedRequest> appends() {
        List<LoggedRequest> out = new ArrayList<>();
        for (ServeEvent e : wm.getAllServeEvents()) {
            if (e.getRequest().getUrl().endsWith("/append")) out.add(0, e.getRequest());
        }
        return out;
    }

    static Request.Part part(LoggedRequest r, String name) {
        return r.getParts().stream().filter(p -> name.equals(p.getName())).findFirst().orElseThrow();
    }

    static byte[] receivedBytes(List<LoggedRequest> appends) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (LoggedRequest r : appends) all.writeBytes(part(r, "media").getBody().asBytes());
        return all.toByteArray();
    }

    Path video(int bytes) throws Exception {
        byte[] data = new byte[bytes];
        new Random(42).nextBytes(data);
        return Files.write(dir.resolve("ad.mp4"), data);
    }

    @Test
    void aNineMegabyteVideoGoesUpInThreeOrderedChunksAndWaitsAsXAsks() throws Exception {
        stubUpload(processing("pending", 1, null));
        stubStatus(processing("in_progress", 3, 40), processing("succeeded", null, 100));
        Path file = video(9_000_000);

        UploadedMedia m = client().upload(ACCESS, ACCOUNT, file, (step, f) -> progress.add(step + " " + Math.round(f * 100)));

        assertThat(m).isEqualTo(new UploadedMedia(MEDIA_ID, MEDIA_KEY, NOW.plusSeconds(86400)));
        wm.verify(postRequestedFor(urlEqualTo("/2/media/upload/initialize"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.media_type", equalTo("video/mp4")))
                .withRequestBody(matchingJsonPath("$.total_bytes", equalTo("9000000")))
                .withRequestBody(matchingJsonPath("$.media_category", equalTo("tweet_video"))));
        List<LoggedRequest> appends = appends();
        assertThat(appends).hasSize(3);
        assertThat(appends).extracting(r -> part(r, "segment_index").getBody().asString()).containsExactly("0", "1", "2");
        assertThat(appends).extracting(r -> part(r, "media").getBody().asBytes().length)
                .containsExactly(4 * 1024 * 1024, 4 * 1024 * 1024, 9_000_000 - 8 * 1024 * 1024);
        assertThat(appends).allSatisfy(r -> {
            assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + ACCESS);
            assertThat(r.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        });
        assertThat(receivedBytes(appends)).isEqualTo(Files.readAllBytes(file));
        wm.verify(1, postRequestedFor(urlEqualTo("/2/media/upload/" + MEDIA_ID + "/finalize")));
        wm.verify(2, getRequestedFor(urlEqualTo("/2/media/upload?media_id=" + MEDIA_ID + "&command=STATUS")));
        // finalize said check after 1 s, the first STATUS after 3 s
        assertThat(kit.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(3));
        assertThat(progress).containsExactly("uploading 47", "uploading 93", "uploading 100", "processing 0", "processing 40",
                "processing 100");
    }

    @Test
    void aFailedAppendIsSentAgainForItsSegmentOnly() throws Exception {
        stubUpload("{\"data\":{\"id\":\"" + MEDIA_ID + "\",\"media_key\":\"" + MEDIA_KEY + "\",\"size\":2500}}");
        wm.stubFor(post("/2/media/upload/" + MEDIA_ID + "/append").atPriority(1)
                .withMultipartRequestBody(aMultipart().withName("segment_index").withBody(equalTo("1")))
                .inScenario("a").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"title\":\"Service Unavailable\",\"detail\":\"Service Unavailable\"}"))
                .willSetStateTo("recovered"));
        Path file = video(2500);

        UploadedMedia m = client(1000, Duration.ofSeconds(30)).upload(ACCESS, ACCOUNT, file, (step, f) -> progress.add(step));

        assertThat(m.id()).isEqualTo(MEDIA_ID);
        List<LoggedRequest> appends = appends();
        assertThat(appends).extracting(r -> part(r, "segment_index").getBody().asString()).containsExactly("0", "1", "1", "2");
        assertThat(part(appends.get(1), "media").getBody().asBytes()).isEqualTo(part(appends.get(2), "media").getBody().asBytes());
        appends.remove(1);
        assertThat(receivedBytes(appends)).isEqualTo(Files.readAllBytes(file));
        assertThat(kit.sleeps).hasSize(1).allSatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(100), Duration.ofMillis(200)));
        // no processing_info after finalize: ready at once, no STATUS poll
        wm.verify(0, getRequestedFor(urlPathEqualTo("/2/media/upload")));
    }

    @Test
    void aFailedProcessingCarriesXsMessage() throws Exception {
        stubUpload(processing("pending", 2, null));
        stubStatus("{\"data\":{\"id\":\"" + MEDIA_ID + "\",\"processing_info\":{\"state\":\"failed\",\"progress_percent\":12,"
                + "\"error\":{\"code\":1,\"name\":\"InvalidMedia\",\"message\":\"Unsupported video format\"}}}}");
        Throwable t = failure(() -> client().upload(ACCESS, ACCOUNT, video(3000), (s, f) -> {}));
        assertThat(t).isInstanceOf(MediaProcessingFailed.class).hasMessageContaining("Unsupported video format")
                .hasMessageContaining("InvalidMedia");
        assertThat(kit.sleeps).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void processingThatNeverEndsStopsAtTheLimit() throws Exception {
        stubUpload(processing("pending", 10, null));
        wm.stubFor(get(urlPathEqualTo("/2/media/upload")).willReturn(okJson(processing("in_progress", 10, 50))));
        Throwable t = failure(() -> client(4 * 1024 * 1024, Duration.ofSeconds(30)).upload(ACCESS, ACCOUNT, video(3000), (s, f) -> {}));
        assertThat(t).isInstanceOf(VendorException.class).hasMessageContaining("still processing").hasMessageContaining("30 s");
        assertThat(((VendorException) t).code()).isEqualTo("processing_timeout");
        assertThat(kit.sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10));
        wm.verify(3, getRequestedFor(urlPathEqualTo("/2/media/upload")));
    }

    // --- posts ---------------------------------------------------------------------------------

    static final UploadedMedia UPLOADED = new UploadedMedia(MEDIA_ID, MEDIA_KEY, NOW.plusSeconds(86400));

    @Test
    void aPostCarriesTheCaptionAndMediaAndLinksToTheTweet() {
        wm.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"data\":{\"id\":\"1445880548472328192\",\"text\":\"New: the bottle that keeps ice 24 h https://t.co/x\"}}")));
        PublishedPost p = client().createPost(ACCESS, ACCOUNT, UPLOADED, new PostRequest("New: the bottle that keeps ice 24 h", null, null));
        assertThat(p).isEqualTo(new PublishedPost("1445880548472328192", URI.create("https://x.com/zapcutdemo/status/1445880548472328192")));
        wm.verify(1, postRequestedFor(urlEqualTo("/2/tweets"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"text\":\"New: the bottle that keeps ice 24 h\",\"media\":{\"media_ids\":[\"" + MEDIA_ID + "\"]}}")));

        PlatformAccount noHandle = new PlatformAccount("2244994945", "Zapcut Demo", null);
        assertThat(client().createPost(ACCESS, noHandle, UPLOADED, new PostRequest("hi", null, null)).url())
                .isEqualTo(URI.create("https://x.com/i/web/status/1445880548472328192"));
    }

    @Test
    void aPostIsSentExactlyOnceWhateverXAnswers() {
        wm.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(503).withBody("{\"title\":\"Service Unavailable\"}")));
        Throwable t = failure(() -> client().createPost(ACCESS, ACCOUNT, UPLOADED, new PostRequest("hi", null, null)));
        assertThat(((VendorException) t).status()).isEqualTo(503);
        wm.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));

        wm.resetRequests();
        wm.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"detail\":\"You are not allowed to create a Tweet with duplicate content.\",\"type\":\"about:blank\","
                        + "\"title\":\"Forbidden\",\"status\":403}")));
        Throwable forbidden = failure(() -> client().createPost(ACCESS, ACCOUNT, UPLOADED, new PostRequest("hi", null, null)));
        assertThat(forbidden).isInstanceOf(VendorException.class)
                .hasMessageContaining("You are not allowed to create a Tweet with duplicate content.");
        assertThat(((VendorException) forbidden).retryable()).isFalse();
        wm.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
        assertThat(kit.sleeps).isEmpty();
    }

    @Test
    void aPostIsFoundByItsMediaKey() {
        wm.stubFor(get(urlPathEqualTo("/2/users/2244994945/tweets")).willReturn(okJson("{\"data\":["
                + "{\"id\":\"1\",\"text\":\"older\",\"attachments\":{\"media_keys\":[\"7_111\"]}},"
                + "{\"id\":\"1445880548472328192\",\"text\":\"ours\",\"attachments\":{\"media_keys\":[\"" + MEDIA_KEY + "\"]}},"
                + "{\"id\":\"3\",\"text\":\"no media\"}],"
                + "\"includes\":{\"media\":[{\"media_key\":\"" + MEDIA_KEY + "\",\"type\":\"video\"}]},\"meta\":{\"result_count\":3}}")));
        assertThat(client().findPost(ACCESS, ACCOUNT, UPLOADED)).contains(
                new PublishedPost("1445880548472328192", URI.create("https://x.com/zapcutdemo/status/1445880548472328192")));
        wm.verify(getRequestedFor(urlPathEqualTo("/2/users/2244994945/tweets"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS))
                .withQueryParam("max_results", equalTo("5"))
                .withQueryParam("expansions", equalTo("attachments.media_keys"))
                .withQueryParam("tweet.fields", containing("attachments")));

        assertThat(client().findPost(ACCESS, ACCOUNT, new UploadedMedia("9", "7_999", null))).isEmpty();

        wm.stubFor(get(urlPathEqualTo("/2/users/2244994945/tweets")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"title\":\"Client Forbidden\",\"detail\":\"This request must be made using an approved developer account.\","
                        + "\"type\":\"https://api.twitter.com/2/problems/client-forbidden\",\"status\":403}")));
        assertThat(failure(() -> client().findPost(ACCESS, ACCOUNT, UPLOADED))).isInstanceOf(PostLookupUnavailable.class)
                .hasMessageContaining("approved developer account");
    }

    // --- secrets -------------------------------------------------------------------------------

    @Test
    void tokensNeverReachAMessageEvenWhenXEchoesThem() {
        wm.stubFor(get("/2/users/me").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"title\":\"Unauthorized\",\"detail\":\"Token " + ACCESS + " is expired\",\"status\":401}")));
        Throwable t = failure(() -> client().account(ACCESS));
        assertThat(((VendorException) t).status()).isEqualTo(401);
        assertThat(t).hasMessageContaining("is expired");

        wm.stubFor(post("/2/oauth2/token").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"" + REFRESH + " was revoked\"}")));
        assertThat(failure(() -> client().refresh(REFRESH))).isInstanceOf(ReconnectRequired.class).hasMessageContaining("was revoked");

        wm.stubFor(post("/2/oauth2/token").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_request\",\"error_description\":\"code " + CODE + " or verifier " + PKCE.verifier()
                        + " does not match\"}")));
        assertThat(failure(() -> client().exchangeCode(CODE, PKCE.verifier(), REDIRECT))).hasMessageContaining("does not match");
    }
}
