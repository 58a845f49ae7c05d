package video.zapcut.web.revisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import video.zapcut.common.Json;
import video.zapcut.storage.BlobStore;
import video.zapcut.testing.Ffprobe;
import video.zapcut.web.ApiClient;
import video.zapcut.web.projects.ProjectApiTest;

/**
 * Revisions over HTTP with in-process workers: a text change composes again and reuses every other
 * output; a new picture for one scene draws and animates that scene only; the frames of what did not
 * change are the parent's, decoded frame for frame; bad revisions are refused with problems and write
 * nothing; the versions list the chain; an earlier version's media outlive its row while a later
 * version reads them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = {"zapcut.worker.enabled=true", "zapcut.worker.heartbeat=200ms",
        "zapcut.worker.poll-interval=100ms", "zapcut.worker.shutdown-grace=1s"})
class RevisionApiTest extends ProjectApiTest {
    static String token;
    static UUID parent;
    static UUID textVersion;
    static UUID pictureVersion;

    @TempDir
    Path tmp;

    @Test
    @Order(1)
    void aTextRevisionComposesAgainAndReusesEveryOtherOutput() throws Exception {
        token = newToken();
        UUID project = projectWithPhoto(token, "Luna revisions");
        ApiClient.Response accepted = post("/v1/generate/video", Map.of("project_id", project.toString(), "duration_seconds", 15,
                "brief", "Luna Coffee is an organic cold brew for busy professionals who want calm, focused mornings."), token);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        parent = UUID.fromString(accepted.json().path("ad_id").asString());
        awaitCompleted(accepted.json().path("job_id").asString(), 4);
        long adsBefore = adsOf(project);

        Map<String, Object> change = Map.of("scenes", List.of(Map.of("scene_number", 1, "overlay_text", "Mornings, sorted")));
        ApiClient.Response plan = post("/v1/ads/" + parent + "/revisions", with(change, "dry_run", true), token);
        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
        assertThat(plan.json().path("dry_run").asBoolean()).isTrue();
        assertThat(strings(plan.json().path("stages"))).containsExactly("storyboard", "safety", "composition", "quality");
        assertThat(plan.json().path("scenes_remade")).isEmpty();
        assertThat(plan.json().path("estimated_cost_cents").asLong()).isZero();
        assertThat(plan.json().has("ad_id")).isFalse();
        assertThat(adsOf(project)).as("a dry run writes nothing").isEqualTo(adsBefore);

        ApiClient.Response revised = post("/v1/ads/" + parent + "/revisions", change, token);
        assertThat(revised.status()).as(revised.toString()).isEqualTo(202);
        JsonNode body = revised.json();
        assertThat(body.path("version").asInt()).isEqualTo(2);
        assertThat(body.path("parent_ad_id").asString()).isEqualTo(parent.toString());
        assertThat(strings(body.path("stages"))).containsExactly("storyboard", "safety", "composition", "quality");
        assertThat(revised.header("Location")).endsWith("/v1/generate/video/job/" + body.path("job_id").asString());
        textVersion = UUID.fromString(body.path("ad_id").asString());
        awaitCompleted(body.path("job_id").asString(), 4);

        JsonNode before = api.get("/v1/ads/" + parent, token).json();
        JsonNode after = api.get("/v1/ads/" + textVersion, token).json();
        assertThat(after.path("status").asString()).isEqualTo("completed");
        assertThat(after.path("storyboard").get(0).path("overlay_text").asString()).isEqualTo("Mornings, sorted");
        for (int i = 1; i < 5; i++) assertThat(after.path("storyboard").get(i)).isEqualTo(before.path("storyboard").get(i));
        // Everything upstream of composition is the parent's, output for output.
        Map<String, String> parentOut = checkpoints(parent), childOut = checkpoints(textVersion);
        for (String stage : List.of("creative_bible", "reference_images", "prompt_synthesis", "keyframes", "scene_1", "scene_2",
                "scene_3", "scene_4", "scene_5", "music", "continuity")) {
            assertThat(childOut.get(stage)).as(stage).isEqualTo(parentOut.get(stage));
        }
        assertThat(jobStages(textVersion)).containsExactlyInAnyOrder("storyboard", "safety", "composition", "quality");

        Path a = download(parent, "v1.mp4"), b = download(textVersion, "v2.mp4");
        Ffprobe.Facts facts = Ffprobe.probe(b);
        assertThat(facts.frames()).isEqualTo(450);
        assertThat(facts.width()).isEqualTo(1920);
        assertThat(facts.audioCodec()).isEqualTo("aac");
        List<String> fa = frameHashes(a), fb = frameHashes(b);
        assertThat(fb).hasSize(fa.size());
        int[] cuts = cuts(after);
        // Scene 1 carries the new text; every frame of scenes 3 to 5 is the parent's.
        assertThat(fb.get(cuts[1] / 2)).isNotEqualTo(fa.get(cuts[1] / 2));
        for (int f = cuts[2]; f < 450; f++) assertThat(fb.get(f)).as("frame %d", f).isEqualTo(fa.get(f));
    }

    @Test
    @Order(2)
    void aNewPictureForOneSceneDrawsAndAnimatesThatSceneOnly() throws Exception {
        ApiClient.Response revised = post("/v1/ads/" + parent + "/revisions", Map.of("scenes", List.of(Map.of("scene_number", 3,
                "visual_description", "The bottle on a sunlit windowsill beside a green plant, slow orbit"))), token);
        assertThat(revised.status()).as(revised.toString()).isEqualTo(202);
        JsonNode body = revised.json();
        assertThat(body.path("version").asInt()).isEqualTo(3);
        assertThat(strings(body.path("stages"))).containsExactly("storyboard", "safety", "prompt_synthesis", "keyframes", "scene_3",
                "continuity", "composition", "quality");
        assertThat(body.path("scenes_remade")).extracting(JsonNode::asInt).containsExactly(3);
        pictureVersion = UUID.fromString(body.path("ad_id").asString());
        awaitCompleted(body.path("job_id").asString(), 4);

        JsonNode parentKeys = Json.MAPPER.readTree(checkpoints(parent).get("keyframes"));
        JsonNode childKeys = Json.MAPPER.readTree(checkpoints(pictureVersion).get("keyframes"));
        for (int n : new int[] {1, 2, 4, 5}) {
            assertThat(childKeys.path("files").path("scene_" + n)).as("scene %d", n).isEqualTo(parentKeys.path("files").path("scene_" + n));
        }
        String newKey = BlobStore.keyOf(childKeys.path("keyframes").path("scene_3").asString());
        String oldKey = BlobStore.keyOf(parentKeys.path("keyframes").path("scene_3").asString());
        assertThat(newKey).startsWith("ads/" + pictureVersion + "/");
        assertThat(blobs.open(newKey).readAllBytes()).isNotEqualTo(blobs.open(oldKey).readAllBytes());
        JsonNode prompts = Json.MAPPER.readTree(checkpoints(pictureVersion).get("prompt_synthesis")).path("scenes");
        JsonNode parentPrompts = Json.MAPPER.readTree(checkpoints(parent).get("prompt_synthesis")).path("scenes");
        assertThat(prompts.get(2).path("prompt").asString()).contains("sunlit windowsill");
        for (int i : new int[] {0, 1, 3, 4}) assertThat(prompts.get(i)).isEqualTo(parentPrompts.get(i));

        Path a = download(parent, "p1.mp4"), b = download(pictureVersion, "p3.mp4");
        List<String> fa = frameHashes(a), fb = frameHashes(b);
        int[] cuts = cuts(api.get("/v1/ads/" + pictureVersion, token).json());
        int middleOf3 = (cuts[2] + cuts[3]) / 2;
        assertThat(fb.get(middleOf3)).isNotEqualTo(fa.get(middleOf3));
        // Scene 1 and scene 5 (clear of the transitions into and out of scene 3) are the parent's frames.
        for (int f = 0; f < cuts[1]; f++) assertThat(fb.get(f)).as("frame %d", f).isEqualTo(fa.get(f));
        for (int f = cuts[4]; f < 450; f++) assertThat(fb.get(f)).as("frame %d", f).isEqualTo(fa.get(f));
    }

    @Test
    @Order(3)
    void badRevisionsAreRefusedWithAProblemAndWriteNothing() {
        UUID project = UUID.fromString(api.get("/v1/ads/" + parent, token).json().path("project_id").asString());
        long ads = adsOf(project);
        String path = "/v1/ads/" + parent + "/revisions";

        ApiClient.Response scene = post(path, Map.of("scenes", List.of(Map.of("scene_number", 7, "overlay_text", "x"))), token);
        assertProblem(scene, 400);
        assertThat(scene.body()).contains("scenes[0].scene_number").contains("1 to 5");

        ApiClient.Response longer = post(path, Map.of("scenes", List.of(Map.of("scene_number", 2, "duration_seconds", 5))), token);
        assertProblem(longer, 400);
        assertThat(longer.json().path("detail").asString()).contains("add up to").contains("rebalance");

        ApiClient.Response rebalanced = post(path, Map.of("scenes", List.of(Map.of("scene_number", 2, "duration_seconds", 5)),
                "rebalance", true, "dry_run", true), token);
        assertThat(rebalanced.status()).as(rebalanced.toString()).isEqualTo(200);
        double sum = 0;
        for (JsonNode d : rebalanced.json().path("scene_durations")) sum += d.asDouble();
        assertThat(sum).isCloseTo(15.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(rebalanced.json().path("scene_durations").get(1).asDouble()).isEqualTo(5.0);
        assertThat(strings(rebalanced.json().path("stages"))).contains("music", "continuity").doesNotContain("keyframes", "prompt_synthesis");

        ApiClient.Response mood = post(path, Map.of("music", Map.of("mood", "dark and moody"), "dry_run", true), token);
        assertThat(mood.status()).as("regenerate may be left out: %s", mood).isEqualTo(200);
        assertThat(strings(mood.json().path("stages"))).containsExactly("prompt_synthesis", "music", "composition", "quality");

        ApiClient.Response nothing = post(path, Map.of(), token);
        assertProblem(nothing, 400);
        assertThat(nothing.json().path("detail").asString()).contains("changes nothing");
        String current = api.get("/v1/ads/" + parent, token).json().path("storyboard").get(0).path("overlay_text").asString();
        ApiClient.Response same = post(path, Map.of("scenes", List.of(Map.of("scene_number", 1, "overlay_text", current))), token);
        assertProblem(same, 400);
        assertThat(same.json().path("detail").asString()).contains("changes nothing");

        ApiClient.Response unsafe = post(path, Map.of("scenes", List.of(Map.of("scene_number", 4,
                "visual_description", "A man holding a gun while drinking our coffee"))), token);
        assertProblem(unsafe, 422);
        assertThat(unsafe.json().path("type").asString()).endsWith("/safety-blocked");
        assertThat(unsafe.json().path("violations")).isNotEmpty();

        assertProblem(post(path, Map.of("scenes", List.of(Map.of("scene_number", 1, "overlay_text", "Hi"))), newToken()), 404);
        assertThat(adsOf(project)).as("refused revisions write nothing").isEqualTo(ads);
    }

    @Test
    @Order(4)
    void variantsOpenInDifferentWaysAndShareEverythingElse() throws Exception {
        String path = "/v1/ads/" + parent + "/variants";
        assertProblem(post(path, Map.of("count", 5, "vary", "hook"), token), 400);
        ApiClient.Response badVary = post(path, Map.of("count", 2, "vary", "middle"), token);
        assertProblem(badVary, 400);
        assertThat(badVary.body()).contains("hook, cta or hook_and_cta");

        ApiClient.Response made = post(path, Map.of("count", 3, "vary", "hook"), token);
        assertThat(made.status()).as(made.toString()).isEqualTo(202);
        JsonNode variants = made.json().path("variants");
        assertThat(variants).extracting(v -> v.path("label").asString()).containsExactly("A", "B", "C");
        assertThat(variants).extracting(v -> v.path("angles").get(0).asString()).doesNotHaveDuplicates();
        List<UUID> ids = new ArrayList<>();
        for (JsonNode v : variants) {
            assertThat(strings(v.path("version").path("stages"))).contains("keyframes", "scene_1", "voiceover").doesNotContain("scene_2", "music");
            ids.add(UUID.fromString(v.path("version").path("ad_id").asString()));
            awaitCompleted(v.path("version").path("job_id").asString(), 4);
        }
        JsonNode original = api.get("/v1/ads/" + parent, token).json().path("storyboard");
        List<String> hooks = new ArrayList<>();
        for (UUID id : ids) {
            JsonNode board = api.get("/v1/ads/" + id, token).json().path("storyboard");
            hooks.add(board.get(0).path("overlay_text").asString() + " " + board.get(0).path("description").asString());
            assertThat(board.get(0).path("overlay_text").asString()).isNotEqualTo(original.get(0).path("overlay_text").asString());
            // The voice says the new opening too (its lines come from the same angle).
            assertThat(board.get(0).path("voiceover").asString()).isNotBlank().isNotEqualTo(original.get(0).path("voiceover").asString());
            for (int i = 1; i < 5; i++) assertThat(board.get(i)).isEqualTo(original.get(i));
            assertThat(checkpoints(id).get("music")).as("the music is shared").isEqualTo(checkpoints(parent).get("music"));
        }
        // Different in kind, not paraphrases: few words in common between any two openings.
        for (int i = 0; i < hooks.size(); i++) {
            for (int j = i + 1; j < hooks.size(); j++) {
                assertThat(overlap(hooks.get(i), hooks.get(j))).as("%s / %s", hooks.get(i), hooks.get(j)).isLessThan(0.5);
            }
        }
        JsonNode chain = api.get("/v1/ads/" + parent + "/versions", token).json().path("versions");
        assertThat(chain).filteredOn(v -> v.has("label")).extracting(v -> v.path("label").asString()).containsExactly("A", "B", "C");
    }

    /** Jaccard overlap of two texts' words of four letters or more. */
    private static double overlap(String a, String b) {
        java.util.Set<String> x = words(a), y = words(b);
        java.util.Set<String> both = new java.util.HashSet<>(x);
        both.retainAll(y);
        java.util.Set<String> any = new java.util.HashSet<>(x);
        any.addAll(y);
        return any.isEmpty() ? 0 : both.size() / (double) any.size();
    }

    private static java.util.Set<String> words(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) if (w.length() >= 4) out.add(w);
        return out;
    }

    @Test
    @Order(5)
    void theVersionsListTheChainAndAnEarlierVersionsMediaOutliveItWhileALaterOneReadsThem() throws Exception {
        JsonNode versions = api.get("/v1/ads/" + textVersion + "/versions", token).json();
        assertThat(versions.path("versions")).extracting(v -> v.path("version").asInt()).containsExactly(1, 2, 3, 4, 5, 6);
        JsonNode second = versions.path("versions").get(1);
        assertThat(second.path("ad_id").asString()).isEqualTo(textVersion.toString());
        assertThat(second.path("parent_ad_id").asString()).isEqualTo(parent.toString());
        assertThat(second.path("changes").path("scenes").get(0).path("overlay_text").asString()).isEqualTo("Mornings, sorted");
        assertThat(strings(second.path("stages_run"))).contains("composition");
        assertThat(second.path("video_url").asString()).contains("/v1/ads/" + textVersion + "/video");
        assertThat(versions.path("versions").get(0).has("changes")).isFalse();
        assertProblem(api.get("/v1/ads/" + textVersion + "/versions", newToken()), 404);

        assertThat(delete("/v1/ads/" + parent, token).status()).isEqualTo(204);
        assertThat(blobs.list("ads/" + parent + "/")).as("versions 2 and 3 still read them").isNotEmpty();
        assertThat(download(pictureVersion, "after.mp4")).isNotEmptyFile();
        assertThat(api.get("/v1/ads/" + textVersion + "/versions", token).json().path("versions"))
                .extracting(v -> v.path("version").asInt()).containsExactly(2, 3, 4, 5, 6);
        // The chain goes on without its first ad: a revision of a later version is numbered after the last.
        ApiClient.Response later = post("/v1/ads/" + textVersion + "/revisions", Map.of("scenes",
                List.of(Map.of("scene_number", 2, "overlay_text", "Still calm"))), token);
        assertThat(later.status()).as(later.toString()).isEqualTo(202);
        assertThat(later.json().path("version").asInt()).isEqualTo(7);
        awaitCompleted(later.json().path("job_id").asString(), 4);
        assertThat(delete("/v1/ads/" + textVersion, token).status()).isEqualTo(204);
        assertThat(blobs.list("ads/" + parent + "/")).isNotEmpty();
        for (JsonNode v : api.get("/v1/ads/" + pictureVersion + "/versions", token).json().path("versions")) {
            if (!v.path("ad_id").asString().equals(pictureVersion.toString())) {
                assertThat(delete("/v1/ads/" + v.path("ad_id").asString(), token).status()).isEqualTo(204);
            }
        }
        assertThat(blobs.list("ads/" + parent + "/")).isNotEmpty();
        assertThat(delete("/v1/ads/" + pictureVersion, token).status()).isEqualTo(204);
        assertThat(blobs.list("ads/" + parent + "/")).as("no version reads them any more").isEmpty();
        assertThat(blobs.list("ads/" + pictureVersion + "/")).isEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> out = new java.util.LinkedHashMap<>(body);
        out.put(key, value);
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    /** Frame numbers of each scene's start, and the ad's end, from the ad's storyboard. */
    private static int[] cuts(JsonNode ad) {
        int[] out = new int[6];
        double t = 0;
        for (int i = 0; i < 5; i++) {
            out[i] = (int) Math.round(t * 30);
            t += ad.path("storyboard").get(i).path("duration").asDouble();
        }
        out[5] = (int) Math.round(t * 30);
        return out;
    }

    private long adsOf(UUID project) {
        return jdbc.sql("SELECT COUNT(*) FROM generated_ads WHERE project_id = :p").param("p", project).query(Long.class).single();
    }


    private List<String> jobStages(UUID ad) {
        String json = jdbc.sql("SELECT stages_completed::text FROM generation_jobs WHERE ad_id = :a").param("a", ad).query(String.class).single();
        List<String> out = new ArrayList<>();
        Json.MAPPER.readTree(json).forEach(s -> out.add(s.path("stage").asString()));
        return out;
    }


    /** The version's MP4 as stored (the download itself is GenerationFlowTest's). */
    private Path download(UUID ad, String name) throws IOException {
        String uri = Json.MAPPER.readTree(checkpoints(ad).get("composition")).path("video_uri").asString();
        Path out = tmp.resolve(name);
        try (var in = blobs.open(BlobStore.keyOf(uri))) {
            Files.copy(in, out);
        }
        return out;
    }

    /** Each decoded video frame's MD5, by Debian's FFmpeg (not the bundled one under test). */
    private static List<String> frameHashes(Path mp4) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ffmpeg", "-v", "error", "-i", mp4.toString(), "-map", "0:v", "-f", "framemd5", "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> out = new ArrayList<>();
        for (String line : new String(p.getInputStream().readAllBytes()).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split(",");
            out.add(cells[cells.length - 1].strip());
        }
        assertThat(p.waitFor()).isZero();
        return out;
    }
}
