package video.zapcut.web.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import video.zapcut.publishing.Connections;
import video.zapcut.publishing.ExportRunner;
import video.zapcut.publishing.ExportWorker;
import video.zapcut.publishing.Exports;
import video.zapcut.publishing.PlatformFiles;
import video.zapcut.publishing.PlatformFormat;
import video.zapcut.publishing.Platform;
import video.zapcut.publishing.TokenCipher;
import video.zapcut.common.AspectRatio;
import video.zapcut.testing.Ffprobe;
import video.zapcut.testing.VendorMedia;
import video.zapcut.web.ApiClient;
import video.zapcut.web.projects.ProjectApiTest;

/**
 * Publishing end to end over HTTP, with WireMock playing X and LinkedIn in their wire formats:
 * connecting (PKCE checked by the stub), posting (the X file made at 1280x720 and kept), repeats,
 * resuming after a crash, refresh rotation, revocation, captions, async exports and history.
 */
@org.junit.jupiter.api.extension.ExtendWith(OutputCaptureExtension.class)
class PublishingApiTest extends ProjectApiTest {
    static final WireMockServer WM = new WireMockServer(wireMockConfig().dynamicPort());
    static final byte[] AD_VIDEO = VendorMedia.clip(1920, 1080, 4);
    static final String TWEET = "1790000000000000001";

    static {
        WM.start();
    }

    @DynamicPropertySource
    static void platforms(DynamicPropertyRegistry r) {
        r.add("ZAPCUT_PUBLIC_URL", () -> "http://studio.example");
        r.add("ZAPCUT_X_CLIENT_ID", () -> "x-client-id");
        r.add("ZAPCUT_X_AUTHORIZE_URL", () -> WM.baseUrl() + "/i/oauth2/authorize");
        r.add("ZAPCUT_X_API_BASE_URL", WM::baseUrl);
        r.add("ZAPCUT_LINKEDIN_CLIENT_ID", () -> "li-client-id");
        r.add("ZAPCUT_LINKEDIN_CLIENT_SECRET", () -> "li-client-secret-value");
        r.add("ZAPCUT_LINKEDIN_OAUTH_BASE_URL", () -> WM.baseUrl() + "/oauth/v2");
        r.add("ZAPCUT_LINKEDIN_API_BASE_URL", WM::baseUrl);
        r.add("ZAPCUT_PUBLISH_RETRY_BASE_MS", () -> "20");
    }

    @AfterAll
    static void stop() { WM.stop(); }

    @Autowired
    Connections connections;
    @Autowired
    TokenCipher cipher;
    @Autowired
    Exports exports;
    @Autowired
    ExportRunner runner;
    @TempDir
    Path dir;

    String owner;

    @BeforeEach
    void fresh() {
        WM.resetAll();
        owner = newToken();
    }

    // --- connecting ------------------------------------------------------------------------------

    @Test
    void connectingXChecksPkceStoresSealedTokensAndListsTheAccountWithoutThem() {
        String location = connectX(owner, "at-1", "rt-1", 7200);

        assertThat(location).startsWith("http://studio.example/projects?connected=x&connection=");
        ServeEvent exchange = only("POST", "/2/oauth2/token");
        Map<String, String> form = form(exchange.getRequest());
        assertThat(form).containsEntry("grant_type", "authorization_code").containsEntry("code", "good-code")
                .containsEntry("client_id", "x-client-id").containsEntry("redirect_uri", "http://studio.example/v1/connections/x/callback");

        ApiClient.Response list = api.get("/v1/connections", owner);
        assertThat(list.status()).isEqualTo(200);
        JsonNode c = list.json().path("connections").get(0);
        assertThat(c.path("platform").asString()).isEqualTo("x");
        assertThat(c.path("account_id").asString()).isEqualTo("1001");
        assertThat(c.path("handle").asString()).isEqualTo("lunacoffee");
        assertThat(c.path("status").asString()).isEqualTo("active");
        assertThat(c.path("scopes").toString()).contains("media.write");
        assertThat(list.body()).doesNotContain("at-1").doesNotContain("rt-1");
        assertThat(list.json().path("platforms").toString()).contains("\"configured\":true");

        Map<String, Object> row = jdbc.sql("SELECT access_token, refresh_token FROM platform_connections WHERE id = :id")
                .param("id", UUID.fromString(c.path("id").asString())).query().singleRow();
        assertThat((String) row.get("access_token")).startsWith("v1.").doesNotContain("at-1");
        assertThat(cipher.decrypt((String) row.get("refresh_token"), "connection:" + c.path("id").asString() + ":refresh")).isEqualTo("rt-1");
    }

    @Test
    void aReusedExpiredOrForeignStateStoresNothing() {
        String[] flow = startX(owner);
        stubXToken("good-code", flow[1], "at-1", "rt-1", 7200);
        stubXUser();
        assertThat(callback("x", "good-code", flow[0])).contains("connected=x");
        long stored = connectionsOf(owner);

        assertThat(callback("x", "good-code", flow[0])).contains("connect_error=").contains("already%20used");
        String[] other = startX(owner);
        assertThat(callback("linkedin", "good-code", other[0])).contains("connect_error=");
        String[] late = startX(owner);
        jdbc.sql("UPDATE oauth_states SET expires_at = NOW() - INTERVAL '1 second'").update();
        assertThat(callback("x", "good-code", late[0])).contains("connect_error=");
        assertThat(callback("x", "good-code", "made-up-state")).contains("connect_error=");

        assertThat(connectionsOf(owner)).isEqualTo(stored);
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/2/oauth2/token")))).hasSize(1);
    }

    @Test
    void theUserWhoSaidNoIsSentBackWithTheReasonAndNothingIsStored() {
        String[] flow = startX(owner);
        String location = browserGet("/v1/connections/x/callback?error=access_denied&error_description=The+user+denied&state=" + flow[0]);
        assertThat(URLDecoder.decode(location, StandardCharsets.UTF_8)).contains("X did not grant access (access_denied: The user denied)");
        assertThat(connectionsOf(owner)).isZero();
    }

    @Test
    void aConnectionCanBeRemovedAndAnotherUsersCannot() {
        connectX(owner, "at-1", "rt-1", 7200);
        String id = api.get("/v1/connections", owner).json().path("connections").get(0).path("id").asString();
        String stranger = newToken();
        assertProblem(delete("/v1/connections/" + id, stranger), 404);
        assertThat(delete("/v1/connections/" + id, owner).status()).isEqualTo(204);
        assertThat(connectionsOf(owner)).isZero();
    }

    // --- posting to X ----------------------------------------------------------------------------

    @Test
    void postingToXUploadsA1280x720CopyInOrderedSegmentsAndTweetsOnce() throws Exception {
        connectX(owner, "at-1", "rt-1", 7200);
        UUID ad = finishedAd();
        stubXUpload("{\"data\":{\"id\":\"1880028106020515840\",\"media_key\":\"7_1880028106020515840\",\"processing_info\":{\"state\":\"pending\",\"check_after_secs\":1}}}");
        WM.stubFor(WireMock.get(urlPathEqualTo("/2/media/upload")).withQueryParam("command", equalTo("STATUS"))
                .willReturn(okJson("{\"data\":{\"id\":\"1880028106020515840\",\"processing_info\":{\"state\":\"succeeded\",\"progress_percent\":100}}}")));
        stubTweet();

        ApiClient.Response posted = post("/v1/export/twitter", Map.of("ad_id", ad.toString(),
                "caption", "Meet Luna Cold Brew ☕ https://luna.example/cold-brew #ColdBrew"), owner);

        assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
        assertThat(posted.json().path("tweet_id").asString()).isEqualTo(TWEET);
        assertThat(posted.json().path("tweet_url").asString()).isEqualTo("https://x.com/lunacoffee/status/" + TWEET);
        assertThat(posted.json().path("posted_at").asString()).isNotBlank();

        // The X copy is kept with the ad, at X's size, and it is what went up.
        Path kept = dir.resolve("x.mp4");
        Files.copy(blobs.open(PlatformFiles.key(ad, PlatformFormat.of(Platform.X, AspectRatio.LANDSCAPE))), kept);
        Ffprobe.Facts facts = Ffprobe.probe(kept);
        assertThat(facts.width()).isEqualTo(1280);
        assertThat(facts.height()).isEqualTo(720);
        assertThat(facts.videoCodec()).isEqualTo("h264");
        JsonNode init = json(only("POST", "/2/media/upload/initialize").getRequest());
        assertThat(init.path("total_bytes").asLong()).isEqualTo(Files.size(kept));
        assertThat(init.path("media_type").asString()).isEqualTo("video/mp4");
        assertThat(init.path("media_category").asString()).isEqualTo("tweet_video");

        JsonNode tweet = json(only("POST", "/2/tweets").getRequest());
        assertThat(tweet.path("text").asString()).isEqualTo("Meet Luna Cold Brew ☕ https://luna.example/cold-brew #ColdBrew");
        assertThat(tweet.path("media").path("media_ids").get(0).asString()).isEqualTo("1880028106020515840");
        assertThat(only("POST", "/2/tweets").getRequest().getHeader("Authorization")).isEqualTo("Bearer at-1");

        JsonNode history = api.get("/v1/ads/" + ad + "/exports", owner).json().path("exports");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("status").asString()).isEqualTo("succeeded");
        assertThat(history.get(0).path("progress").asInt()).isEqualTo(100);
        assertThat(history.get(0).path("account").path("handle").asString()).isEqualTo("lunacoffee");
    }

    @Test
    void aRepeatWithTheSameKeyReturnsTheFirstResultAndADifferentRequestUnderItIsRefused() {
        connectX(owner, "at-1", "rt-1", 7200);
        UUID ad = finishedAd();
        stubXUpload(null);
        stubTweet();
        Map<String, Object> body = Map.of("ad_id", ad.toString(), "caption", "Cold brew, ready when you are.");

        ApiClient.Response first = postWithKey("/v1/export/twitter", body, "click-1", null);
        ApiClient.Response again = postWithKey("/v1/export/twitter", body, "click-1", null);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/2/tweets")))).hasSize(1);
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/2/media/upload/initialize")))).hasSize(1);

        ApiClient.Response changed = postWithKey("/v1/export/twitter", Map.of("ad_id", ad.toString(), "caption", "Another text"), "click-1", null);
        assertProblem(changed, 422);
        assertThat(changed.json().path("type").asString()).endsWith("/idempotency-key-reused");
    }

    @Test
    void anExportThatDiedAfterSendingThePostIsFinishedByAskingXNotByPostingAgain() {
        connectX(owner, "at-1", "rt-1", 7200);
        UUID ad = finishedAd();
        stubXUpload(null);
        stubTweet();
        Map<String, Object> body = Map.of("ad_id", ad.toString(), "caption", "Cold brew, ready when you are.");
        assertThat(postWithKey("/v1/export/twitter", body, "click-2", null).status()).isEqualTo(200);
        // What a crash between X's answer and our record of it leaves: the upload and "post sent" are
        // written, the post is not, and the runner's lease has lapsed.
        jdbc.sql("""
                UPDATE ad_exports SET status = 'running', post_id = NULL, post_url = NULL, posted_at = NULL,
                  lease_owner = 'dead-process', lease_until = NOW() - INTERVAL '1 second' WHERE idempotency_key = 'click-2'""").update();
        stubTweetCarryingTheUpload();

        ApiClient.Response repeated = postWithKey("/v1/export/twitter", body, "click-2", null);

        assertThat(repeated.status()).as(repeated.toString()).isEqualTo(200);
        assertThat(repeated.json().path("tweet_id").asString()).isEqualTo(TWEET);
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/2/tweets")))).hasSize(1);
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/2/media/upload/initialize")))).hasSize(1);
        assertThat(WM.findAll(getRequestedFor(urlPathEqualTo("/2/users/1001/tweets")))).hasSize(1);
    }

    @Test
    void theBackgroundWorkerResumesAnExportWhoseProcessDiedAndPostsNothingTwice() throws Exception {
        connectX(owner, "at-1", "rt-1", 7200);
        UUID ad = finishedAd();
        stubXUpload(null);
        stubTweet();
        ApiClient.Response first = postWithKey("/v1/export/twitter", Map.of("ad_id", ad.toString(), "caption", "Cold brew."), "click-3", null);
        assertThat(first.status()).isEqualTo(200);
        // A process died after uploading and before posting: the upload is kept, no post was sent.
        UUID id = UUID.fromString(first.json().path("export_id").asString());
        jdbc.sql("""
                UPDATE ad_exports SET status = 'running', post_id = NULL, post_url = NULL, posted_at = NULL, post_attempted_at = NULL,
                  lease_owner = 'dead-process', lease_until = NOW() - INTERVAL '1 second' WHERE id = :id""").param("id", id).update();
        WM.resetRequests();
        ExportWorker worker = new ExportWorker(exports, runner, java.time.Duration.ofMillis(100), 2);
        worker.start();
        try {
            JsonNode done = awaitExport(id.toString());
            assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("succeeded");
            assertThat(done.path("attempts").asInt()).isEqualTo(2);
        } finally {
            worker.stop();
        }
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/2/tweets")))).hasSize(1);
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/2/media/upload/initialize")))).as("the kept upload is reused").isEmpty();
    }

    @Test
    void aRunnerWhoseLeaseWasTakenOverMayNotSendThePostOrRecordAnything() {
        connectX(owner, "at-1", "rt-1", 7200);
        UUID ad = finishedAd();
        stubXUpload(null);
        stubTweet();
        UUID id = UUID.fromString(post("/v1/export/twitter", Map.of("ad_id", ad.toString(), "caption", "Cold brew."), owner)
                .json().path("export_id").asString());
        jdbc.sql("UPDATE ad_exports SET status = 'running', lease_owner = 'runner-b', post_attempted_at = NULL WHERE id = :id")
                .param("id", id).update();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> exports.postAttempted(id, "runner-a")).isInstanceOf(Exports.LeaseLost.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> exports.failed(id, "runner-a", "platform_rejected", "no"))
                .isInstanceOf(Exports.LeaseLost.class);
        assertThat(exports.renew(id, "runner-a")).isFalse();
        assertThat(exports.renew(id, "runner-b")).isTrue();
        var row = exports.find(id).orElseThrow();
        assertThat(row.postAttemptedAt()).isNull();
        assertThat(row.status()).isEqualTo("running");
    }

    @Test
    void twoExportsFindingTheTokenExpiredTogetherBothPostAndKeepTheRotatedRefreshToken() throws Exception {
        connectX(owner, "at-1", "rt-1", 7200);
        UUID adA = finishedAd();
        UUID adB = finishedAd();
        jdbc.sql("UPDATE platform_connections SET access_expires_at = NOW() - INTERVAL '1 minute'").update();
        stubRotatingRefresh(500);
        stubXUpload(null);
        stubTweet();

        String a = postWithKey("/v1/export/twitter", Map.of("ad_id", adA.toString(), "caption", "A"), "a", "respond-async").json().path("export_id").asString();
        String b = postWithKey("/v1/export/twitter", Map.of("ad_id", adB.toString(), "caption", "B"), "b", "respond-async").json().path("export_id").asString();

        assertThat(awaitExport(a).path("status").asString()).isEqualTo("succeeded");
        assertThat(awaitExport(b).path("status").asString()).isEqualTo("succeeded");
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/2/oauth2/token")).withRequestBody(containing("grant_type=refresh_token")))).hasSize(1);
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/2/tweets")))).allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer at-2"));
        assertThat(storedRefreshToken(owner)).isEqualTo("rt-2");
    }

    @Test
    void anAnswerLostOnTheWayIsCheckedWithXBeforeAnyRepost() {
        connectX(owner, "at-1", "rt-1", 7200);
        UUID ad = finishedAd();
        stubXUpload(null);
        // X takes the post but the connection drops before its answer arrives.
        WM.stubFor(WireMock.post("/2/tweets").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        stubTweetCarryingTheUpload();

        ApiClient.Response posted = post("/v1/export/twitter", Map.of("ad_id", ad.toString(), "caption", "Cold brew."), owner);

        assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
        assertThat(posted.json().path("tweet_id").asString()).isEqualTo(TWEET);
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/2/tweets")))).hasSize(1);
    }

    @Test
    void aSuccessWhoseAnswerCannotBeReadIsFoundNotPostedAgain() {
        connectX(owner, "at-1", "rt-1", 7200);
        UUID ad = finishedAd();
        stubXUpload(null);
        WM.stubFor(WireMock.post("/2/tweets").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"data\":{\"text\":\"an answer without the id\"}}")));
        stubTweetCarryingTheUpload();

        ApiClient.Response posted = post("/v1/export/twitter", Map.of("ad_id", ad.toString(), "caption", "Cold brew."), owner);

        assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
        assertThat(posted.json().path("tweet_id").asString()).isEqualTo(TWEET);
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/2/tweets")))).hasSize(1);
    }

    @Test
    void a429OnTheTweetWaitsForXsResetAndPostsOnce() {
        connectX(owner, "at-1", "rt-1", 7200);
        UUID ad = finishedAd();
        stubXUpload(null);
        long reset = Instant.now().getEpochSecond() + 1;
        WM.stubFor(WireMock.post("/2/tweets").inScenario("rl").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("open")
                .willReturn(aResponse().withStatus(429).withHeader("x-rate-limit-reset", String.valueOf(reset))
                        .withHeader("Content-Type", "application/json").withBody("{\"title\":\"Too Many Requests\",\"status\":429}")));
        WM.stubFor(WireMock.post("/2/tweets").inScenario("rl").whenScenarioStateIs("open").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"data\":{\"id\":\"" + TWEET + "\",\"text\":\"x\"}}")));

        ApiClient.Response posted = post("/v1/export/twitter", Map.of("ad_id", ad.toString(), "caption", "Cold brew."), owner);

        assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
        List<ServeEvent> tweets = WM.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals("/2/tweets")).toList();
        assertThat(tweets).hasSize(2);
        assertThat(tweets.stream().mapToLong(e -> e.getRequest().getLoggedDate().getTime()).max().getAsLong())
                .isGreaterThanOrEqualTo(reset * 1000 - 50);
    }

    @Test
    void a401OnTheTweetRefreshesTheTokenOnceAndPostsWithTheNewOne() {
        connectX(owner, "at-1", "rt-1", 7200);
        UUID ad = finishedAd();
        stubXUpload(null);
        WM.stubFor(WireMock.post("/2/tweets").withHeader("Authorization", equalTo("Bearer at-1")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Unauthorized\"}")));
        WM.stubFor(WireMock.post("/2/tweets").withHeader("Authorization", equalTo("Bearer at-2")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"data\":{\"id\":\"" + TWEET + "\",\"text\":\"x\"}}")));
        WM.stubFor(WireMock.post("/2/oauth2/token").withRequestBody(containing("grant_type=refresh_token")).withRequestBody(containing("refresh_token=rt-1"))
                .willReturn(okJson("{\"token_type\":\"bearer\",\"access_token\":\"at-2\",\"refresh_token\":\"rt-2\",\"expires_in\":7200,"
                        + "\"scope\":\"tweet.read tweet.write users.read media.write offline.access\"}")));

        ApiClient.Response posted = post("/v1/export/twitter", Map.of("ad_id", ad.toString(), "caption", "Cold brew."), owner);

        assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/2/oauth2/token")).withRequestBody(containing("refresh_token")))).hasSize(1);
        assertThat(storedRefreshToken(owner)).isEqualTo("rt-2");
    }

    @Test
    void aRevokedConnectionFailsTheExportAskingToReconnectAndIsMarked() {
        connectX(owner, "at-1", "rt-1", 7200);
        UUID ad = finishedAd();
        jdbc.sql("UPDATE platform_connections SET access_expires_at = NOW() - INTERVAL '1 minute'").update();
        WM.stubFor(WireMock.post("/2/oauth2/token").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the token was invalid.\"}")));
        stubXUpload(null);

        ApiClient.Response posted = post("/v1/export/twitter", Map.of("ad_id", ad.toString(), "caption", "Cold brew."), owner);

        assertProblem(posted, 409);
        assertThat(posted.json().path("type").asString()).endsWith("/reconnect-required");
        assertThat(posted.json().path("detail").asString()).contains("connect the account again");
        assertThat(posted.json().path("error_code").asString()).isEqualTo("reconnect_required");
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/2/tweets")))).isEmpty();
        assertThat(api.get("/v1/connections", owner).json().path("connections").get(0).path("status").asString()).isEqualTo("reconnect");
        ApiClient.Response again = post("/v1/export/twitter", Map.of("ad_id", ad.toString(), "caption", "Cold brew."), owner);
        assertProblem(again, 409);
        assertThat(again.json().path("type").asString()).endsWith("/reconnect-required");
    }

    @Test
    void twoRefreshesAtOnceSpendXsSingleUseRefreshTokenOnce() throws Exception {
        connectX(owner, "at-1", "rt-1", 7200);
        UUID connection = UUID.fromString(api.get("/v1/connections", owner).json().path("connections").get(0).path("id").asString());
        jdbc.sql("UPDATE platform_connections SET access_expires_at = NOW() + INTERVAL '1 minute' WHERE id = :id").param("id", connection).update();
        // X rotates: rt-1 works once (slowly, so both callers are inside the refresh together), then is dead.
        stubRotatingRefresh(800);
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> tokenAfter(together, connection));
        CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> tokenAfter(together, connection));

        assertThat(List.of(a.get(), b.get())).containsExactly("at-2", "at-2");
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/2/oauth2/token")))).hasSize(2); // the code exchange and one refresh
        assertThat(storedRefreshToken(owner)).isEqualTo("rt-2");
        assertThat(api.get("/v1/connections", owner).json().path("connections").get(0).path("status").asString()).isEqualTo("active");
    }

    private String tokenAfter(CyclicBarrier together, UUID connection) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return connections.token(connection).value();
    }

    @Test
    void aVideoXCouldNotProcessIsReportedAsSuchAndNothingIsPosted() {
        connectX(owner, "at-1", "rt-1", 7200);
        UUID ad = finishedAd();
        stubXUpload("{\"data\":{\"id\":\"1880028106020515840\",\"processing_info\":{\"state\":\"failed\",\"error\":{\"code\":1,\"name\":\"InvalidMedia\","
                + "\"message\":\"Unsupported video format\"}}}}");
        stubTweet();

        ApiClient.Response posted = post("/v1/export/twitter", Map.of("ad_id", ad.toString(), "caption", "Cold brew."), owner);

        assertProblem(posted, 502);
        assertThat(posted.json().path("type").asString()).endsWith("/platform-processing-failed");
        assertThat(posted.json().path("detail").asString()).contains("Unsupported video format");
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/2/tweets")))).isEmpty();
    }

    @Test
    void captionsAreCheckedAsXCountsThemBeforeAnythingIsUploaded() {
        connectX(owner, "at-1", "rt-1", 7200);
        UUID ad = finishedAd();
        String url = "https://example.com/" + "a".repeat(200);
        // 257 plain characters plus a URL counted as 23 is 280: fits; one more character does not.
        String fits = "b".repeat(256) + " " + url;
        ApiClient.Response check = post("/v1/export/captions/check", Map.of("platform", "x", "caption", fits), owner);
        assertThat(check.json().path("caption").asString()).as("the answer names the text it counted").isEqualTo(fits);
        assertThat(check.json().path("length").asInt()).isEqualTo(280);
        assertThat(check.json().path("ok").asBoolean()).isTrue();
        assertThat(post("/v1/export/captions/check", Map.of("platform", "x", "caption", "咖啡".repeat(70) + "!"), owner)
                .json().path("length").asInt()).isEqualTo(281);

        ApiClient.Response tooLong = post("/v1/export/twitter", Map.of("ad_id", ad.toString(), "caption", "b" + fits), owner);
        assertProblem(tooLong, 400);
        assertThat(tooLong.json().path("detail").asString()).contains("280").contains("281");
        assertThat(tooLong.json().path("errors").get(0).path("field").asString()).isEqualTo("caption");

        ApiClient.Response blocked = post("/v1/export/twitter", Map.of("ad_id", ad.toString(),
                "caption", "Taylor Swift holding our bottle of cold brew."), owner);
        assertProblem(blocked, 422);
        assertThat(blocked.json().path("type").asString()).endsWith("/safety-blocked");
        assertThat(blocked.json().path("violations")).isNotEmpty();

        assertThat(WM.findAll(postRequestedFor(urlPathMatching("/2/media/.*")))).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ad_exports WHERE ad_id = :a").param("a", ad).query(Long.class).single()).isZero();
    }

    @Test
    void refusalsNameWhatIsMissing() {
        UUID ad = finishedAd();
        ApiClient.Response none = post("/v1/export/twitter", Map.of("ad_id", ad.toString(), "caption", "Hi"), owner);
        assertProblem(none, 409);
        assertThat(none.json().path("detail").asString()).contains("no X account is connected");

        connectX(owner, "at-1", "rt-1", 7200);
        connectX(owner, "at-9", "rt-9", 7200, "2002", "lunabrand");
        ApiClient.Response which = post("/v1/export/twitter", Map.of("ad_id", ad.toString(), "caption", "Hi"), owner);
        assertProblem(which, 409);
        assertThat(which.json().path("detail").asString()).contains("2 X accounts").contains("twitter_account_id").contains("@lunabrand");

        ApiClient.Response bad = post("/v1/export/linkedin", Map.of("ad_id", ad.toString(), "caption", "Hi", "visibility", "friends"), owner);
        assertProblem(bad, 400);
        assertThat(bad.json().path("detail").asString()).contains("public or connections");

        String stranger = newToken();
        assertProblem(post("/v1/export/twitter", Map.of("ad_id", ad.toString(), "caption", "Hi"), stranger), 404);
        assertProblem(api.get("/v1/ads/" + ad + "/exports", stranger), 404);
    }

    @Test
    void tokensNeverReachTheLogsOrTheApiEvenWhenThePlatformEchoesThem(CapturedOutput output) {
        String access = "AT-7f3a9c15e2-live";
        String refresh = "RT-9d2b1e88aa-live";
        connectX(owner, access, refresh, 7200);
        UUID ad = finishedAd();
        stubXUpload(null);
        // X refuses the post and repeats the token it was sent in its error.
        WM.stubFor(WireMock.post("/2/tweets").willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"token " + access + " may not post (refresh " + refresh + ")\"}")));

        ApiClient.Response refused = post("/v1/export/twitter", Map.of("ad_id", ad.toString(), "caption", "Cold brew."), owner);

        assertProblem(refused, 502);
        assertThat(refused.json().path("detail").asString()).contains("may not post");
        String everything = output.getAll() + refused.body() + api.get("/v1/ads/" + ad + "/exports", owner).body()
                + api.get("/v1/connections", owner).body();
        assertThat(everything).doesNotContain(access).doesNotContain(refresh);
    }

    // --- LinkedIn --------------------------------------------------------------------------------

    @Test
    void linkedInPostsAsynchronouslyWithItsHeadersAndTheHistoryShowsIt() throws Exception {
        connectLinkedIn(owner);
        UUID ad = finishedAd();
        String video = "urn:li:video:C5F10AQGKQg_6y2a4sQ";
        WM.stubFor(WireMock.post(urlEqualTo("/rest/videos?action=initializeUpload")).willReturn(okJson("{\"value\":{\"video\":\"" + video
                + "\",\"uploadInstructions\":[{\"uploadUrl\":\"" + WM.baseUrl() + "/dms-uploads/part-1\",\"firstByte\":0,\"lastByte\":"
                + (AD_VIDEO.length - 1) + "}],\"uploadToken\":\"\"}}")));
        WM.stubFor(WireMock.put(urlPathEqualTo("/dms-uploads/part-1")).willReturn(aResponse().withStatus(200).withHeader("ETag", "/ambry-video/part-1.bin")));
        WM.stubFor(WireMock.post(urlEqualTo("/rest/videos?action=finalizeUpload")).willReturn(aResponse().withStatus(200)));
        WM.stubFor(WireMock.get(urlPathMatching("/rest/videos/.*")).willReturn(okJson("{\"id\":\"" + video + "\",\"status\":\"AVAILABLE\"}")));
        WM.stubFor(WireMock.post("/rest/posts").willReturn(aResponse().withStatus(201).withHeader("x-restli-id", "urn:li:share:7001")));

        ApiClient.Response accepted = postWithKey("/v1/export/linkedin", Map.of("ad_id", ad.toString(),
                "caption", "Luna (new) cold brew #ColdBrew", "visibility", "connections"), "li-click", "respond-async");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String id = accepted.json().path("export_id").asString();
        assertThat(accepted.header("Location")).isEqualTo("/v1/exports/" + id);
        JsonNode done = awaitExport(id);
        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("succeeded");
        assertThat(done.path("post_id").asString()).isEqualTo("urn:li:share:7001");
        assertThat(done.path("post_url").asString()).isEqualTo("https://www.linkedin.com/feed/update/urn:li:share:7001");

        Request postRequest = only("POST", "/rest/posts").getRequest();
        assertThat(postRequest.getHeader("LinkedIn-Version")).isEqualTo("202607");
        assertThat(postRequest.getHeader("X-Restli-Protocol-Version")).isEqualTo("2.0.0");
        JsonNode postBody = json(postRequest);
        assertThat(postBody.path("author").asString()).isEqualTo("urn:li:person:782bbtaQ");
        assertThat(postBody.path("visibility").asString()).isEqualTo("CONNECTIONS");
        assertThat(postBody.path("commentary").asString()).isEqualTo("Luna \\(new\\) cold brew #ColdBrew");
        assertThat(postBody.path("content").path("media").path("id").asString()).isEqualTo(video);
        // LinkedIn takes 1080p as it is: the delivered file went up unchanged.
        assertThat(only("PUT", "/dms-uploads/part-1").getRequest().getBody()).isEqualTo(AD_VIDEO);
        assertThat(json(only("POST", "/rest/videos?action=finalizeUpload").getRequest()).path("finalizeUploadRequest")
                .path("uploadedPartIds").get(0).asString()).isEqualTo("/ambry-video/part-1.bin");

        JsonNode history = api.get("/v1/ads/" + ad + "/exports", owner).json().path("exports");
        assertThat(history.get(0).path("platform").asString()).isEqualTo("linkedin");
        assertThat(history.get(0).path("visibility").asString()).isEqualTo("connections");
        ApiClient.Response repeat = postWithKey("/v1/export/linkedin", Map.of("ad_id", ad.toString(),
                "caption", "Luna (new) cold brew #ColdBrew", "visibility", "connections"), "li-click", null);
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json().path("post_id").asString()).isEqualTo("urn:li:share:7001");
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/rest/posts")))).hasSize(1);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private JsonNode awaitExport(String id) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        JsonNode export;
        do {
            export = api.get("/v1/exports/" + id, owner).json();
            String status = export.path("status").asString();
            if (status.equals("succeeded") || status.equals("failed")) return export;
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return export;
    }

    private UUID finishedAd() {
        UUID project = projectWithPhoto(owner, "publishing");
        ApiClient.Response accepted = post("/v1/generate/video", Map.of("project_id", project.toString(), "aspect_ratio", "16:9",
                "duration_seconds", 15, "product_name", "Luna Cold Brew",
                "brief", "Luna Coffee is an organic cold brew for busy professionals."), owner);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        UUID ad = UUID.fromString(accepted.json().path("ad_id").asString());
        blobs.put("ads/" + ad + "/final.mp4", AD_VIDEO);
        jdbc.sql("UPDATE generated_ads SET status = 'completed', final_video_url = :u, generation_completed_at = NOW() WHERE id = :id")
                .param("u", blobs.uri("ads/" + ad + "/final.mp4")).param("id", ad).update();
        return ad;
    }

    private String connectX(String token, String access, String refresh, int expiresIn) {
        return connectX(token, access, refresh, expiresIn, "1001", "lunacoffee");
    }

    private String connectX(String token, String access, String refresh, int expiresIn, String accountId, String handle) {
        String[] flow = startX(token);
        String code = "good-code";
        stubXToken(code, flow[1], access, refresh, expiresIn);
        WM.stubFor(WireMock.get("/2/users/me").withHeader("Authorization", equalTo("Bearer " + access))
                .willReturn(okJson("{\"data\":{\"id\":\"" + accountId + "\",\"name\":\"Luna Coffee\",\"username\":\"" + handle + "\"}}")));
        String location = callback("x", code, flow[0]);
        assertThat(location).contains("connected=x");
        return location;
    }

    private void connectLinkedIn(String token) {
        ApiClient.Response started = api.postJson("/v1/connections/linkedin/authorize", "{}", token);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        Map<String, String> q = query(URI.create(started.json().path("authorize_url").asString()));
        assertThat(q).containsEntry("code_challenge_method", "S256").containsEntry("scope", "openid profile w_member_social");
        String challenge = q.get("code_challenge");
        WM.stubFor(WireMock.post("/oauth/v2/accessToken").andMatching(r -> MatchResult.of(pkceMatches(r, "li-code", challenge)))
                .willReturn(okJson("{\"access_token\":\"li-at-1\",\"expires_in\":5184000,\"scope\":\"openid,profile,w_member_social\"}")));
        WM.stubFor(WireMock.get("/v2/userinfo").willReturn(okJson("{\"sub\":\"782bbtaQ\",\"name\":\"Luna Coffee\",\"given_name\":\"Luna\"}")));
        assertThat(callback("linkedin", "li-code", q.get("state"))).contains("connected=linkedin");
    }

    /** Starts X's flow; returns the state and the code challenge the browser was sent with. */
    private String[] startX(String token) {
        ApiClient.Response started = api.postJson("/v1/connections/x/authorize", "{}", token);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        URI url = URI.create(started.json().path("authorize_url").asString());
        assertThat(url.toString()).startsWith(WM.baseUrl() + "/i/oauth2/authorize?");
        Map<String, String> q = query(url);
        assertThat(q).containsEntry("response_type", "code").containsEntry("client_id", "x-client-id")
                .containsEntry("code_challenge_method", "S256").containsEntry("redirect_uri", "http://studio.example/v1/connections/x/callback");
        assertThat(q.get("scope")).contains("tweet.write").contains("media.write").contains("offline.access");
        return new String[] {q.get("state"), q.get("code_challenge")};
    }

    /** X's token endpoint answering only the right code with a verifier whose S256 is the challenge the browser carried. */
    private void stubXToken(String code, String challenge, String access, String refresh, int expiresIn) {
        WM.stubFor(WireMock.post("/2/oauth2/token").atPriority(10).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the authorization code was invalid.\"}")));
        WM.stubFor(WireMock.post("/2/oauth2/token").atPriority(1).andMatching(r -> MatchResult.of(pkceMatches(r, code, challenge)))
                .willReturn(okJson("{\"token_type\":\"bearer\",\"access_token\":\"" + access + "\",\"refresh_token\":\"" + refresh
                        + "\",\"expires_in\":" + expiresIn + ",\"scope\":\"tweet.read tweet.write users.read media.write offline.access\"}")));
    }

    private void stubXUser() {
        WM.stubFor(WireMock.get("/2/users/me").willReturn(okJson("{\"data\":{\"id\":\"1001\",\"name\":\"Luna Coffee\",\"username\":\"lunacoffee\"}}")));
    }

    private static boolean pkceMatches(Request r, String code, String challenge) {
        Map<String, String> form = form(r);
        String verifier = form.get("code_verifier");
        if (verifier == null || !code.equals(form.get("code"))) return false;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).equals(challenge);
        } catch (Exception e) {
            return false;
        }
    }

    private void stubXUpload(String finalizeAnswer) {
        WM.stubFor(WireMock.post("/2/media/upload/initialize").willReturn(okJson("{\"data\":{\"id\":\"1880028106020515840\",\"media_key\":\"7_1880028106020515840\",\"expires_after_secs\":86400}}")));
        WM.stubFor(WireMock.post("/2/media/upload/1880028106020515840/append").willReturn(okJson("{\"data\":{\"expires_at\":1893456000}}")));
        WM.stubFor(WireMock.post("/2/media/upload/1880028106020515840/finalize").willReturn(okJson(finalizeAnswer != null ? finalizeAnswer
                : "{\"data\":{\"id\":\"1880028106020515840\",\"media_key\":\"7_1880028106020515840\",\"processing_info\":{\"state\":\"succeeded\"}}}")));
    }

    /** X's timeline of the account: its newest tweet carries our upload (what a lost answer or a crash hid). */
    private void stubTweetCarryingTheUpload() {
        WM.stubFor(WireMock.get(urlPathEqualTo("/2/users/1001/tweets")).willReturn(okJson("{\"data\":[{\"id\":\"" + TWEET + "\",\"text\":\"Cold brew\","
                + "\"attachments\":{\"media_keys\":[\"7_1880028106020515840\"]}}],\"includes\":{\"media\":[{\"media_key\":\"7_1880028106020515840\",\"type\":\"video\"}]}}")));
    }

    /** X rotating refresh tokens: rt-1 works once (after {@code delayMs}, so concurrent callers overlap), then is refused. */
    private void stubRotatingRefresh(int delayMs) {
        WM.stubFor(WireMock.post("/2/oauth2/token").withRequestBody(containing("refresh_token=rt-1")).inScenario("rotate")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("spent").willReturn(okJson("{\"token_type\":\"bearer\","
                        + "\"access_token\":\"at-2\",\"refresh_token\":\"rt-2\",\"expires_in\":7200,\"scope\":\"tweet.write\"}").withFixedDelay(delayMs)));
        WM.stubFor(WireMock.post("/2/oauth2/token").withRequestBody(containing("refresh_token=rt-1")).inScenario("rotate")
                .whenScenarioStateIs("spent").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the token was invalid.\"}")));
    }

    private void stubTweet() {
        WM.stubFor(WireMock.post("/2/tweets").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"data\":{\"id\":\"" + TWEET + "\",\"text\":\"posted\"}}")));
    }

    private String callback(String platform, String code, String state) {
        return browserGet("/v1/connections/" + platform + "/callback?code=" + code + "&state=" + state);
    }

    /** A GET without a bearer token, as the browser makes it; answers the redirect's Location. */
    private String browserGet(String path) {
        ApiClient.Response r = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
        assertThat(r.status()).as(r.toString()).isEqualTo(302);
        return r.header("Location");
    }

    private ApiClient.Response postWithKey(String path, Map<String, ?> body, String key, String prefer) {
        HttpRequest.Builder b = api.request(path, owner).header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (prefer != null) b.header("Prefer", prefer);
        return api.send(b);
    }

    private long connectionsOf(String token) {
        return jdbc.sql("SELECT COUNT(*) FROM platform_connections WHERE user_id = :u").param("u", userIdOf(token)).query(Long.class).single();
    }

    private String storedRefreshToken(String token) {
        Map<String, Object> row = jdbc.sql("SELECT id, refresh_token FROM platform_connections WHERE user_id = :u AND account_id = '1001'")
                .param("u", userIdOf(token)).query().singleRow();
        return cipher.decrypt((String) row.get("refresh_token"), "connection:" + row.get("id") + ":refresh");
    }

    private static ServeEvent only(String method, String url) {
        List<ServeEvent> found = WM.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getMethod().getName().equals(method) && e.getRequest().getUrl().equals(url)).toList();
        assertThat(found).as(method + " " + url).hasSize(1);
        return found.getFirst();
    }

    private static JsonNode json(Request r) { return JSON.readTree(r.getBodyAsString()); }

    private static Map<String, String> form(Request r) {
        Map<String, String> out = new HashMap<>();
        for (String pair : r.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
