package video.zapcut.web.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import video.zapcut.testing.Ffprobe;
import video.zapcut.testing.ProductShots;
import video.zapcut.web.ApiClient;
import video.zapcut.web.projects.ProjectApiTest;

/**
 * The whole product over HTTP, with in-process workers: sign up, make a project, upload a photo,
 * generate, follow the job on both live streams, then fetch the ad and download the MP4 (whole and
 * by byte ranges) and check it with ffprobe. Also: cancelling a running generation.
 */
@TestPropertySource(properties = {"zapcut.worker.enabled=true", "zapcut.worker.heartbeat=200ms",
        "zapcut.worker.poll-interval=100ms", "zapcut.worker.shutdown-grace=1s"})
class GenerationFlowTest extends ProjectApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    @Test
    void aUserGeneratesAnAdAndDownloadsIt() throws Exception {
        String email = uniqueEmail();
        assertThat(signup(email, GOOD_PASSWORD).status()).isEqualTo(201);
        ApiClient.Response login = api.postJson("/v1/auth/login", Map.of("email", email, "password", GOOD_PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String token = login.json().path("access_token").asString();
        UUID user = userIdOf(token);
        UUID project = createProject(token, "Luna Coffee");
        ApiClient.Response uploaded = upload(project, token, png(ProductShots.luna(720)), "luna.png", "image/png",
                Map.of("type", "image", "label", "hero_product", "role", "primary_product"));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String assetId = uploaded.json().path("id").asString();

        ApiClient.Response accepted = post("/v1/generate/video", Map.of(
                "project_id", project.toString(),
                "brief", "Luna Coffee is an organic cold brew for busy professionals who want calm, focused mornings.",
                "creative_direction", "Clean and modern, soft morning light, warm earth tones, calm and serene",
                "duration_seconds", 15,
                "aspect_ratio", "1:1",
                // The user's own scene lengths (not on the music's bar lines) and opening text are kept.
                "scenes", List.of(Map.of("prompt", "Close-up of the Luna Coffee bottle on a kitchen counter, morning sunlight",
                                "media", List.of(Map.of("asset_id", assetId, "role", "primary_product")),
                                "duration_seconds", 2.5, "overlay_text", "Mornings, sorted", "voiceover", "Mornings, sorted."),
                        Map.of("duration_seconds", 3.1), Map.of("duration_seconds", 2.9), Map.of("duration_seconds", 3),
                        Map.of("duration_seconds", 3.5))), token);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        JsonNode body = accepted.json();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("job_id", "ad_id", "status", "estimated_duration_seconds",
                "estimated_cost_cents");
        assertThat(body.path("estimated_cost_cents").asLong()).as("local providers cost nothing").isZero();
        assertThat(body.path("status").asString()).isEqualTo("queued");
        assertThat(body.path("estimated_duration_seconds").asInt()).isPositive();
        String jobId = body.path("job_id").asString();
        String adId = body.path("ad_id").asString();
        assertThat(accepted.header("Location")).endsWith("/v1/generate/video/job/" + jobId);

        LiveStreams.Sse sse = LiveStreams.sse(port, jobId, token);
        LiveStreams.Socket socket = LiveStreams.websocket(port, jobId, token);
        assertThat(sse.status()).isEqualTo(200);

        List<LiveStreams.Event> sseEvents = LiveStreams.await(sse.done(), java.time.Duration.ofMinutes(5));
        List<LiveStreams.Event> wsEvents = socket.done().get(30, TimeUnit.SECONDS);

        for (List<LiveStreams.Event> events : List.of(sseEvents, wsEvents)) {
            assertThat(events.getFirst().name()).isEqualTo("snapshot");
            assertThat(events.getFirst().data().path("job_id").asString()).isEqualTo(jobId);
            assertThat(events.getLast().type()).isEqualTo("job_completed");
            List<LiveStreams.Event> progress = events.stream().filter(e -> e.name().equals("progress")).toList();
            assertThat(progress).extracting(LiveStreams.Event::type).contains("stage_started", "stage_completed");
            assertThat(progress).filteredOn(e -> e.type().equals("stage_completed"))
                    .extracting(e -> e.data().path("stage").asString()).contains("composition", "quality");
            // The bar moves through composition (its frames encoded), not only at the stage's ends.
            int compositionStart = progress.stream().filter(e -> e.type().equals("stage_started")
                    && e.data().path("stage").asString().equals("composition")).findFirst().orElseThrow()
                    .data().path("progress_percentage").asInt();
            List<Integer> through = progress.stream().filter(e -> e.type().equals("stage_progress"))
                    .peek(e -> assertThat(e.data().path("stage").asString()).isEqualTo("composition"))
                    .map(e -> e.data().path("progress_percentage").asInt()).toList();
            assertThat(through).as("percents reported during composition").hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(p -> assertThat(p).isGreaterThan(compositionStart).isLessThan(100));
            int last = -1;
            for (LiveStreams.Event e : progress) {
                int p = e.data().path("progress_percentage").asInt();
                assertThat(p).as("progress never goes back").isGreaterThanOrEqualTo(last);
                last = p;
            }
        }
        assertThat(socket.closeCode().get()).isEqualTo(1000);

        JsonNode job = api.get("/v1/generate/video/job/" + jobId, token).json();
        assertThat(job.path("status").asString()).isEqualTo("completed");
        assertThat(job.path("progress_percentage").asInt()).isEqualTo(100);
        assertThat(job.path("duration_seconds").asDouble()).isCloseTo(15.0, within(1.0 / 30));
        assertThat(job.path("file_size_bytes").asLong()).isPositive();
        assertThat(job.path("generation_duration_seconds").asInt()).isPositive();
        assertThat(job.path("api_cost_cents").asInt()).isZero();
        assertThat(job.path("stages_completed")).hasSize(video.zapcut.pipeline.Stage.values().length);
        assertThat(job.path("stages_completed").get(0).path("completed_at").asString()).isNotBlank();

        JsonNode ad = api.get("/v1/ads/" + adId, token).json();
        assertThat(ad.path("status").asString()).isEqualTo("completed");
        assertThat(ad.path("project_id").asString()).isEqualTo(project.toString());
        assertThat(ad.path("resolution").asString()).isEqualTo("1080x1080");
        assertThat(ad.path("aspect_ratio").asString()).isEqualTo("1:1");
        assertThat(ad.path("creative_bible_id").asString()).isNotBlank();
        assertThat(ad.path("storyboard")).hasSize(5);
        assertThat(ad.path("storyboard")).extracting(s -> s.path("duration").asDouble()).containsExactly(2.5, 3.1, 2.9, 3.0, 3.5);
        assertThat(ad.path("storyboard").get(0).path("overlay_text").asString()).isEqualTo("Mornings, sorted");
        assertThat(ad.path("storyboard").get(0).path("voiceover").asString()).as("the user's line").isEqualTo("Mornings, sorted.");

        // The captions, timed to the voice, through their signed links (as a <track> element fetches them).
        assertThat(ad.path("captions").asString()).isEqualTo("burned");
        HttpResponse<String> vtt = HTTP.send(HttpRequest.newBuilder(URI.create(ad.path("captions_vtt_url").asString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(vtt.statusCode()).isEqualTo(200);
        assertThat(vtt.headers().firstValue("Content-Type").orElse("")).startsWith("text/vtt");
        assertThat(vtt.body()).startsWith("WEBVTT").contains("Mornings, <00:00:0");
        HttpResponse<String> srt = HTTP.send(HttpRequest.newBuilder(URI.create(ad.path("captions_srt_url").asString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(srt.statusCode()).isEqualTo(200);
        assertThat(srt.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-subrip");
        assertThat(srt.body()).startsWith("1\n00:00:00,").contains("Mornings, sorted.");
        assertThat(api.get("/v1/ads/" + adId + "/captions.srt", token).status()).isEqualTo(200);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(ad.path("captions_srt_url").asString().replaceAll("\\?.*", ""))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("no link, no token").isEqualTo(401);
        assertThat(ad.path("keyframe_urls").size()).isEqualTo(5);

        // The MP4 through its signed link, as a browser player fetches it: no Authorization header.
        String videoUrl = job.path("video_url").asString();
        HttpResponse<byte[]> whole = HTTP.send(HttpRequest.newBuilder(URI.create(videoUrl)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat((long) whole.body().length).isEqualTo(job.path("file_size_bytes").asLong());
        HttpResponse<byte[]> head = HTTP.send(HttpRequest.newBuilder(URI.create(videoUrl)).header("Range", "bytes=0-99").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(head.statusCode()).isEqualTo(206);
        assertThat(head.headers().firstValue("Content-Range")).hasValue("bytes 0-99/" + whole.body().length);
        assertThat(head.body()).isEqualTo(java.util.Arrays.copyOfRange(whole.body(), 0, 100));
        HttpResponse<byte[]> tail = HTTP.send(HttpRequest.newBuilder(URI.create(videoUrl)).header("Range", "bytes=1000-").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(java.util.Arrays.copyOfRange(whole.body(), 1000, whole.body().length));

        Path mp4 = Files.write(tmp.resolve("ad.mp4"), whole.body());
        Ffprobe.Facts facts = Ffprobe.probe(mp4);
        assertThat(facts.videoCodec()).isEqualTo("h264");
        assertThat(facts.width()).isEqualTo(1080);
        assertThat(facts.height()).isEqualTo(1080);
        assertThat(facts.fps()).isEqualTo(30.0);
        assertThat(facts.duration()).isCloseTo(15.0, within(1.0 / 30 + 1e-3));
        assertThat(facts.audioCodec()).isEqualTo("aac");
        assertThat(facts.sampleRate()).isEqualTo(48000);
        assertThat(facts.channels()).isEqualTo(2);
        assertThat(facts.audioDuration()).as("the soundtrack lasts as long as the picture").isCloseTo(15.0, within(0.05));

        HttpResponse<byte[]> thumb = HTTP.send(HttpRequest.newBuilder(URI.create(job.path("thumbnail_url").asString())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(thumb.statusCode()).isEqualTo(200);
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(thumb.body()));
        assertThat(thumbnail).isNotNull();
        HttpResponse<byte[]> keyframe = HTTP.send(HttpRequest.newBuilder(URI.create(ad.path("keyframe_urls").path("scene_3").asString())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(keyframe.statusCode()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(keyframe.body()))).isNotNull();

        // Each scene's brand check travels in the ad's body: the offline renderer's scenes keep to the bible first time.
        JsonNode brand = ad.path("quality_report").path("scenes");
        assertThat(brand).hasSize(5);
        for (JsonNode s : brand) {
            assertThat(s.path("passed").asBoolean()).as(s.toString()).isTrue();
            assertThat(s.path("regenerated").asBoolean()).isFalse();
            assertThat(s.path("kept_attempt").asInt()).isEqualTo(1);
            assertThat(s.path("palette_adherence").asDouble()).isGreaterThan(0.5);
            assertThat(s.path("product_match").asDouble()).isGreaterThan(0.5);
        }

        // The owner's token works too; a tampered link, no credentials, or another user's token do not.
        assertThat(api.get("/v1/ads/" + adId + "/thumbnail", token).status()).isEqualTo(200);
        ApiClient.Response tampered = api.get(URI.create(videoUrl.replaceAll("signature=[^&]+", "signature=AAAA")).getRawPath()
                + "?" + URI.create(videoUrl.replaceAll("signature=[^&]+", "signature=AAAA")).getRawQuery(), null);
        assertProblem(tampered, 403);
        assertProblem(api.get("/v1/ads/" + adId + "/video", null), 401);
        assertProblem(api.get("/v1/ads/" + adId + "/video", newToken()), 404);

        JsonNode list = api.get("/v1/projects/" + project + "/ads", token).json();
        assertThat(list.path("total").asLong()).isEqualTo(1);
        assertThat(list.path("ads").get(0).path("id").asString()).isEqualTo(adId);

        Map<String, Object> account = jdbc.sql("SELECT videos_remaining, total_videos_generated FROM users WHERE id = :u")
                .param("u", user).query().singleRow();
        assertThat(account).containsEntry("videos_remaining", 2).containsEntry("total_videos_generated", 1);

        String metrics = api.get("/actuator/prometheus", null).body();
        assertThat(metrics).contains("zapcut_generations_total{outcome=\"completed\"}")
                .contains("zapcut_generation_duration_seconds_count").contains("http_server_requests_seconds_count");
        assertThat(api.get("/actuator/health/readiness", null).json().path("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/liveness", null).json().path("status").asString()).isEqualTo("UP");
    }

    /** The studio's one-call generation makes the storyboard the user reviewed, with their edits. */
    @Test
    void theStudioGeneratesWhatTheUserReviewed() throws Exception {
        String token = newToken();
        UUID project = projectWithPhoto(token, "studio");
        String conversation = "/v1/projects/" + project + "/conversation";
        post(conversation + "/messages", Map.of("text",
                "We are Luna Coffee. Introducing Luna Cold Brew, calm energy for busy professionals that helps you focus."), token);
        post(conversation + "/recheck", Map.of(), token);
        JsonNode review = post(conversation + "/messages", Map.of("text", "surprise me, 15 seconds, square"), token).json()
                .path("review");
        assertThat(review.path("scenes")).hasSize(5);
        List<Map<String, Object>> edited = new java.util.ArrayList<>();
        for (JsonNode s : review.path("scenes")) {
            int i = s.path("scene_index").asInt();
            edited.add(Map.of("scene_index", i, "description", i == 3 ? "The bottle on a desk beside a laptop" : s.path("description").asString(),
                    "overlay_text", i == 3 ? "Focus, all morning" : s.path("overlay_text").asString(),
                    "duration_seconds", s.path("duration_seconds").asDouble()));
        }
        ApiClient.Response saved = api.send(api.request(conversation + "/scenes", token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("scenes", edited)))));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

        ApiClient.Response started = api.postJson(conversation + "/generate", "{}", token);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String jobId = started.json().path("state").path("job_id").asString();
        String adId = started.json().path("state").path("ad_id").asString();
        List<LiveStreams.Event> events = LiveStreams.await(LiveStreams.sse(port, jobId, token).done(), java.time.Duration.ofMinutes(5));
        assertThat(events.getLast().type()).isEqualTo("job_completed");

        JsonNode storyboard = api.get("/v1/ads/" + adId, token).json().path("storyboard");
        for (int i = 0; i < 5; i++) {
            JsonNode planned = review.path("scenes").get(i);
            assertThat(storyboard.get(i).path("title").asString()).isEqualTo(planned.path("title").asString());
            assertThat(storyboard.get(i).path("duration").asDouble()).isEqualTo(planned.path("duration_seconds").asDouble());
            assertThat(storyboard.get(i).path("description").asString()).isEqualTo(edited.get(i).get("description"));
            assertThat(storyboard.get(i).path("overlay_text").asString()).isEqualTo(edited.get(i).get("overlay_text"));
        }
        assertThat(storyboard.get(2).path("description").asString()).isEqualTo("The bottle on a desk beside a laptop");
        // Made as approved: the bible is the reviewed one, not written again.
        JsonNode paths = JSON.readTree(jdbc.sql("SELECT generation_paths::text FROM generated_ads WHERE id = CAST(:a AS UUID)")
                .param("a", adId).query(String.class).single());
        assertThat(jdbc.sql("""
                SELECT c.output->'bible' = a.approved_plan->'bible' FROM stage_checkpoints c JOIN generated_ads a ON a.id = c.ad_id
                WHERE c.ad_id = CAST(:a AS UUID) AND c.stage = 'creative_bible'""").param("a", adId).query(Boolean.class).single())
                .as("the generation's bible is the reviewed one; paths " + paths).isTrue();
    }

    @Test
    void aRunningGenerationCanBeCancelled() throws Exception {
        String token = newToken();
        UUID project = projectWithPhoto(token, "cancel me");
        ApiClient.Response accepted = post("/v1/generate/video", Map.of("project_id", project.toString(),
                "brief", "Trail Mix Co makes crunchy trail mix for hikers who want real energy on long climbs.",
                "duration_seconds", 30), token);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String jobId = accepted.json().path("job_id").asString();
        LiveStreams.Sse sse = LiveStreams.sse(port, jobId, token);

        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!"running".equals(api.get("/v1/generate/video/job/" + jobId, token).json().path("status").asString())) {
            if (System.nanoTime() > deadline) LiveStreams.await(new java.util.concurrent.CompletableFuture<>(), java.time.Duration.ofMillis(1));
            Thread.sleep(50);
        }
        ApiClient.Response cancel = api.send(api.request("/v1/generate/video/job/" + jobId + "/cancel", token)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(cancel.status()).as(cancel.toString()).isIn(200, 202);

        long asked = System.nanoTime();
        List<LiveStreams.Event> events = LiveStreams.await(sse.done(), java.time.Duration.ofMinutes(2));
        double stopSeconds = (System.nanoTime() - asked) / 1e9;
        assertThat(events.getLast().type()).isEqualTo("job_cancelled");
        assertThat(stopSeconds).as("cancellation stops work promptly").isLessThan(20);

        JsonNode job = api.get("/v1/generate/video/job/" + jobId, token).json();
        assertThat(job.path("status").asString()).isEqualTo("cancelled");
        assertThat(jdbc.sql("SELECT status FROM generated_ads WHERE id = CAST(:id AS UUID)")
                .param("id", job.path("ad_id").asString()).query(String.class).single()).isEqualTo("cancelled");
        ApiClient.Response again = api.send(api.request("/v1/generate/video/job/" + jobId + "/cancel", token)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertProblem(again, 409);
    }

    private static byte[] png(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
