package video.zapcut.ai.vendors;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import video.zapcut.ai.VoiceModel;
import video.zapcut.ai.vendors.elevenlabs.ElevenLabsVoiceModel;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.ai.vendors.openai.OpenAiVoiceModel;
import video.zapcut.costs.CostMeter;

/** The voice capability's wiring: which adapter each provider gets, its key, its error sorting, its check. */
class ProvidersVoiceTest {
    static final String ELEVENLABS_KEY = "sk_0123456789abcdef0123456789abcdef0123456789ab";
    static WireMockServer wm;
    VendorTestKit kit;

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

    Providers providers(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(Map.of("ELEVENLABS_BASE_URL", wm.baseUrl(), "OPENAI_BASE_URL", wm.baseUrl() + "/v1"));
        all.putAll(env);
        return new Providers(new ProvidersSettings(all::get), CostMeter.NONE, null, kit.sleeper, Clock.systemUTC());
    }

    @Test
    void eachVoiceProviderGetsItsAdapterAndLocalOrNoneGetNothing() {
        VoiceModel eleven = providers(Map.of("ZAPCUT_VOICE_PROVIDER", "elevenlabs", "ELEVENLABS_API_KEY", ELEVENLABS_KEY)).voice();
        assertThat(eleven).isInstanceOf(ElevenLabsVoiceModel.class);
        assertThat(eleven.provider()).isEqualTo("elevenlabs");
        assertThat(eleven.model()).isEqualTo("eleven_multilingual_v2");

        VoiceModel openai = providers(Map.of("ZAPCUT_VOICE_PROVIDER", "openai", "ZAPCUT_VOICE_MODEL", "tts-1-hd")).voice();
        assertThat(openai).isInstanceOf(OpenAiVoiceModel.class);
        assertThat(openai.model()).isEqualTo("tts-1-hd");

        assertThat(providers(Map.of()).voice()).isNull();
        assertThat(providers(Map.of("ZAPCUT_VOICE_PROVIDER", "none")).voice()).isNull();
    }

    @Test
    void elevenLabsNeedsItsKey() {
        assertThatThrownBy(() -> providers(Map.of("ZAPCUT_VOICE_PROVIDER", "elevenlabs")).voice())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ELEVENLABS_API_KEY");
    }

    @Test
    void theCheckCallsTheVoicesListAndElevenLabsErrorsAreSortedItsWay() {
        wm.stubFor(get("/v1/voices").willReturn(okJson("{\"voices\":[{\"voice_id\":\"21m00Tcm4TlvDq8ikWAM\"}]}")));
        Providers p = providers(Map.of("ZAPCUT_VOICE_PROVIDER", "elevenlabs", "ELEVENLABS_API_KEY", ELEVENLABS_KEY));
        assertThat(p.settings().vendorsInUse()).containsExactly("elevenlabs");
        assertThat(p.check("elevenlabs")).isEqualTo("ok (1 voices)");
        wm.verify(getRequestedFor(urlEqualTo("/v1/voices")).withHeader("xi-api-key", equalTo(ELEVENLABS_KEY)));

        wm.stubFor(get("/v1/voices").willReturn(aResponse().withStatus(401)
                .withBody("{\"detail\":{\"status\":\"invalid_api_key\",\"message\":\"Invalid API key\"}}")));
        assertThatThrownBy(() -> p.check("elevenlabs"))
                .isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.code()).isEqualTo("invalid_api_key"));
        assertThat(p.http("elevenlabs")).isSameAs(p.http("elevenlabs"));
        assertThat(p.http("elevenlabs").resilience()).isNotSameAs(p.http("openai").resilience());
    }
}
