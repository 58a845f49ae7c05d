package video.zapcut.publishing.linkedin;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import video.zapcut.ai.vendors.VendorTestKit;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.common.Json;
import video.zapcut.publishing.MediaProcessingFailed;
import video.zapcut.publishing.Platform;
import video.zapcut.publishing.PlatformAccount;
import video.zapcut.publishing.PlatformSettings;
import video.zapcut.publishing.PostLookupUnavailable;
import video.zapcut.publishing.PostRequest;
import video.zapcut.publishing.PublishedPost;
import video.zapcut.publishing.ReconnectRequired;
import video.zapcut.publishing.TokenGrant;
import video.zapcut.publishing.UploadedMedia;

/**
 * LinkedIn's wire protocol as its docs describe it, against WireMock: OAuth with PKCE, userinfo,
 * the Videos API (initializeUpload, ranged part PUTs, finalizeUpload, polling), the Posts API and the
 * author finder. The initializeUpload answers point the part uploads back at the same WireMock.
 */
class LinkedInClientContractTest {
    static final String TOKEN = "AQV-li-access-token-0123456789abcdef";
    static final String REFRESH = "AQX-li-refresh-token-9876543210fedcba";
    static final String SECRET = "li-client-secret-5f4dcc3b";
    static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    static final String VERSION = "202511";
    static final String VIDEO = "urn:li:video:C5505AQH-oV1qvnFtKA";
    static final String VIDEO_PATH = "/rest/videos/urn%3Ali%3Avideo%3AC5505AQH-oV1qvnFtKA";
    static final PlatformAccount MEMBER = new PlatformAccount("782bbtaQ", "Ada Lovelace", null);
    static final int MIB = 1024 * 1024;

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

    LinkedInClient client() { return client(Duration.ofMinutes(5)); }

    LinkedInClient client(Duration processingLimit) {
        PlatformSettings settings = new PlatformSettings("li-client-77", SECRET, wm.baseUrl() + "/oauth/v2/authorization",
                wm.baseUrl() + "/oauth/v2/accessToken", wm.baseUrl(), VERSION, processingLimit);
        return new LinkedInClient(settings, kit.http("linkedin", new LinkedInErrors()),
                Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));
    }

    Path video(int bytes) throws Exception {
        byte[] b = new byte[bytes];
        new Random(42).nextBytes(b);
        return Files.write(dir.resolve("ad-" + bytes + ".mp4"), b);
    }

    /** initializeUpload answering with one upload URL per [first, last] range, on this WireMock. */
    void stubInitialize(long[]... ranges) {
        StringBuilder instructions = new StringBuilder();
        for (int i = 0; i < ranges.length; i++) {
            if (i > 0) instructions.append(',');
            instructions.append("{\"uploadUrl\":\"").append(wm.baseUrl()).append("/dms-uploads/part-").append(i + 1)
                    .append("?ca=vector_feedshare&cn=uploads&ut=sig").append(i + 1).append("\",\"firstByte\":").append(ranges[i][0])
                    .append(",\"lastByte\":").append(ranges[i][1]).append('}');
        }
        wm.stubFor(post(urlEqualTo("/rest/videos?action=initializeUpload")).willReturn(okJson(
                "{\"value\":{\"uploadUrlsExpireAt\":1772445600000,\"video\":\"" + VIDEO + "\",\"uploadInstructions\":[" + instructions
                        + "],\"uploadToken\":\"upl-token-1\"}}")));
        for (int i = 0; i < ranges.length; i++) {
            wm.stubFor(put(urlPathEqualTo("/dms-uploads/part-" + (i + 1)))
                    .willReturn(aResponse().withStatus(200).withHeader("ETag", "/ambry-video/signedId/part-" + (i + 1) + ".bin")));
        }
        wm.stubFor(post(urlEqualTo("/rest/videos?action=finalizeUpload")).willReturn(aResponse().withStatus(200)));
    }

    void stubStatus(String... statuses) {
        String state = Scenario.STARTED;
        for (int i = 0; i < statuses.length; i++) {
            String next = i + 1 < statuses.length ? "poll-" + (i + 1) : state;
            wm.stubFor(get(urlEqualTo(VIDEO_PATH)).inScenario("poll").whenScenarioStateIs(state)
                    .willReturn(okJson(statuses[i])).willSetStateTo(next));
            state = next;
        }
    }

    static String status(String s) {
        return "{\"id\":\"" + VIDEO + "\",\"owner\":\"urn:li:person:782bbtaQ\",\"status\":\"" + s + "\"}";
    }

    UploadedMedia upload(LinkedInClient client, Path video) {
        return client.upload(TOKEN, MEMBER, video, (step, f) -> progress.add(step + ":" + f));
    }

    // ---- 1. OAuth

    @Test
    void theAuthorizeUrlAsksForOpenIdProfileAndMemberPostingWithAnS256Challenge() {
        URI uri = client().authorizeUrl("st-123", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", URI.create("https://zapcut.example/cb/linkedin"));
        assertThat(uri.getPath()).isEqualTo("/oauth/v2/authorization");
        assertThat(uri.getRawQuery()).contains("scope=openid%20profile%20w_member_social");
        Map<String, String> q = query(uri.getRawQuery());
        assertThat(q).containsEntry("response_type", "code").containsEntry("client_id", "li-client-77")
                .containsEntry("redirect_uri", "https://zapcut.example/cb/linkedin").containsEntry("state", "st-123")
                .containsEntry("scope", "openid profile w_member_social")
                .containsEntry("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
                .containsEntry("code_challenge_method", "S256");
    }

    @Test
    void theCodeIsExchangedOnceWithItsVerifierAndTheAppsCredentials() {
        wm.stubFor(post("/oauth/v2/accessToken").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_request\",\"error_description\":\"Unable to retrieve access token: code verifier mismatch\"}")));
        wm.stubFor(post("/oauth/v2/accessToken").withRequestBody(containing("code_verifier=" + VERIFIER)).atPriority(1)
                .willReturn(okJson("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":5184000,\"refresh_token\":\"" + REFRESH
                        + "\",\"refresh_token_expires_in\":31536000,\"scope\":\"openid,profile,w_member_social\",\"token_type\":\"Bearer\"}")));

        TokenGrant grant = client().exchangeCode("AQTcode", VERIFIER, URI.create("https://zapcut.example/cb/linkedin"));
        assertThat(grant.accessToken()).isEqualTo(TOKEN);
        assertThat(grant.refreshToken()).isEqualTo(REFRESH);
        assertThat(grant.expiresIn()).isEqualTo(Duration.ofDays(60));
        assertThat(grant.refreshExpiresIn()).isEqualTo(Duration.ofDays(365));
        assertThat(grant.scopes()).containsExactly("openid", "profile", "w_member_social");
        LoggedRequest sent = wm.findAll(postRequestedFor(urlEqualTo("/oauth/v2/accessToken"))).getFirst();
        assertThat(sent.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(query(sent.getBodyAsString())).containsEntry("grant_type", "authorization_code").containsEntry("code", "AQTcode")
                .containsEntry("redirect_uri", "https://zapcut.example/cb/linkedin").containsEntry("client_id", "li-client-77")
                .containsEntry("client_secret", SECRET).containsEntry("code_verifier", VERIFIER);

        // A wrong verifier gets LinkedIn's 400, after exactly one request: a code is single use.
        wm.resetRequests();
        assertThatThrownBy(() -> client().exchangeCode("AQTcode", "x".repeat(43), URI.create("https://zapcut.example/cb/linkedin")))
                .isInstanceOfSatisfying(VendorException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("code verifier mismatch");
                });
        wm.verify(1, postRequestedFor(urlEqualTo("/oauth/v2/accessToken")));
    }

    @Test
    void aRefreshTokenGrantsAFreshAccessTokenAndARefusedOneAsksToReconnect() {
        wm.stubFor(post("/oauth/v2/accessToken").willReturn(okJson(
                "{\"access_token\":\"AQV-fresh-access-token-000000\",\"expires_in\":5184000,\"refresh_token\":\"" + REFRESH
                        + "\",\"refresh_token_expires_in\":25000000,\"scope\":\"openid profile w_member_social\"}")));
        TokenGrant grant = client().refresh(REFRESH);
        assertThat(grant.accessToken()).isEqualTo("AQV-fresh-access-token-000000");
        assertThat(grant.refreshExpiresIn()).isEqualTo(Duration.ofSeconds(25000000));
        assertThat(grant.scopes()).containsExactly("openid", "profile", "w_member_social");
        assertThat(query(wm.findAll(postRequestedFor(urlEqualTo("/oauth/v2/accessToken"))).getFirst().getBodyAsString()))
                .containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", REFRESH)
                .containsEntry("client_id", "li-client-77").containsEntry("client_secret", SECRET);

        // LinkedIn echoing the refresh token in its refusal must not carry it into the message.
        wm.stubFor(post("/oauth/v2/accessToken").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"The provided refresh token " + REFRESH
                        + " is invalid, expired or revoked\"}")));
        wm.resetRequests();
        assertThatThrownBy(() -> client().refresh(REFRESH)).isInstanceOfSatisfying(ReconnectRequired.class, e -> {
            assertThat(e.platform()).isEqualTo(Platform.LINKEDIN);
            assertThat(e.getMessage()).startsWith("LinkedIn refused the saved sign-in (")
                    .contains("is invalid, expired or revoked").endsWith("); connect the account again")
                    .doesNotContain(REFRESH);
        });
        wm.verify(1, postRequestedFor(urlEqualTo("/oauth/v2/accessToken")));
    }

    @Test
    void theAccountIsTheOpenIdSubjectAndName() {
        wm.stubFor(get("/v2/userinfo").withHeader("Authorization", equalTo("Bearer " + TOKEN)).willReturn(okJson(
                "{\"sub\":\"782bbtaQ\",\"name\":\"Ada Lovelace\",\"given_name\":\"Ada\",\"family_name\":\"Lovelace\",\"locale\":\"en-US\"}")));
        PlatformAccount me = client().account(TOKEN);
        assertThat(me).isEqualTo(new PlatformAccount("782bbtaQ", "Ada Lovelace", null));
        assertThat(LinkedInClient.personUrn(me)).isEqualTo("urn:li:person:782bbtaQ");
    }

    // ---- 2. Upload in parts

    @Test
    void aNineMegabyteVideoGoesUpInItsThreeRangesAndIsFinalizedWithTheirETagsInOrder() throws Exception {
        int size = 9_000_000;
        Path file = video(size);
        byte[] bytes = Files.readAllBytes(file);
        long[][] ranges = {{0, 4 * MIB - 1}, {4 * MIB, 8 * MIB - 1}, {8 * MIB, size - 1}};
        stubInitialize(ranges);
        // Part 2 fails once with a 503: only it is sent again.
        wm.stubFor(put(urlPathEqualTo("/dms-uploads/part-2")).inScenario("p2").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("upstream busy")).willSetStateTo("ok"));
        wm.stubFor(put(urlPathEqualTo("/dms-uploads/part-2")).inScenario("p2").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withHeader("ETag", "/ambry-video/signedId/part-2.bin")));
        stubStatus(status("AVAILABLE"));

        UploadedMedia media = upload(client(), file);

        assertThat(media).isEqualTo(new UploadedMedia(VIDEO, null, null));
        wm.verify(postRequestedFor(urlEqualTo("/rest/videos?action=initializeUpload"))
                .withRequestBody(matchingJsonPath("$.initializeUploadRequest.owner", equalTo("urn:li:person:782bbtaQ")))
                .withRequestBody(matchingJsonPath("$.initializeUploadRequest.fileSizeBytes", equalTo("9000000")))
                .withRequestBody(matchingJsonPath("$.initializeUploadRequest.uploadCaptions", equalTo("false")))
                .withRequestBody(matchingJsonPath("$.initializeUploadRequest.uploadThumbnail", equalTo("false"))));
        for (int i = 0; i < 3; i++) {
            byte[] slice = Arrays.copyOfRange(bytes, (int) ranges[i][0], (int) ranges[i][1] + 1);
            List<LoggedRequest> puts = wm.findAll(putRequestedFor(urlPathEqualTo("/dms-uploads/part-" + (i + 1))));
            assertThat(puts).hasSize(i == 1 ? 2 : 1);
            for (LoggedRequest put : puts) {
                assertThat(put.getBody()).as("part %d", i + 1).isEqualTo(slice);
                assertThat(put.getHeader("Content-Type")).isEqualTo("application/octet-stream");
                assertThat(put.getHeader("Content-Length")).isEqualTo(String.valueOf(slice.length));
                assertThat(put.containsHeader("Authorization")).as("the pre-signed upload URL gets no bearer token").isFalse();
                assertThat(put.getUrl()).contains("ut=sig" + (i + 1));
            }
        }
        // In order: part 1 before part 2 (both tries) before part 3.
        List<String> order = wm.getAllServeEvents().reversed().stream().map(e -> e.getRequest().getUrl())
                .filter(u -> u.startsWith("/dms-uploads/")).map(u -> u.substring(0, u.indexOf('?'))).toList();
        assertThat(order).containsExactly("/dms-uploads/part-1", "/dms-uploads/part-2", "/dms-uploads/part-2", "/dms-uploads/part-3");

        JsonNode fin = Json.MAPPER.readTree(wm.findAll(postRequestedFor(urlEqualTo("/rest/videos?action=finalizeUpload")))
                .getFirst().getBodyAsString()).path("finalizeUploadRequest");
        assertThat(fin.path("video").asString()).isEqualTo(VIDEO);
        assertThat(fin.path("uploadToken").asString()).isEqualTo("upl-token-1");
        assertThat(java.util.stream.StreamSupport.stream(fin.path("uploadedPartIds").spliterator(), false).map(JsonNode::asString).toList()).containsExactly(
                "/ambry-video/signedId/part-1.bin", "/ambry-video/signedId/part-2.bin", "/ambry-video/signedId/part-3.bin");
        // One jittered retry wait for part 2's 503, no poll wait (AVAILABLE at once).
        assertThat(kit.sleeps).hasSize(1);
        assertThat(kit.sleeps.getFirst()).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(progress).containsSubsequence("uploading:0.0", "uploading:" + (4.0 * MIB / size), "uploading:" + (8.0 * MIB / size),
                "uploading:1.0", "processing:0.0", "processing:1.0");
    }

    @Test
    void instructionsThatDoNotCoverTheFileAreRefusedBeforeAnythingIsSent() throws Exception {
        stubInitialize(new long[] {0, 99_999}, new long[] {100_001, 199_999});
        assertThatThrownBy(() -> upload(client(), video(200_000))).isInstanceOfSatisfying(VendorException.class,
                e -> assertThat(e.getMessage()).contains(VIDEO).contains("do not continue from byte 100000"));
        wm.verify(0, putRequestedFor(urlPathMatching("/dms-uploads/.*")));
    }

    // ---- 3. Processing

    @Test
    void processingIsPolledAfterTwoThenFourSecondsUntilAvailable() throws Exception {
        stubInitialize(new long[] {0, 99_999});
        stubStatus(status("PROCESSING"), status("PROCESSING"), status("AVAILABLE"));
        assertThat(upload(client(), video(100_000)).id()).isEqualTo(VIDEO);
        wm.verify(3, getRequestedFor(urlEqualTo(VIDEO_PATH)));
        assertThat(kit.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void aFailedProcessingIsAMediaProcessingFailureWithLinkedInsReason() throws Exception {
        stubInitialize(new long[] {0, 99_999});
        stubStatus(status("WAITING_UPLOAD"), "{\"id\":\"" + VIDEO + "\",\"status\":\"PROCESSING_FAILED\","
                + "\"processingFailureReason\":\"Video duration is shorter than the minimum of 3 seconds\"}");
        assertThatThrownBy(() -> upload(client(), video(100_000))).isInstanceOf(MediaProcessingFailed.class)
                .hasMessageContaining(VIDEO).hasMessageContaining("shorter than the minimum of 3 seconds");
        assertThat(kit.sleeps).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void theProcessingLimitStopsAVideoThatNeverFinishes() throws Exception {
        stubInitialize(new long[] {0, 99_999});
        wm.stubFor(get(urlEqualTo(VIDEO_PATH)).willReturn(okJson(status("PROCESSING"))));
        assertThatThrownBy(() -> upload(client(Duration.ofSeconds(30)), video(100_000))).isInstanceOfSatisfying(VendorException.class, e -> {
            assertThat(e.code()).isEqualTo("processing_timeout");
            assertThat(e.getMessage()).contains(VIDEO).contains("still processing").contains("30 s");
        });
        // 2, 4, 8, then 15 s at most, and the last wait only up to the limit.
        assertThat(kit.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(15), Duration.ofSeconds(1));
        wm.verify(6, getRequestedFor(urlEqualTo(VIDEO_PATH)));
    }

    // ---- 4. Headers and the post

    @Test
    void aPostCarriesTheEscapedCaptionTheVideoAndItsTitleAndItsUrnComesFromTheHeader() throws Exception {
        stubInitialize(new long[] {0, 99_999});
        stubStatus(status("AVAILABLE"));
        wm.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(201)
                .withHeader("x-restli-id", "urn:li:share:6844785523593134080")));
        LinkedInClient client = client();
        UploadedMedia media = upload(client, video(100_000));

        PublishedPost post = client.createPost(TOKEN, MEMBER, media,
                new PostRequest("Brew better (really) #coffee @home_barista", "CONNECTIONS", "Morning ritual"));

        assertThat(post).isEqualTo(new PublishedPost("urn:li:share:6844785523593134080",
                URI.create("https://www.linkedin.com/feed/update/urn:li:share:6844785523593134080")));
        wm.verify(1, postRequestedFor(urlEqualTo("/rest/posts")));
        JsonNode body = Json.MAPPER.readTree(wm.findAll(postRequestedFor(urlEqualTo("/rest/posts"))).getFirst().getBodyAsString());
        assertThat(body.path("author").asString()).isEqualTo("urn:li:person:782bbtaQ");
        assertThat(body.path("commentary").asString()).isEqualTo("Brew better \\(really\\) #coffee \\@home\\_barista");
        assertThat(body.path("visibility").asString()).isEqualTo("CONNECTIONS");
        assertThat(body.path("distribution").path("feedDistribution").asString()).isEqualTo("MAIN_FEED");
        assertThat(body.path("distribution").path("targetEntities").isArray()).isTrue();
        assertThat(body.path("content").path("media").path("id").asString()).isEqualTo(VIDEO);
        assertThat(body.path("content").path("media").path("title").asString()).isEqualTo("Morning ritual");
        assertThat(body.path("lifecycleState").asString()).isEqualTo("PUBLISHED");
        assertThat(body.path("isReshareDisabledByAuthor").asBoolean(true)).isFalse();

        // Every /rest call (initialize, finalize, poll, post) carries the bearer and LinkedIn's two headers.
        List<LoggedRequest> rest = wm.findAll(anyRequestedFor(urlPathMatching("/rest/.*")));
        assertThat(rest).hasSize(4);
        for (LoggedRequest r : rest) {
            assertThat(r.getHeader("Authorization")).as(r.getUrl()).isEqualTo("Bearer " + TOKEN);
            assertThat(r.getHeader("LinkedIn-Version")).as(r.getUrl()).isEqualTo(VERSION);
            assertThat(r.getHeader("X-Restli-Protocol-Version")).as(r.getUrl()).isEqualTo("2.0.0");
        }
    }

    @Test
    void aCreatedPostWithoutAnXRestliIdFailsClearlyAfterOneRequest() {
        wm.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(201)));
        assertThatThrownBy(() -> client().createPost(TOKEN, MEMBER, new UploadedMedia(VIDEO, null, null),
                new PostRequest("hi", "PUBLIC", null))).isInstanceOfSatisfying(VendorException.class, e -> {
                    assertThat(e.code()).isEqualTo("missing_post_id");
                    assertThat(e.getMessage()).contains("x-restli-id").contains("may exist");
                });
        wm.verify(1, postRequestedFor(urlEqualTo("/rest/posts")));
        // No title given: none sent.
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/rest/posts"))).getFirst().getBodyAsString()).doesNotContain("\"title\"");
    }

    // ---- 5. Failures

    @Test
    void aRateLimitOnInitializeUploadIsRetriedWithTheJitteredBackoff() throws Exception {
        stubInitialize(new long[] {0, 99_999});
        wm.stubFor(post(urlEqualTo("/rest/videos?action=initializeUpload")).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":429,\"serviceErrorCode\":101,\"code\":\"TOO_MANY_REQUESTS\",\"message\":\"Resource level throttle limit reached\"}"))
                .willSetStateTo("again"));
        wm.stubFor(post(urlEqualTo("/rest/videos?action=initializeUpload")).inScenario("429").whenScenarioStateIs("again")
                .willReturn(okJson("{\"value\":{\"video\":\"" + VIDEO + "\",\"uploadInstructions\":[{\"uploadUrl\":\"" + wm.baseUrl()
                        + "/dms-uploads/part-1\",\"firstByte\":0,\"lastByte\":99999}],\"uploadToken\":\"\"}}")));
        stubStatus(status("AVAILABLE"));

        assertThat(upload(client(), video(100_000)).id()).isEqualTo(VIDEO);

        wm.verify(2, postRequestedFor(urlEqualTo("/rest/videos?action=initializeUpload")));
        // No Retry-After from LinkedIn: the first backoff, jittered in [base/2, base] of the kit's 200 ms.
        assertThat(kit.sleeps).hasSize(1);
        assertThat(kit.sleeps.getFirst()).isPositive().isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        // An empty uploadToken goes back as given.
        assertThat(Json.MAPPER.readTree(wm.findAll(postRequestedFor(urlEqualTo("/rest/videos?action=finalizeUpload"))).getFirst()
                .getBodyAsString()).at("/finalizeUploadRequest/uploadToken").asString(null)).isEmpty();
    }

    @Test
    void aRefusedPostFailsWithLinkedInsMessageAfterExactlyOneRequest() {
        wm.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                .withBody("{\"status\":422,\"serviceErrorCode\":100,\"code\":\"UNPROCESSABLE_ENTITY\","
                        + "\"message\":\"ERROR :: /content/media/id :: MEDIA_ASSET_PROCESSING_FAILED\"}")));
        assertThatThrownBy(() -> client().createPost(TOKEN, MEMBER, new UploadedMedia(VIDEO, null, null), new PostRequest("hi", null, "t")))
                .isInstanceOfSatisfying(VendorException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.code()).isEqualTo("UNPROCESSABLE_ENTITY");
                    assertThat(e.getMessage()).contains("MEDIA_ASSET_PROCESSING_FAILED");
                });
        wm.verify(1, postRequestedFor(urlEqualTo("/rest/posts")));
        assertThat(kit.sleeps).isEmpty();
    }

    @Test
    void aServerErrorOnThePostIsThrownAfterExactlyOneRequest() {
        wm.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody("{\"status\":500,\"message\":\"Internal Server Error\"}")));
        assertThatThrownBy(() -> client().createPost(TOKEN, MEMBER, new UploadedMedia(VIDEO, null, null), new PostRequest("hi", "PUBLIC", null)))
                .isInstanceOfSatisfying(VendorException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.retryable()).as("retryable in kind; the caller decides after looking the post up").isTrue();
                });
        wm.verify(1, postRequestedFor(urlEqualTo("/rest/posts")));
        assertThat(kit.sleeps).isEmpty();
    }

    // ---- 6. Finding a post

    @Test
    void anEarlierPostIsFoundByItsVideo() {
        wm.stubFor(get(urlPathEqualTo("/rest/posts")).withQueryParam("author", equalTo("urn:li:person:782bbtaQ"))
                .withQueryParam("q", equalTo("author")).withQueryParam("count", equalTo("10"))
                .withQueryParam("sortBy", equalTo("LAST_MODIFIED")).withHeader("X-RestLi-Method", equalTo("FINDER"))
                .willReturn(okJson("{\"paging\":{\"start\":0,\"count\":10},\"elements\":["
                        + "{\"id\":\"urn:li:share:111\",\"author\":\"urn:li:person:782bbtaQ\",\"content\":{\"media\":{\"id\":\"urn:li:video:OTHER\"}}},"
                        + "{\"id\":\"urn:li:ugcPost:222\",\"author\":\"urn:li:person:782bbtaQ\",\"content\":{\"media\":{\"title\":\"t\",\"id\":\"" + VIDEO + "\"}}},"
                        + "{\"id\":\"urn:li:share:333\",\"author\":\"urn:li:person:782bbtaQ\",\"commentary\":\"text only\"}]}")));
        assertThat(client().findPost(TOKEN, MEMBER, new UploadedMedia(VIDEO, null, null))).contains(
                new PublishedPost("urn:li:ugcPost:222", URI.create("https://www.linkedin.com/feed/update/urn:li:ugcPost:222")));
        assertThat(client().findPost(TOKEN, MEMBER, new UploadedMedia("urn:li:video:NEVER", null, null))).isEmpty();
        LoggedRequest r = wm.findAll(getRequestedFor(urlPathEqualTo("/rest/posts"))).getFirst();
        assertThat(r.getUrl()).contains("author=urn%3Ali%3Aperson%3A782bbtaQ");
        assertThat(r.getHeader("LinkedIn-Version")).isEqualTo(VERSION);
        assertThat(r.getHeader("X-Restli-Protocol-Version")).isEqualTo("2.0.0");
        assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void withoutPermissionToReadPostsTheLookupSaysSo() {
        wm.stubFor(get(urlPathEqualTo("/rest/posts")).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"status\":403,\"serviceErrorCode\":100,\"code\":\"ACCESS_DENIED\",\"message\":\"Not enough permissions to access: partnerApiPostsExternal.FINDER-author.20251101\"}")));
        assertThatThrownBy(() -> client().findPost(TOKEN, MEMBER, new UploadedMedia(VIDEO, null, null)))
                .isInstanceOf(PostLookupUnavailable.class)
                .hasMessageStartingWith("LinkedIn does not let this app read the member's posts");
        wm.verify(1, getRequestedFor(urlPathEqualTo("/rest/posts")));
    }

    // ---- 7. Secrets

    @Test
    void noTokenOrSecretReachesAnyMessage() throws Exception {
        String echo = "token " + TOKEN + " refresh " + REFRESH + " secret " + SECRET;
        String json = "{\"status\":%d,\"serviceErrorCode\":65600,\"code\":\"INVALID_ACCESS_TOKEN\",\"message\":\"" + echo + "\"}";
        wm.stubFor(get("/v2/userinfo").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody(json.formatted(401))));
        wm.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody(json.formatted(401))));
        wm.stubFor(get(urlPathEqualTo("/rest/posts")).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody(json.formatted(400))));
        wm.stubFor(post(urlEqualTo("/rest/videos?action=initializeUpload")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "text/plain").withBody("Bearer " + TOKEN + " rejected; " + echo)));
        wm.stubFor(post("/oauth/v2/accessToken").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"" + echo + "\"}")));
        LinkedInClient client = client();
        Path file = video(100_000);
        UploadedMedia media = new UploadedMedia(VIDEO, null, null);
        List<Throwable> thrown = List.of(
                catchThrowable(() -> client.account(TOKEN)),
                catchThrowable(() -> client.createPost(TOKEN, MEMBER, media, new PostRequest("x", "PUBLIC", null))),
                catchThrowable(() -> client.findPost(TOKEN, MEMBER, media)),
                catchThrowable(() -> client.upload(TOKEN, MEMBER, file, null)),
                catchThrowable(() -> client.exchangeCode("code", VERIFIER, URI.create("https://zapcut.example/cb"))),
                catchThrowable(() -> client.refresh(REFRESH)));
        assertThat(thrown).doesNotContainNull();
        assertThat(thrown.get(0)).isInstanceOf(VendorException.class).hasMessageContaining("401");
        // A refused client secret is the app's misconfiguration, not the member's sign-in: no reconnect asked.
        assertThat(thrown.get(5)).isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.code()).isEqualTo("invalid_client"));
        for (Throwable t : thrown) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                assertThat(c.getMessage()).as(t.getClass().getSimpleName()).doesNotContain(TOKEN).doesNotContain(REFRESH).doesNotContain(SECRET);
                assertThat(c.toString()).doesNotContain(TOKEN).doesNotContain(REFRESH).doesNotContain(SECRET);
            }
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
