package video.zapcut.ai.vendors.replicate;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.ai.MusicRequest;
import video.zapcut.ai.SceneClip;
import video.zapcut.ai.SceneShot;
import video.zapcut.ai.VisualStyleSpec;
import video.zapcut.ai.vendors.MediaFitting;
import video.zapcut.ai.vendors.VendorTestKit;
import video.zapcut.ai.vendors.http.Endpoint;
import video.zapcut.ai.vendors.http.ErrorClassifier;
import video.zapcut.ai.vendors.http.OutputExpiredException;
import video.zapcut.ai.vendors.http.ResilienceSettings;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.ai.vendors.http.VendorHttp;
import video.zapcut.ai.vendors.http.VendorInterruptedException;
import video.zapcut.ai.vendors.http.VendorResilience;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.CameraMove;
import video.zapcut.common.Json;
import video.zapcut.common.MusicalGrid;
import video.zapcut.costs.CostMeter;
import video.zapcut.costs.Reservation;
import video.zapcut.costs.Units;
import video.zapcut.media.MediaInfo;
import video.zapcut.media.MediaProbe;
import video.zapcut.testing.VendorMedia;

/** Replicate's predictions API: create with Prefer: wait, poll, cancel, files, per-family inputs, outputs. */
class ReplicateContractTest {
    static final String TOKEN = "r8_testtoken0123456789";
    static WireMockServer wm;
    static byte[] clip;
    static byte[] music;
    VendorTestKit kit;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        clip = VendorMedia.clip(1280, 720, 5);
        music = VendorMedia.music(12);
    }

    @AfterAll
    static void stop() { wm.stop(); }

    @BeforeEach
    void reset() {
        wm.resetAll();
        kit = new VendorTestKit();
        wm.stubFor(post("/v1/files").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"file1\",\"urls\":{\"get\":\"" + wm.baseUrl() + "/v1/files/file1\"}}")));
        wm.stubFor(get("/out/clip.mp4").willReturn(aResponse().withBody(clip)));
        wm.stubFor(get("/out/music.wav").willReturn(aResponse().withBody(music)));
    }

    ReplicateClient client() {
        return new ReplicateClient(kit.http("replicate", ErrorClassifier.DEFAULT), new Endpoint(wm.baseUrl(), TOKEN), 60,
                Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofMinutes(15));
    }

    String prediction(String id, String status, String output) {
        return "{\"id\":\"" + id + "\",\"model\":\"m\",\"status\":\"" + status + "\",\"output\":" + output
                + ",\"error\":null,\"urls\":{\"get\":\"" + wm.baseUrl() + "/v1/predictions/" + id + "\",\"cancel\":\""
                + wm.baseUrl() + "/v1/predictions/" + id + "/cancel\"},\"metrics\":{\"predict_time\":3.2}}";
    }

    static SceneShot shot(double seconds, AspectRatio aspect) {
        return new SceneShot(1, "setup", "hero", "a bottle on a marble counter", "text, watermark", CameraMove.values()[0], "calm",
                seconds, 0.5, 0.7, 7, aspect);
    }

    static final VisualStyleSpec STYLE = new VisualStyleSpec("s", "v", List.of(), "l", "c", "m", 5);

    Path keyframeDir() throws Exception {
        Path k = Files.createDirectories(dir.resolve("kf"));
        Files.write(k.resolve("keyframe.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        return k;
    }

    @Test
    void veoIsCreatedWithPreferWaitAndItsClipNormalised() throws Exception {
        wm.stubFor(post("/v1/models/google/veo-3/predictions").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(prediction("p1", "succeeded", "\"" + wm.baseUrl() + "/out/clip.mp4\""))));
        var model = new ReplicateVideoModel(client(), "google/veo-3", new MediaFitting(VendorMedia.FFMPEG), CostMeter.NONE);
        SceneClip c = model.render(shot(6.5, AspectRatio.LANDSCAPE), STYLE, keyframeDir(), dir.resolve("clip.mp4"));
        wm.verify(postRequestedFor(urlEqualTo("/v1/files")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBodyPart(aMultipart().withName("content").build()));
        wm.verify(postRequestedFor(urlEqualTo("/v1/models/google/veo-3/predictions"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Prefer", equalTo("wait=60"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.input.prompt", equalTo("a bottle on a marble counter")))
                .withRequestBody(matchingJsonPath("$.input.image", equalTo(wm.baseUrl() + "/v1/files/file1")))
                .withRequestBody(matchingJsonPath("$.input.aspect_ratio", equalTo("16:9")))
                .withRequestBody(matchingJsonPath("$.input.duration", equalTo("8")))
                .withRequestBody(matchingJsonPath("$.input.negative_prompt", equalTo("text, watermark")))
                .withRequestBody(matchingJsonPath("$.input.generate_audio", equalTo("false"))));
        wm.verify(getRequestedFor(urlEqualTo("/out/clip.mp4")).withoutHeader("Authorization"));
        assertThat(c).isInstanceOf(SceneClip.Video.class);
        // 5 s of vendor clip for a 6.5 s shot: slowed and re-timed to exactly 6.5 s at 30 fps
        MediaInfo info = new MediaProbe(VendorMedia.FFMPEG).probe(((SceneClip.Video) c).file());
        assertThat(info.width()).isEqualTo(1280);
        assertThat(info.fps()).isEqualTo(30.0);
        assertThat(info.durationSeconds()).isCloseTo(6.5, within(0.04));
        // Long enough: kept as it came; composition scales, re-times and trims it in its one pass.
        Path kept = new MediaFitting(VendorMedia.FFMPEG).normaliseClip(Files.write(dir.resolve("long.mp4"), clip), 4.0, dir.resolve("kept.mp4"));
        assertThat(kept).hasBinaryContent(clip);
    }

    @Test
    void eachVideoFamilyGetsItsOwnInputs() {
        SceneShot s = shot(5, AspectRatio.PORTRAIT);
        var kling = VideoFamily.of("kwaivgi/kling-v2.1").input(s, "https://x/k.png");
        assertThat(Json.write(kling)).contains("\"start_image\":\"https://x/k.png\"").contains("\"mode\":\"standard\"")
                .contains("\"duration\":5");
        assertThat(VideoFamily.KLING.seconds(6.5)).isEqualTo(10);
        assertThatThrownBy(() -> VideoFamily.KLING.input(s, null)).hasMessageContaining("start image");
        assertThat(Json.write(VideoFamily.of("minimax/video-01").input(s, "u"))).contains("\"first_frame_image\":\"u\"");
        assertThat(Json.write(VideoFamily.of("openai/sora-2").input(s, "u"))).contains("\"seconds\":8")
                .contains("\"aspect_ratio\":\"portrait\"").contains("\"input_reference\":\"u\"");
        assertThat(Json.write(VideoFamily.of("google/veo-3-fast").input(s, "u"))).contains("\"aspect_ratio\":\"9:16\"");
        assertThatThrownBy(() -> VideoFamily.of("acme/unknown")).hasMessageContaining("no input mapping");
    }

    @Test
    void anUnfinishedPredictionIsPolledWithBackoffUntilItSucceeds() throws Exception {
        wm.stubFor(post("/v1/models/kwaivgi/kling-v2.1/predictions").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(prediction("p2", "starting", "null"))));
        wm.stubFor(get("/v1/predictions/p2").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(prediction("p2", "processing", "null"))).willSetStateTo("2"));
        wm.stubFor(get("/v1/predictions/p2").inScenario("s").whenScenarioStateIs("2")
                .willReturn(okJson(prediction("p2", "processing", "null"))).willSetStateTo("3"));
        wm.stubFor(get("/v1/predictions/p2").inScenario("s").whenScenarioStateIs("3")
                .willReturn(okJson(prediction("p2", "succeeded", "[\"" + wm.baseUrl() + "/out/clip.mp4\"]"))));
        var model = new ReplicateVideoModel(client(), "kwaivgi/kling-v2.1", new MediaFitting(VendorMedia.FFMPEG), CostMeter.NONE);
        model.render(shot(4.5, AspectRatio.SQUARE), STYLE, keyframeDir(), dir.resolve("c.mp4"));
        wm.verify(3, getRequestedFor(urlEqualTo("/v1/predictions/p2")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        assertThat(kit.sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1));
        wm.verify(postRequestedFor(urlEqualTo("/v1/models/kwaivgi/kling-v2.1/predictions"))
                .withRequestBody(matchingJsonPath("$.input.start_image", equalTo(wm.baseUrl() + "/v1/files/file1"))));
    }

    /** Records what a client reserves, charges and releases, as the cost ledger would see it. */
    static final class RecordingMeter implements CostMeter {
        final List<List<Units>> reserved = new ArrayList<>(), charged = new ArrayList<>(), released = new ArrayList<>();

        @Override public Reservation reserve(String c, String p, String m, List<Units> most) {
            reserved.add(most);
            return CostMeter.NONE.reserve(c, p, m, most);
        }
        @Override public void charge(Reservation r, List<Units> billed, String id) { charged.add(billed); CostMeter.NONE.charge(r, billed, id); }
        @Override public void release(Reservation r) { if (!r.settled()) released.add(r.most()); CostMeter.NONE.release(r); }
    }

    @Test
    void aClipLongerThanAskedIsChargedItsLengthWithinWhatWasReserved() throws Exception {
        // Kling asked for 5 s returns 7.6 s: billed 8 s, inside the 10 s (the model's longest clip) reserved before.
        wm.stubFor(get("/out/long.mp4").willReturn(aResponse().withBody(VendorMedia.clip(1280, 720, 7.6))));
        wm.stubFor(post("/v1/models/kwaivgi/kling-v2.1/predictions").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(prediction("p9", "succeeded", "\"" + wm.baseUrl() + "/out/long.mp4\""))));
        RecordingMeter meter = new RecordingMeter();
        var model = new ReplicateVideoModel(client(), "kwaivgi/kling-v2.1", new MediaFitting(VendorMedia.FFMPEG), meter);
        model.render(shot(4.5, AspectRatio.LANDSCAPE), STYLE, keyframeDir(), dir.resolve("long.mp4"));
        wm.verify(postRequestedFor(urlEqualTo("/v1/models/kwaivgi/kling-v2.1/predictions"))
                .withRequestBody(matchingJsonPath("$.input.duration", equalTo("5"))));
        assertThat(meter.reserved).containsExactly(List.of(Units.of(10, "video_second")));
        assertThat(meter.charged).containsExactly(List.of(Units.of(8, "video_second")));
        assertThat(meter.released).isEmpty();

        // A prediction that fails bills nothing: its reservation is released as made.
        wm.stubFor(post("/v1/models/kwaivgi/kling-v2.1/predictions").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(prediction("p10", "failed", "null"))));
        assertThatThrownBy(() -> model.render(shot(4.5, AspectRatio.LANDSCAPE), STYLE, keyframeDir(), dir.resolve("x.mp4")))
                .isInstanceOf(PredictionFailedException.class);
        assertThat(meter.charged).hasSize(1);
        assertThat(meter.released).containsExactly(List.of(Units.of(10, "video_second")));
    }

    @Test
    void failedAndCanceledPredictionsAreFatal() {
        wm.stubFor(post("/v1/models/google/veo-3/predictions").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(prediction("p3", "failed", "null").replace("\"error\":null", "\"error\":\"NSFW content detected\""))));
        assertThatThrownBy(() -> client().run("google/veo-3", Json.MAPPER.createObjectNode()))
                .isInstanceOfSatisfying(PredictionFailedException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("p3 failed: NSFW content detected");
        wm.stubFor(post("/v1/models/google/veo-3/predictions").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(prediction("p4", "processing", "null"))));
        wm.stubFor(get("/v1/predictions/p4").willReturn(okJson(prediction("p4", "canceled", "null"))));
        assertThatThrownBy(() -> client().run("google/veo-3", Json.MAPPER.createObjectNode()))
                .isInstanceOf(PredictionFailedException.class).hasMessageContaining("canceled");
    }

    @Test
    void anInterruptedJobCancelsThePredictionInFlight() throws Exception {
        wm.stubFor(post("/v1/models/google/veo-3/predictions").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(prediction("p5", "processing", "null"))));
        wm.stubFor(get("/v1/predictions/p5").willReturn(okJson(prediction("p5", "processing", "null")).withFixedDelay(20)));
        wm.stubFor(post("/v1/predictions/p5/cancel").willReturn(okJson(prediction("p5", "canceled", "null"))));
        // A sleeper that really waits, so the interrupt lands mid-poll.
        ReplicateClient c = new ReplicateClient(new VendorHttp(VendorHttp.defaultClient(), new VendorResilience("replicate",
                ResilienceSettings.defaults(), d -> Thread.sleep(10), Clock.systemUTC(), new Random(1)),
                ErrorClassifier.DEFAULT, Duration.ofSeconds(2)),
                new Endpoint(wm.baseUrl(), TOKEN), 60, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMinutes(15));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread t = Thread.ofPlatform().start(() -> {
            try {
                c.run("google/veo-3", Json.MAPPER.createObjectNode());
            } catch (Throwable e) {
                thrown.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        Thread.sleep(150);
        t.interrupt();
        t.join(5000);
        assertThat(thrown.get()).isInstanceOf(VendorInterruptedException.class).hasMessageContaining("p5");
        assertThat(stillInterrupted.get()).isTrue();
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/predictions/p5/cancel")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void anExpiredOutputIsRenderedOnceMoreThenGivenUp() throws Exception {
        wm.stubFor(post("/v1/models/google/veo-3/predictions").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(prediction("p6", "succeeded", "\"" + wm.baseUrl() + "/out/gone.mp4\""))));
        wm.stubFor(get("/out/gone.mp4").willReturn(aResponse().withStatus(404)));
        var model = new ReplicateVideoModel(client(), "google/veo-3", new MediaFitting(VendorMedia.FFMPEG), CostMeter.NONE);
        Path k = keyframeDir();
        assertThatThrownBy(() -> model.render(shot(5, AspectRatio.LANDSCAPE), STYLE, k, dir.resolve("x.mp4")))
                .isInstanceOf(OutputExpiredException.class);
        wm.verify(2, postRequestedFor(urlEqualTo("/v1/models/google/veo-3/predictions")));
    }

    @Test
    void createIsRetriedOn429WithoutRetryAfterAndOn500() {
        wm.stubFor(post("/v1/models/google/lyria-2/predictions").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withBody("{\"detail\":\"Request was throttled. Expected available in 1 second.\"}"))
                .willSetStateTo("500"));
        wm.stubFor(post("/v1/models/google/lyria-2/predictions").inScenario("s").whenScenarioStateIs("500")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("ok"));
        wm.stubFor(post("/v1/models/google/lyria-2/predictions").inScenario("s").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(prediction("m1", "succeeded", "\"" + wm.baseUrl() + "/out/music.wav\""))));
        var model = new ReplicateMusicModel(client(), "google/lyria-2", new MediaFitting(VendorMedia.FFMPEG), CostMeter.NONE);
        MusicalGrid grid = MusicalGrid.forEnergy(5, 30);
        Path out = model.compose(new MusicRequest("warm lo-fi, 90 BPM", grid, false, 5, "calm", 3, List.of()), dir.resolve("m.wav"));
        assertThat(kit.sleeps).hasSize(2);
        // 12 s of vendor audio looped with crossfades to the ad's exact length
        MediaInfo info = new MediaProbe(VendorMedia.FFMPEG).probe(out);
        assertThat(info.durationSeconds()).isCloseTo(grid.targetSeconds(), within(0.03));
        assertThat(info.sampleRate()).isEqualTo(48000);
        assertThat(info.channels()).isEqualTo(2);
        wm.verify(postRequestedFor(urlEqualTo("/v1/models/google/lyria-2/predictions"))
                .withRequestBody(matchingJsonPath("$.input.prompt", equalTo("warm lo-fi, 90 BPM")))
                .withRequestBody(matchingJsonPath("$.input.negative_prompt")));
    }

    @Test
    void musicFamiliesAndVersionedModels() throws Exception {
        MusicalGrid grid = MusicalGrid.forEnergy(5, 15);
        MusicRequest r = new MusicRequest("short", grid, false, 5, "calm", 3, List.of());
        assertThat(Json.write(MusicFamily.of("stability-ai/stable-audio-2.5").input(r, 15))).contains("\"duration\":15");
        assertThat(Json.write(MusicFamily.of("minimax/music-1.5").input(r, 15))).contains("\"output_format\":\"url\"")
                .contains("\"prompt\":\"short instrumental\"");
        assertThat(Json.write(MusicFamily.of("meta/musicgen:abc").input(r, 15))).contains("\"output_format\":\"wav\"");
        // A community model with a version id goes to /v1/predictions with "version".
        String version = "meta/musicgen:671ac645ce5e552cc63a54a2bbff63fcf798043055d2dac5fc9e36a837eedcfb";
        wm.stubFor(post("/v1/predictions").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(prediction("m2", "succeeded", "\"" + wm.baseUrl() + "/out/music.wav\""))));
        var model = new ReplicateMusicModel(client(), version, new MediaFitting(VendorMedia.FFMPEG), CostMeter.NONE);
        Path out = model.compose(r, dir.resolve("m2.wav"));
        wm.verify(postRequestedFor(urlEqualTo("/v1/predictions")).withRequestBody(matchingJsonPath("$.version", equalTo(version)))
                .withRequestBody(matchingJsonPath("$.input.duration", equalTo("15"))));
        // 12 s of vendor audio is shorter than 15 s: looped; a 30 s ad's worth trimmed is covered above.
        assertThat(new MediaProbe(VendorMedia.FFMPEG).probe(out).durationSeconds()).isCloseTo(grid.targetSeconds(), within(0.03));
    }

    @Test
    void malformedPollAnswersAreRetriedAndAuthFailuresAreNot() {
        wm.stubFor(post("/v1/models/google/veo-3/predictions").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(prediction("p7", "processing", "null"))));
        wm.stubFor(get("/v1/predictions/p7").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withBody("{not json")).willSetStateTo("ok"));
        wm.stubFor(get("/v1/predictions/p7").inScenario("s").whenScenarioStateIs("ok")
                .willReturn(okJson(prediction("p7", "succeeded", "\"u\""))));
        assertThat(client().run("google/veo-3", Json.MAPPER.createObjectNode()).outputUris()).containsExactly("u");

        wm.stubFor(post("/v1/models/google/veo-3/predictions").willReturn(aResponse().withStatus(401)
                .withBody("{\"title\":\"Unauthenticated\",\"detail\":\"You did not pass a valid authentication token\",\"status\":401}")));
        assertThatThrownBy(() -> client().run("google/veo-3", Json.MAPPER.createObjectNode()))
                .isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("401").hasMessageNotContaining(TOKEN);
    }

    @Test
    void imageModelsConditionOnTheUploadedPhotoAndThePreviousKeyframe() throws Exception {
        wm.stubFor(get("/out/img.png").willReturn(aResponse().withBody(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1})));
        wm.stubFor(post("/v1/models/black-forest-labs/flux-kontext-pro/predictions").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(prediction("i1", "succeeded", "\"" + wm.baseUrl() + "/out/img.png\""))));
        var model = new ReplicateImageModel(client(), "black-forest-labs/flux-kontext-pro", CostMeter.NONE);
        Path photo = Files.write(dir.resolve("bottle.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1});
        var product = new video.zapcut.ai.ProductImages(List.of(photo), null, "Luna");
        var refs = model.referenceImages(product, STYLE, AspectRatio.PORTRAIT, dir);
        assertThat(refs).containsOnlyKeys("hero", "detail", "lifestyle", "alternate");
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/files")));
        wm.verify(4, postRequestedFor(urlEqualTo("/v1/models/black-forest-labs/flux-kontext-pro/predictions"))
                .withHeader("Prefer", equalTo("wait=60"))
                .withRequestBody(matchingJsonPath("$.input.input_image", equalTo(wm.baseUrl() + "/v1/files/file1")))
                .withRequestBody(matchingJsonPath("$.input.aspect_ratio", equalTo("9:16")))
                .withRequestBody(matchingJsonPath("$.input.output_format", equalTo("png")))
                .withRequestBody(matchingJsonPath("$.input.prompt", containing("Luna"))));
        Path k = model.keyframe(shot(5, AspectRatio.PORTRAIT), product, STYLE, refs, keyframeDir(), Files.createDirectories(dir.resolve("k2")));
        assertThat(k.getFileName().toString()).isEqualTo("keyframe.png");
        wm.verify(2, postRequestedFor(urlEqualTo("/v1/files")));
    }
}
