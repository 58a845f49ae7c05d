package video.zapcut.web.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import video.zapcut.accounts.token.JwtSigningKey;
import video.zapcut.web.ApiClient;
import video.zapcut.web.projects.ProjectApiTest;

/**
 * An ad's media paths answer the same for an ad that exists as for one that does not, until the
 * caller shows a signature this server issued for that very path or the owner's token: ids cannot
 * be probed. Every case is asked for a real ad and a random id, on each kind of file.
 */
class MediaLinkProbingTest extends ProjectApiTest {
    private static final String BASE = "http://media.test";
    private static final byte[] THUMBNAIL = "not really a jpeg".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MediaLinks links;
    @Autowired
    JwtSigningKey signingKey;

    private String owner;
    private UUID realAd;
    private final UUID randomAd = UUID.randomUUID();

    /** The paths of one ad's files, as {@link MediaLinks} signs them. */
    private static List<String> files(UUID ad) {
        return List.of(MediaLinks.videoPath(ad), MediaLinks.thumbnailPath(ad), MediaLinks.keyframePath(ad, 1));
    }

    @BeforeEach
    void anAdWithAThumbnail() {
        owner = newToken();
        UUID project = projectWithPhoto(owner, "media");
        ApiClient.Response accepted = post("/v1/generate/video", Map.of("project_id", project.toString(), "brief",
                "Luna Coffee is an organic cold brew for busy professionals who want calm mornings."), owner);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        realAd = UUID.fromString(accepted.json().path("ad_id").asString());
        // The worker does not run here: the thumbnail is put where composition would put it.
        blobs.put("ads/" + realAd + "/thumbnail.jpg", THUMBNAIL);
        jdbc.sql("UPDATE generated_ads SET thumbnail_url = :u WHERE id = :id")
                .param("u", blobs.uri("ads/" + realAd + "/thumbnail.jpg")).param("id", realAd).update();
    }

    /** A link as the API hands it out, minus the host: path and query. */
    private static String signed(MediaLinks issuer, String path) {
        return issuer.link(BASE, path).substring(BASE.length());
    }

    /** Asks for every file of the real ad and of the random id, and checks each pair is answered alike. */
    private void assertAnsweredAlike(Function<String, ApiClient.Response> ask, int status, String type) {
        for (int i = 0; i < 3; i++) {
            ApiClient.Response real = ask.apply(files(realAd).get(i));
            ApiClient.Response random = ask.apply(files(randomAd).get(i));
            assertProblem(real, status);
            assertProblem(random, status);
            JsonNode a = real.json();
            JsonNode b = random.json();
            assertThat(a.path("type").asString()).as(real.toString()).endsWith(type);
            assertThat(b.path("type").asString()).isEqualTo(a.path("type").asString());
            assertThat(b.path("title").asString()).isEqualTo(a.path("title").asString());
            assertThat(b.path("detail").asString().replace(randomAd.toString(), "ID"))
                    .isEqualTo(a.path("detail").asString().replace(realAd.toString(), "ID"));
            assertThat(real.header("WWW-Authenticate")).isEqualTo(random.header("WWW-Authenticate"));
        }
    }

    @Test
    void noTokenAndNoSignatureIs401ForAnyId() {
        assertAnsweredAlike(path -> api.get(path, null), 401, "about:blank");
        assertProblem(api.get("/v1/ads/not-a-uuid/video", null), 401);
    }

    @Test
    void aForgedSignatureIs403ForAnyId() {
        long inAnHour = System.currentTimeMillis() / 1000 + 3600;
        assertAnsweredAlike(path -> api.get(path + "?expires=" + inAnHour + "&signature=AAAA", null), 403, "/invalid-media-link");
        assertProblem(api.get("/v1/ads/not-a-uuid/video?expires=" + inAnHour + "&signature=AAAA", null), 403);
    }

    @Test
    void anExpiredSignatureIs403ForAnyId() {
        // Links this server really signed, two hours ago, valid for one hour.
        MediaLinks twoHoursAgo = new MediaLinks(signingKey, Duration.ofHours(1), Clock.offset(Clock.systemUTC(), Duration.ofHours(-2)));

        assertAnsweredAlike(path -> api.get(signed(twoHoursAgo, path), null), 403, "/invalid-media-link");
    }

    @Test
    void halfASignatureIs403ForAnyId() {
        assertAnsweredAlike(path -> api.get(path + "?expires=" + (System.currentTimeMillis() / 1000 + 3600), null), 403,
                "/invalid-media-link");
        assertAnsweredAlike(path -> api.get(path + "?signature=AAAA", null), 403, "/invalid-media-link");
    }

    @Test
    void aSignatureForAnotherAdOrFileIs403() {
        String realVideoQuery = signed(links, MediaLinks.videoPath(realAd));
        String query = realVideoQuery.substring(realVideoQuery.indexOf('?'));

        assertProblem(api.get(MediaLinks.thumbnailPath(realAd) + query, null), 403);
        assertProblem(api.get(MediaLinks.videoPath(randomAd) + query, null), 403);
    }

    @Test
    void onlyAValidSignatureReachesTheAd() {
        ApiClient.Response thumbnail = api.get(signed(links, MediaLinks.thumbnailPath(realAd)), null);
        assertThat(thumbnail.status()).as(thumbnail.toString()).isEqualTo(200);
        assertThat(thumbnail.body()).isEqualTo(new String(THUMBNAIL, StandardCharsets.US_ASCII));
        // Signed by this server for an id that has no ad (which only this server can do): now the lookup answers.
        ApiClient.Response missing = api.get(signed(links, MediaLinks.thumbnailPath(randomAd)), null);
        assertProblem(missing, 404);
        assertThat(missing.json().path("detail").asString()).isEqualTo("no ad " + randomAd);
        ApiClient.Response notReady = api.get(signed(links, MediaLinks.videoPath(realAd)), null);
        assertProblem(notReady, 404);
        assertThat(notReady.json().path("detail").asString()).contains("not ready");
    }

    @Test
    void theOwnersTokenReachesTheAd() {
        assertThat(api.get(MediaLinks.thumbnailPath(realAd), owner).status()).isEqualTo(200);
        ApiClient.Response missing = api.get(MediaLinks.thumbnailPath(randomAd), owner);
        assertProblem(missing, 404);
        assertThat(missing.json().path("detail").asString()).isEqualTo("no ad " + randomAd);
    }

    @Test
    void anotherUsersTokenGetsTheSame404AsForNoAd() {
        String stranger = newToken();

        assertAnsweredAlike(path -> api.get(path, stranger), 404, "about:blank");
        // Even with a valid link, a token that is not the owner's does not open the ad.
        assertProblem(api.get(signed(links, MediaLinks.thumbnailPath(realAd)), stranger), 404);
    }

    @Test
    void aTokenOfAnEndedSignInIs401ForAnyId() {
        String signedOut = newToken();
        assertThat(api.postJson("/v1/auth/logout", "", signedOut).status()).isEqualTo(204);

        assertAnsweredAlike(path -> api.get(path, signedOut), 401, "/invalid-token");
        assertThat(api.get(MediaLinks.thumbnailPath(realAd), owner).status()).isEqualTo(200);
    }
}
