package video.zapcut.web.revisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import video.zapcut.common.Json;
import video.zapcut.storage.BlobStore;
import video.zapcut.testing.Ffprobe;
import video.zapcut.web.ApiClient;
import video.zapcut.web.projects.ProjectApiTest;

/**
 * A campaign pack over HTTP: one order with {@code aspect_ratios} answers 202 with one job per format;
 * the bible, references, storyboard and music are made once (the other formats carry the first's
 * outputs, byte for byte), and each format's frames are its own size with its text inside the format's
 * safe area.
 */
@TestPropertySource(properties = {"zapcut.worker.enabled=true", "zapcut.worker.heartbeat=200ms",
        "zapcut.worker.poll-interval=100ms", "zapcut.worker.shutdown-grace=1s"})
class CampaignPackApiTest extends ProjectApiTest {
    @TempDir
    Path tmp;

    @Test
    void oneOrderMakesEveryFormatSharingWhatCanBeShared() throws Exception {
        String token = newToken();
        UUID project = projectWithPhoto(token, "Luna pack");
        Map<String, Object> order = Map.of("project_id", project.toString(), "duration_seconds", 15,
                "brief", "Luna Coffee is an organic cold brew for busy professionals who want calm, focused mornings.",
                "aspect_ratios", List.of("16:9", "9:16", "1:1"));

        ApiClient.Response both = post("/v1/generate/video", Map.of("project_id", project.toString(), "aspect_ratio", "16:9",
                "aspect_ratios", List.of("9:16")), token);
        assertProblem(both, 400);
        assertThat(both.body()).contains("not both");
        assertProblem(post("/v1/generate/video", Map.of("project_id", project.toString(), "aspect_ratios", List.of("16:9", "16:9")), token), 400);
        assertProblem(post("/v1/generate/video", Map.of("project_id", project.toString(), "aspect_ratios", List.of("4:3")), token), 400);

        ApiClient.Response accepted = post("/v1/generate/video", order, token);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        JsonNode formats = accepted.json().path("formats");
        assertThat(formats).extracting(f -> f.path("aspect_ratio").asString()).containsExactly("16:9", "9:16", "1:1");
        assertThat(accepted.json().path("ad_id").asString()).isEqualTo(formats.get(0).path("ad_id").asString());
        assertThat(formats).extracting(f -> f.path("job_id").asString()).doesNotHaveDuplicates();
        for (JsonNode f : formats) awaitCompleted(f.path("job_id").asString(), 5);

        UUID lead = UUID.fromString(formats.get(0).path("ad_id").asString());
        Map<String, String> leadOut = checkpoints(lead);
        String[] sizes = {"1920x1080", "1080x1920", "1080x1080"};
        for (int i = 0; i < 3; i++) {
            UUID ad = UUID.fromString(formats.get(i).path("ad_id").asString());
            JsonNode view = api.get("/v1/ads/" + ad, token).json();
            assertThat(view.path("status").asString()).isEqualTo("completed");
            assertThat(view.path("resolution").asString()).isEqualTo(sizes[i]);
            Map<String, String> out = checkpoints(ad);
            for (String shared : List.of("creative_bible", "storyboard", "safety", "reference_images", "music")) {
                assertThat(out.get(shared)).as("%s of %s", shared, sizes[i]).isEqualTo(leadOut.get(shared));
            }
            Path mp4 = tmp.resolve(i + ".mp4");
            try (var in = blobs.open(BlobStore.keyOf(Json.MAPPER.readTree(out.get("composition")).path("video_uri").asString()))) {
                Files.copy(in, mp4);
            }
            Ffprobe.Facts facts = Ffprobe.probe(mp4);
            assertThat(facts.width() + "x" + facts.height()).isEqualTo(sizes[i]);
            assertThat(facts.frames()).isEqualTo(450);
            JsonNode safe = Json.MAPPER.readTree(out.get("quality")).path("safe_area");
            assertThat(safe.path("format").asString()).isEqualTo(formats.get(i).path("aspect_ratio").asString());
            assertThat(safe.path("text_boxes")).isNotEmpty();
            assertThat(safe.path("outside").asInt()).as("text outside the safe area of %s", sizes[i]).isZero();
        }
        // The frames are drawn for each format: the 9:16 keyframes are new files, not the 16:9 ones.
        JsonNode tall = Json.MAPPER.readTree(checkpoints(UUID.fromString(formats.get(1).path("ad_id").asString())).get("keyframes"));
        assertThat(tall.path("keyframes").path("scene_1").asString()).isNotEqualTo(
                Json.MAPPER.readTree(leadOut.get("keyframes")).path("keyframes").path("scene_1").asString());
    }


}
