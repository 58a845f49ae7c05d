package video.zapcut.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.testing.CliRun;
import video.zapcut.testing.ProductShots;

/**
 * {@code zapcut connect x} and {@code zapcut export} on the embedded defaults, against WireMock
 * playing X: the command prints the consent URL, answers the browser's return itself, and a
 * generated ad is then posted (as X's 1280x720 copy) with its URL printed.
 */
class PublishCommandTest {
    static final WireMockServer WM = new WireMockServer(wireMockConfig().dynamicPort());
    static final String[] SETTINGS = {"ZAPCUT_X_CLIENT_ID", "ZAPCUT_X_AUTHORIZE_URL", "ZAPCUT_X_API_BASE_URL", "ZAPCUT_PUBLIC_URL"};
    @TempDir
    static Path dir;
    static int callbackPort;

    @BeforeAll
    static void setUp() throws Exception {
        WM.start();
        System.setProperty("zapcut.home", dir.resolve("home").toString());
        try (ServerSocket s = new ServerSocket(0)) {
            callbackPort = s.getLocalPort();
        }
        System.setProperty("ZAPCUT_X_CLIENT_ID", "x-client-id");
        System.setProperty("ZAPCUT_X_AUTHORIZE_URL", WM.baseUrl() + "/i/oauth2/authorize");
        System.setProperty("ZAPCUT_X_API_BASE_URL", WM.baseUrl());
        System.setProperty("ZAPCUT_PUBLIC_URL", "http://localhost:" + callbackPort);
    }

    @AfterAll
    static void tearDown() {
        WM.stop();
        System.clearProperty("zapcut.home");
        for (String s : SETTINGS) System.clearProperty(s);
    }

    @Test
    void connectThenExportPostsAGeneratedAdAndPrintsItsUrl() throws Exception {
        Path photo = ProductShots.writeJpeg(ProductShots.luna(640), dir.resolve("luna.jpg"));
        CliRun generated = CliRun.of("generate", "--brief", "Luna Cold Brew, organic cold brew for busy professionals. Shop now.",
                "--image", photo.toString(), "--duration", "15", "--out", dir.resolve("ad.mp4").toString());
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        String ad = generated.adId();

        // connect: read the consent URL as it is printed, then be the browser coming back.
        PipedInputStream printed = new PipedInputStream();
        PrintStream out = new PrintStream(new PipedOutputStream(printed), true, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> connect = CompletableFuture.supplyAsync(() -> Main.run(new String[] {"connect", "x"}, out,
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        BufferedReader lines = new BufferedReader(new InputStreamReader(printed, StandardCharsets.UTF_8));
        String authorize = null;
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.startsWith(WM.baseUrl())) {
                authorize = line.strip();
                break;
            }
        }
        assertThat(authorize).as(err.toString()).isNotNull();
        Map<String, String> q = query(URI.create(authorize));
        assertThat(q).containsEntry("redirect_uri", "http://localhost:" + callbackPort + "/v1/connections/x/callback");
        String challenge = q.get("code_challenge");
        WM.stubFor(post("/2/oauth2/token").andMatching(r -> MatchResult.of(pkce(r.getBodyAsString(), challenge)))
                .willReturn(okJson("{\"token_type\":\"bearer\",\"access_token\":\"at-cli\",\"refresh_token\":\"rt-cli\",\"expires_in\":7200,"
                        + "\"scope\":\"tweet.read tweet.write users.read media.write offline.access\"}")));
        WM.stubFor(get("/2/users/me").willReturn(okJson("{\"data\":{\"id\":\"1001\",\"name\":\"Luna Coffee\",\"username\":\"lunacoffee\"}}")));
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(q.get("redirect_uri")
                + "?code=good-code&state=" + q.get("state"))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).as(err.toString()).contains("Connected X account @lunacoffee");
        assertThat(connect.get(60, TimeUnit.SECONDS)).as(err.toString()).isZero();

        // export
        WM.stubFor(post("/2/media/upload/initialize").willReturn(okJson("{\"data\":{\"id\":\"1880028106020515840\","
                + "\"media_key\":\"7_1880028106020515840\",\"expires_after_secs\":86400}}")));
        WM.stubFor(post("/2/media/upload/1880028106020515840/append").willReturn(okJson("{\"data\":{}}")));
        WM.stubFor(post("/2/media/upload/1880028106020515840/finalize").willReturn(okJson("{\"data\":{\"id\":\"1880028106020515840\"}}")));
        WM.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"data\":{\"id\":\"1790000000000000009\",\"text\":\"x\"}}")));
        CliRun tooLong = CliRun.of("export", ad, "--to", "x", "--caption", "a".repeat(281));
        assertThat(tooLong.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(tooLong.err()).contains("280").contains("281");

        CliRun posted = CliRun.of("export", ad, "--to", "x", "--caption", "Luna Cold Brew is here. #ColdBrew");

        assertThat(posted.exitCode()).as(posted.toString()).isZero();
        assertThat(posted.out()).contains("posted: https://x.com/lunacoffee/status/1790000000000000009");
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/2/tweets")))).hasSize(1);
        assertThat(WM.findAll(postRequestedFor(urlEqualTo("/2/tweets"))).getFirst().getBodyAsString()).contains("Luna Cold Brew is here. #ColdBrew");
    }

    private static boolean pkce(String body, String challenge) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) form.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(form.getOrDefault("code_verifier", "").getBytes(StandardCharsets.US_ASCII));
            return "good-code".equals(form.get("code")) && Base64.getUrlEncoder().withoutPadding().encodeToString(d).equals(challenge);
        } catch (Exception e) {
            return false;
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
