package video.zapcut.web.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import video.zapcut.web.ApiClient;
import video.zapcut.web.projects.ProjectApiTest;

/**
 * A downloaded ad is named after its product, format and day, not its id; the same signed link plays
 * the file inline and, with {@code download=1}, saves it.
 */
class MediaDownloadTest extends ProjectApiTest {
    private static final byte[] VIDEO = "not really an mp4".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MediaLinks links;

    private String owner;

    /** An ad placed through the API whose video is put where composition would put it (no worker runs here). */
    private UUID finishedAd(Map<String, Object> extra) {
        owner = newToken();
        UUID project = projectWithPhoto(owner, "downloads");
        Map<String, Object> order = new java.util.HashMap<>(Map.of("project_id", project.toString(), "aspect_ratio", "9:16",
                "duration_seconds", 15, "brief", "Luna Coffee is an organic cold brew for busy professionals."));
        order.putAll(extra);
        ApiClient.Response accepted = post("/v1/generate/video", order, owner);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        UUID ad = UUID.fromString(accepted.json().path("ad_id").asString());
        blobs.put("ads/" + ad + "/final.mp4", VIDEO);
        jdbc.sql("UPDATE generated_ads SET final_video_url = :u, generation_completed_at = '2026-12-06T23:30:00Z' WHERE id = :id")
                .param("u", blobs.uri("ads/" + ad + "/final.mp4")).param("id", ad).update();
        return ad;
    }

    @Test
    void downloadingNamesTheFileAfterTheProductFormatAndDay() {
        UUID ad = finishedAd(Map.of("product_name", "Luna Cold Brew"));

        ApiClient.Response saved = api.get("/v1/ads/" + ad + "/video?download=1", owner);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.header("Content-Disposition")).isEqualTo(
                "attachment; filename=\"luna-cold-brew-9x16-2026-12-06.mp4\"; filename*=UTF-8''luna-cold-brew-9x16-2026-12-06.mp4");
        assertThat(saved.body()).isEqualTo(new String(VIDEO, StandardCharsets.US_ASCII));
    }

    @Test
    void theSignedLinkServesBothThePlayerAndTheDownload() {
        UUID ad = finishedAd(Map.of("product_name", "Luna Cold Brew"));
        String link = links.link("http://x", MediaLinks.videoPath(ad)).substring("http://x".length());

        ApiClient.Response played = api.get(link, null);
        ApiClient.Response saved = api.get(link + "&download=1", null);

        assertThat(played.status()).isEqualTo(200);
        assertThat(played.header("Content-Disposition")).startsWith("inline; filename=\"luna-cold-brew-9x16-2026-12-06.mp4\"");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.header("Content-Disposition")).startsWith("attachment; filename=\"luna-cold-brew-9x16-2026-12-06.mp4\"");
    }

    @Test
    void withoutAProductNameTheNameThePipelineReadIsUsed() {
        UUID ad = finishedAd(Map.of());
        jdbc.sql("""
                INSERT INTO stage_checkpoints (ad_id, stage, output, started_at)
                VALUES (:a, 'creative_bible', '{"facts": {"product": "Luna Coffee"}}'::JSONB, NOW())""").param("a", ad).update();

        assertThat(api.get("/v1/ads/" + ad + "/video?download=1", owner).header("Content-Disposition"))
                .contains("filename=\"luna-coffee-9x16-2026-12-06.mp4\"");
    }

    @Test
    void anUnfinishedAdIsNamedForTheDayItWasOrdered() {
        UUID ad = finishedAd(Map.of("product_name", "Luna Cold Brew"));
        // Ordered late on the 5th in UTC (the 6th in Tokyo): the day is UTC's.
        jdbc.sql("UPDATE generated_ads SET generation_completed_at = NULL, created_at = '2026-12-06T07:30:00+09:00' WHERE id = :id")
                .param("id", ad).update();

        assertThat(api.get("/v1/ads/" + ad + "/video?download=1", owner).header("Content-Disposition"))
                .contains("filename=\"luna-cold-brew-9x16-2026-12-05.mp4\"");
    }
}
