package video.zapcut.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import video.zapcut.common.Json;

/**
 * Anthropic, OpenAI Images and Replicate on one WireMock server, answering like the real APIs with
 * media made here (a Java2D product shot, FFmpeg clips and audio). Latencies (ms) are per call kind,
 * for the bench; zero for tests.
 */
public final class FakeVendors implements AutoCloseable {
    public static final int TEXT_IN = 1000, TEXT_OUT = 400;
    /** The set the fake clips show the product on: the Luna label's cream, one of the photo's own colours. */
    public static final java.awt.Color BRAND_SET = new java.awt.Color(240, 228, 200);
    /** How the pipeline's brand check starts a retake's prompt (pipeline.stages.BrandCorrection). */
    public static final String BRAND_CORRECTION = "Brand correction:";
    private final double clipSeconds;
    public final WireMockServer wm = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(64)
            .jettyAcceptors(2).asynchronousResponseEnabled(true).asynchronousResponseThreads(32));

    /** Latencies in ms: text call, image call, video prediction, music prediction. */
    public record Latency(int text, int image, int video, int music) {
        public static final Latency NONE = new Latency(0, 0, 0, 0);
    }

    public FakeVendors(Latency latency, double clipSeconds, double musicSeconds) {
        wm.start();
        String palette = "[\"#1E2A44\",\"#D9C7A7\",\"#F4EFE6\",\"#8C6B4F\"]";
        text("Style & Brand", Map.of("brand_style", "modern minimalist", "vibe", "calm", "colors", Json.MAPPER.readTree(palette),
                "lighting", "soft morning light", "camera", "slow dolly", "motion", "slow and deliberate", "energy_level", 4), latency.text());
        text("Story Structuring", Map.of("scenes", story()), latency.text());
        text("Safety Validation", Map.of("status", "approved", "violations", List.of(), "negative_prompt", "blurry, distorted text"),
                latency.text());
        text("Prompt Synthesis", Map.of("scenes", List.of(
                Map.of("scene_index", 1, "prompt", "Modern minimalist kitchen at sunrise, the bottle on a marble counter, slow push-in."),
                Map.of("scene_index", 2, "prompt", "Cold brew poured over ice in slow motion, soft morning light, pan left."),
                Map.of("scene_index", 3, "prompt", "The bottle beside a laptop on a calm desk, orbiting camera, warm palette."),
                Map.of("scene_index", 4, "prompt", "Close-up of the bottle, condensation glistening, slow push-in, calm focus."),
                Map.of("scene_index", 5, "prompt", "The bottle centred on a clean backdrop, pull-back, end card composition.")),
                "music_prompt", "Instrumental warm lo-fi, soft keys and brushed drums, calm and steady"), latency.text());

        // `zapcut providers --check`: a one-token message, the model list, the account.
        wm.stubFor(post("/v1/messages").atPriority(10).willReturn(okJson("{\"id\":\"msg_ping\",\"model\":\"claude-sonnet-4-5\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"p\"}],\"stop_reason\":\"max_tokens\",\"usage\":{\"input_tokens\":8,\"output_tokens\":1}}")));
        wm.stubFor(get("/v1/models").willReturn(okJson("{\"object\":\"list\",\"data\":[{\"id\":\"gpt-image-1.5\"},{\"id\":\"gpt-5-mini\"}]}")));
        wm.stubFor(get("/v1/account").willReturn(okJson("{\"type\":\"organization\",\"username\":\"zapcut-test\",\"name\":\"Zapcut\"}")));

        // Stills of the product on its brand's set, as a good image model draws on-brand references and keyframes.
        String png = Base64.getEncoder().encodeToString(png(ProductShots.luna(1024, BRAND_SET)));
        String image = "{\"created\":1,\"data\":[{\"b64_json\":\"" + png + "\"}],\"usage\":{\"total_tokens\":1}}";
        wm.stubFor(post("/v1/images/generations").willReturn(okJson(image).withFixedDelay(latency.image())));
        wm.stubFor(post("/v1/images/edits").willReturn(okJson(image).withFixedDelay(latency.image())));

        wm.stubFor(post("/v1/files").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"f\",\"urls\":{\"get\":\"" + wm.baseUrl() + "/v1/files/f\"}}")));
        // The product on a set in its brand's colours, as a good image-to-video model animates an on-brand keyframe.
        wm.stubFor(get("/delivery/clip.mp4").willReturn(aResponse().withBody(VendorMedia.productClip(1280, 720, clipSeconds, BRAND_SET))));
        this.clipSeconds = clipSeconds;
        wm.stubFor(get("/delivery/music.wav").willReturn(aResponse().withBody(VendorMedia.music(musicSeconds))));
        wm.stubFor(post(urlPathMatching("/v1/models/google/veo-3-fast/predictions")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withFixedDelay(latency.video())
                .withBody(prediction("vid", wm.baseUrl() + "/delivery/clip.mp4"))));
        wm.stubFor(post(urlPathMatching("/v1/models/stability-ai/stable-audio-2.5/predictions")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withFixedDelay(latency.music())
                .withBody(prediction("mus", wm.baseUrl() + "/delivery/music.wav"))));
    }

    /**
     * From now on, a video prediction whose prompt contains {@code promptMarker} returns the product on a
     * magenta set, off the brand's palette, until its prompt carries a brand correction: a model that
     * drifts until it is told. Returns the stub, to remove with {@code wm.removeStub}.
     */
    public com.github.tomakehurst.wiremock.stubbing.StubMapping offPaletteUntilCorrected(String promptMarker) {
        wm.stubFor(get("/delivery/off_palette.mp4").willReturn(aResponse().withBody(
                VendorMedia.productClip(1280, 720, clipSeconds, new java.awt.Color(200, 30, 160)))));
        return wm.stubFor(post(urlPathMatching("/v1/models/google/veo-3-fast/predictions")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.input.prompt", containing(promptMarker)))
                .withRequestBody(matchingJsonPath("$.input.prompt", notContaining(BRAND_CORRECTION)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(prediction("vid_off", wm.baseUrl() + "/delivery/off_palette.mp4"))));
    }

    /**
     * From now on the story agent writes a voiceover line for every scene but the second (which breathes),
     * so the ad is spoken and captioned over the vendor's clips. Returns the stub, to remove with
     * {@code wm.removeStub}.
     */
    public com.github.tomakehurst.wiremock.stubbing.StubMapping speakingStory() {
        String[] lines = {"Mornings, made calm.", null, "Focus at your desk.", "Energy without the jitters.", "Shop Luna today."};
        List<Map<String, Object>> scenes = new java.util.ArrayList<>();
        List<Map<String, Object>> silent = story();
        for (int i = 0; i < silent.size(); i++) {
            Map<String, Object> spoken = new java.util.HashMap<>(silent.get(i));
            if (lines[i] != null) spoken.put("voiceover", lines[i]);
            scenes.add(spoken);
        }
        return wm.stubFor(post("/v1/messages").atPriority(1).withRequestBody(matchingJsonPath("$.system", containing("Story Structuring")))
                .willReturn(okJson(message("msg_spoken", Map.of("scenes", scenes))).withHeader("request-id", "req_spoken")));
    }

    /** The video prediction requests received, oldest first, as their JSON bodies. */
    public List<tools.jackson.databind.JsonNode> videoPredictions() {
        return wm.findAll(postRequestedFor(urlPathMatching("/v1/models/google/veo-3-fast/predictions"))).stream()
                .map(r -> Json.MAPPER.readTree(r.getBodyAsString())).toList();
    }

    /** System properties that point every capability at this server. */
    public Map<String, String> properties() {
        return Map.ofEntries(Map.entry("ZAPCUT_TEXT_PROVIDER", "anthropic"), Map.entry("ZAPCUT_IMAGE_PROVIDER", "openai"),
                Map.entry("ZAPCUT_VIDEO_PROVIDER", "replicate"), Map.entry("ZAPCUT_MUSIC_PROVIDER", "replicate"),
                Map.entry("ZAPCUT_TEXT_MODEL", "claude-sonnet-4-5"), Map.entry("ZAPCUT_IMAGE_MODEL", "gpt-image-1.5"),
                Map.entry("ZAPCUT_VIDEO_MODEL", "google/veo-3-fast"), Map.entry("ZAPCUT_MUSIC_MODEL", "stability-ai/stable-audio-2.5"),
                Map.entry("ANTHROPIC_API_KEY", "sk-ant-e2e-0123456789"), Map.entry("OPENAI_API_KEY", "sk-e2e-0123456789"),
                Map.entry("REPLICATE_API_TOKEN", "r8_e2e0123456789"), Map.entry("ANTHROPIC_BASE_URL", wm.baseUrl()),
                Map.entry("OPENAI_BASE_URL", wm.baseUrl() + "/v1"), Map.entry("REPLICATE_BASE_URL", wm.baseUrl() + "/v1"),
                Map.entry("ZAPCUT_REPLICATE_POLL_MS", "20"), Map.entry("ZAPCUT_REPLICATE_POLL_MAX_MS", "100"));
    }

    public int count(String method, String pathRegex) {
        return wm.findAll(new com.github.tomakehurst.wiremock.matching.RequestPatternBuilder(
                com.github.tomakehurst.wiremock.http.RequestMethod.fromString(method), urlPathMatching(pathRegex))).size();
    }

    private void text(String systemMarker, Object answer, int delay) {
        wm.stubFor(post("/v1/messages").withRequestBody(matchingJsonPath("$.system", containing(systemMarker)))
                .willReturn(okJson(message("msg_" + systemMarker.hashCode(), answer)).withHeader("request-id", "req_1").withFixedDelay(delay)));
    }

    /** An Anthropic Messages API answer whose one text block is {@code answer} as JSON. */
    private static String message(String id, Object answer) {
        return Json.write(Map.of("id", id, "type", "message", "role", "assistant",
                "model", "claude-sonnet-4-5", "content", List.of(Map.of("type", "text", "text", Json.write(answer))),
                "stop_reason", "end_turn", "usage", Map.of("input_tokens", TEXT_IN, "output_tokens", TEXT_OUT)));
    }

    /** The five scenes the fake story agent writes, without voiceover lines. */
    private static List<Map<String, Object>> story() {
        return List.of(
                scene(1, "Morning ritual", "setup", 4, "slow push-in", ""),
                scene(2, "The pour", "exploration", 6, "pan left", "Calm energy"),
                scene(3, "At the desk", "exploration", 6, "orbit", ""),
                scene(4, "Focus, no jitters", "climax", 8, "slow push-in", "No jitters"),
                scene(5, "Shop Luna", "cta", 4, "pull-back", "Shop now"));
    }

    private static Map<String, Object> scene(int i, String title, String role, double seconds, String camera, String overlay) {
        return Map.of("scene_index", i, "scene_title", title, "description", title + ": the Luna Cold Brew bottle in a calm, bright "
                        + "modern setting, morning light.", "duration_seconds", seconds, "role_in_story", role, "camera_direction", camera,
                "emotion_tone", "calm, inviting", "key_story_events", List.of("bottle appears", "light moves", "calm focus"),
                "overlay_text", overlay);
    }

    private static String prediction(String id, String output) {
        return "{\"id\":\"" + id + "\",\"status\":\"succeeded\",\"output\":\"" + output + "\",\"error\":null,"
                + "\"urls\":{\"get\":\"x/v1/predictions/" + id + "\",\"cancel\":\"x/v1/predictions/" + id + "/cancel\"},"
                + "\"metrics\":{\"predict_time\":1.0}}";
    }

    static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() { wm.stop(); }

    /**
     * Vendors for command-line tests, which run in this JVM: every capability pointed at a new server
     * (system properties) and the installation in {@code home}, until {@link #uninstall}.
     */
    public static FakeVendors forCommandLine(java.nio.file.Path home, double clipSeconds, double musicSeconds) {
        FakeVendors vendors = new FakeVendors(Latency.NONE, clipSeconds, musicSeconds);
        System.setProperty("zapcut.home", home.toString());
        vendors.properties().forEach(System::setProperty);
        return vendors;
    }

    /** Undoes {@link #forCommandLine} and stops the server. */
    public void uninstall() {
        properties().keySet().forEach(System::clearProperty);
        System.clearProperty("zapcut.home");
        close();
    }
}
