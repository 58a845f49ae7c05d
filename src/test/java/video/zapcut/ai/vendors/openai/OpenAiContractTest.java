package video.zapcut.ai.vendors.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.ai.ProductImages;
import video.zapcut.ai.SceneShot;
import video.zapcut.ai.TextModel;
import video.zapcut.ai.VisualStyleSpec;
import video.zapcut.ai.vendors.VendorTestKit;
import video.zapcut.ai.vendors.http.Endpoint;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.CameraMove;
import video.zapcut.common.Json;
import video.zapcut.common.Rgb;
import video.zapcut.costs.CostMeter;

/** Chat completions (any OpenAI-compatible base URL) and the Images API, generations and edits. */
class OpenAiContractTest {
    static final String KEY = "sk-proj-test-0123456789abcdef";
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    static WireMockServer wm;
    VendorTestKit kit;
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
    }

    static final VisualStyleSpec STYLE = new VisualStyleSpec("premium minimal", "calm", List.of(new Rgb(10, 20, 30)), "soft",
            "slow dolly", "gentle", 4);

    OpenAiImageModel images() {
        return new OpenAiImageModel(kit.http("openai", OpenAiImageModel.CLASSIFIER), new Endpoint(wm.baseUrl() + "/v1", KEY),
                "gpt-image-1.5", "medium", CostMeter.NONE);
    }

    static String imageAnswer() {
        return "{\"created\":1,\"data\":[{\"b64_json\":\"" + Base64.getEncoder().encodeToString(PNG) + "\"}],\"usage\":{\"total_tokens\":10}}";
    }

    @Test
    void chatSendsJsonSchemaResponseFormatToAConfigurableBase() {
        wm.stubFor(post("/v1/chat/completions").willReturn(okJson("{\"id\":\"chatcmpl-1\",\"choices\":[{\"index\":0,\"message\":"
                + "{\"role\":\"assistant\",\"content\":\"{\\\"vibe\\\":\\\"warm\\\"}\"},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":50,\"completion_tokens\":9}}")));
        // An Ollama-style base without /v1 and one with it reach the same path.
        for (String base : List.of(wm.baseUrl(), wm.baseUrl() + "/v1")) {
            OpenAiChatModel chat = new OpenAiChatModel("openai", kit.http("openai", OpenAiImageModel.CLASSIFIER),
                    new Endpoint(base, KEY), "gpt-5-mini", CostMeter.NONE);
            TextModel.Answer a = chat.complete(new TextModel.Prompt("style", "sys", List.of(new TextModel.Message("user", "hi")),
                    "creative_bible", Json.MAPPER.readTree("{\"type\":\"object\"}"), 500, 0.2));
            assertThat(a.json().get("vibe").asString()).isEqualTo("warm");
            assertThat(a.outputTokens()).isEqualTo(9);
        }
        wm.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-5-mini")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", equalTo("hi")))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("creative_bible")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.type", equalTo("object"))));
    }

    @Test
    void referenceImagesWithoutPhotosUseGenerations() {
        wm.stubFor(post("/v1/images/generations").willReturn(okJson(imageAnswer())));
        Map<String, Path> refs = images().referenceImages(new ProductImages(List.of(), null, "Luna"), STYLE, AspectRatio.LANDSCAPE, dir);
        assertThat(refs).containsOnlyKeys("hero", "detail", "lifestyle", "alternate");
        assertThat(refs.get("hero")).hasBinaryContent(PNG);
        wm.verify(4, postRequestedFor(urlEqualTo("/v1/images/generations"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-image-1.5")))
                .withRequestBody(matchingJsonPath("$.size", equalTo("1536x1024")))
                .withRequestBody(matchingJsonPath("$.quality", equalTo("medium")))
                .withRequestBody(matchingJsonPath("$.output_format", equalTo("png")))
                .withRequestBody(matchingJsonPath("$.n", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.prompt", containing("Luna"))));
    }

    @Test
    void keyframesUseEditsWithTheReferenceThePreviousKeyframeAndThePhotos() throws Exception {
        wm.stubFor(post("/v1/images/edits").willReturn(okJson(imageAnswer())));
        Path photo = Files.write(dir.resolve("bottle.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2});
        Path hero = Files.write(dir.resolve("hero.png"), PNG);
        Path prev = Files.createDirectories(dir.resolve("prev"));
        Files.write(prev.resolve("keyframe.png"), PNG);
        SceneShot shot = new SceneShot(2, "exploration", "hero", "the bottle on a desk", "blurry", CameraMove.values()[0], "calm",
                6, 0.5, 0.7, 42, AspectRatio.PORTRAIT);
        Path out = images().keyframe(shot, new ProductImages(List.of(photo), null, "Luna"), STYLE, Map.of("hero", hero), prev,
                Files.createDirectories(dir.resolve("k2")));
        assertThat(out.getFileName().toString()).isEqualTo("keyframe.png");
        wm.verify(postRequestedFor(urlEqualTo("/v1/images/edits"))
                .withHeader("Content-Type", containing("multipart/form-data; boundary="))
                .withRequestBodyPart(aMultipart().withName("model").withBody(equalTo("gpt-image-1.5")).build())
                .withRequestBodyPart(aMultipart().withName("size").withBody(equalTo("1024x1536")).build())
                .withRequestBodyPart(aMultipart().withName("prompt").withBody(containing("the bottle on a desk")).build())
                .withRequestBodyPart(aMultipart().withName("image[]").withHeader("Content-Type", equalTo("image/jpeg")).build()));
        String body = wm.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(body.split("name=\"image\\[\\]\"", -1)).hasSize(4); // reference + previous keyframe + photo
    }

    @Test
    void retryAfterMsAndRetiredModels() {
        wm.stubFor(post("/v1/images/generations").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("retry-after-ms", "1500")
                        .withBody("{\"error\":{\"message\":\"Rate limit\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}"))
                .willSetStateTo("ok"));
        wm.stubFor(post("/v1/images/generations").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson(imageAnswer())));
        images().image("p", AspectRatio.SQUARE, List.of(), dir.resolve("a.png"));
        assertThat(kit.sleeps).containsExactly(Duration.ofMillis(1500));

        wm.resetAll();
        wm.stubFor(post("/v1/images/generations").willReturn(aResponse().withStatus(404)
                .withBody("{\"error\":{\"message\":\"The model `dall-e-3` does not exist\",\"type\":\"invalid_request_error\",\"code\":\"model_not_found\"}}")));
        assertThatThrownBy(() -> images().image("p", AspectRatio.SQUARE, List.of(), dir.resolve("b.png")))
                .isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("does not exist");
        wm.resetAll();
        wm.stubFor(post("/v1/images/generations").willReturn(aResponse().withStatus(429)
                .withBody("{\"error\":{\"message\":\"You exceeded your current quota\",\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}")));
        assertThatThrownBy(() -> images().image("p", AspectRatio.SQUARE, List.of(), dir.resolve("c.png")))
                .isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.retryable()).isFalse());
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/images/generations")));
    }

    @Test
    void anAnswerWithoutAnImageIsAnError() {
        wm.stubFor(post("/v1/images/generations").willReturn(okJson("{\"created\":1,\"data\":[]}")));
        assertThatThrownBy(() -> images().image("p", AspectRatio.SQUARE, List.of(), dir.resolve("a.png")))
                .isInstanceOf(VendorException.class).hasMessageContaining("b64_json");
    }
}
