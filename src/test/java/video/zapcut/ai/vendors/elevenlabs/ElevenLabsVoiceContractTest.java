package video.zapcut.ai.vendors.elevenlabs;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import video.zapcut.ai.VoiceModel.Speech;
import video.zapcut.ai.VoiceModel.SpeechRequest;
import video.zapcut.ai.VoiceModel.SpokenWord;
import video.zapcut.ai.vendors.RecordingMeter;
import video.zapcut.ai.vendors.SpeechAudio;
import video.zapcut.ai.vendors.VendorTestKit;
import video.zapcut.ai.vendors.http.Endpoint;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.common.Json;
import video.zapcut.costs.BudgetExceededException;

/**
 * ElevenLabs' speech with timing ({@code POST /v1/text-to-speech/{voice_id}/with-timestamps}): the
 * request as documented, the base64 PCM written as a WAV, the characters' times grouped into the
 * written words, and the failures an adapter must survive.
 */
class ElevenLabsVoiceContractTest {
    static final String KEY = "sk_9f8e7d6c5b4a39281706f5e4d3c2b1a0feedface0011";
    static final String LINE = "Only 12 left, order now!";
    static final String RACHEL_PATH = "/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM/with-timestamps?output_format=pcm_44100";
    /** Each character 50 ms, from 0.1 s. */
    static final double FIRST = 0.1, STEP = 0.05;
    static WireMockServer wm;
    static byte[] pcm;
    VendorTestKit kit;
    RecordingMeter meter;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        pcm = SpeechAudio.pcm(1.5, 44_100);
    }

    @AfterAll
    static void stop() { wm.stop(); }

    @BeforeEach
    void reset() {
        wm.resetAll();
        kit = new VendorTestKit();
        meter = new RecordingMeter();
    }

    ElevenLabsVoiceModel voice(String defaultVoice, Duration timeout) {
        return new ElevenLabsVoiceModel(kit.http("elevenlabs", ElevenLabsVoiceModel.CLASSIFIER, timeout), new Endpoint(wm.baseUrl(), KEY),
                "eleven_multilingual_v2", defaultVoice, meter);
    }

    ElevenLabsVoiceModel voice() { return voice(null, Duration.ofSeconds(3)); }

    /** ElevenLabs' answer: the audio, one time per character of {@code spelled}, and the normalised spelling's times. */
    static String answer(String audioBase64, String spelled, String normalised) {
        ObjectNode a = Json.MAPPER.createObjectNode();
        if (audioBase64 != null) a.put("audio_base64", audioBase64);
        a.set("alignment", alignment(spelled));
        a.set("normalized_alignment", alignment(normalised));
        return Json.write(a);
    }

    static ObjectNode alignment(String text) {
        ObjectNode al = Json.MAPPER.createObjectNode();
        ArrayNode chars = al.putArray("characters"), starts = al.putArray("character_start_times_seconds"),
                ends = al.putArray("character_end_times_seconds");
        for (int i = 0; i < text.length(); i++) {
            chars.add(String.valueOf(text.charAt(i)));
            starts.add(at(i));
            ends.add(at(i + 1));
        }
        return al;
    }

    static double at(int character) { return Math.round((FIRST + character * STEP) * 1000) / 1000.0; }

    static String ok() { return answer(Base64.getEncoder().encodeToString(pcm), LINE, " Only twelve left, order now!"); }

    @Test
    void sendsTheDocumentedRequestWritesAWavAndGroupsCharactersIntoTheWrittenWords() {
        wm.stubFor(post(urlPathEqualTo("/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM/with-timestamps")).willReturn(okJson(ok())
                .withHeader("request-id", "req_el_1").withHeader("character-cost", "24")));
        Path out = dir.resolve("vo/line.wav");
        Speech s = voice().speak(new SpeechRequest(LINE, null, null), out);

        wm.verify(1, postRequestedFor(urlEqualTo(RACHEL_PATH))
                .withQueryParam("output_format", equalTo("pcm_44100"))
                .withHeader("xi-api-key", equalTo(KEY))
                .withoutHeader("Authorization")
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"text\":\"" + LINE + "\",\"model_id\":\"eleven_multilingual_v2\",\"voice_settings\":"
                        + "{\"stability\":0.5,\"similarity_boost\":0.75,\"style\":0.0,\"use_speaker_boost\":true}}")));

        // The raw 16-bit PCM, wrapped: 44.1 kHz mono, as long as the samples sent.
        SpeechAudio.Read read = SpeechAudio.read(out);
        assertThat(read.format().getSampleRate()).isEqualTo(44_100f);
        assertThat(read.format().getChannels()).isEqualTo(1);
        assertThat(read.format().getSampleSizeInBits()).isEqualTo(16);
        assertThat(read.frames()).isEqualTo(66_150);
        assertThat(out).hasSize(44 + pcm.length);
        assertThat(s.seconds()).isCloseTo(1.5, within(1e-9));

        // From "alignment" (the text as sent), not "normalized_alignment" (which says "twelve").
        assertThat(s.words()).containsExactly(new SpokenWord("Only", at(0), at(4)), new SpokenWord("12", at(5), at(7)),
                new SpokenWord("left,", at(8), at(13)), new SpokenWord("order", at(14), at(19)), new SpokenWord("now!", at(20), at(24)));

        assertThat(meter.reserved).containsExactly("voice elevenlabs eleven_multilingual_v2 24 voice_character");
        assertThat(meter.charged).containsExactly("voice elevenlabs eleven_multilingual_v2 24 voice_character req_el_1");
        assertThat(meter.released).isEmpty();
    }

    @Test
    void theRequestsVoiceOrTheConfiguredOneAndNoInstructions() {
        wm.stubFor(post(urlPathMatching("/v1/text-to-speech/[A-Za-z0-9]+/with-timestamps")).willReturn(okJson(ok())
                .withHeader("x-request-id", "req_el_2").withHeader("character-cost", "12")));
        voice().speak(new SpeechRequest(LINE, "pNInz6obpgDQGcFmaJgB", "Excited, fast."), dir.resolve("a.wav"));
        voice("EXAVITQu4vr4xnSDxMaL", Duration.ofSeconds(3)).speak(new SpeechRequest(LINE, null, "Calm."), dir.resolve("b.wav"));
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/text-to-speech/pNInz6obpgDQGcFmaJgB/with-timestamps?output_format=pcm_44100")));
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/text-to-speech/EXAVITQu4vr4xnSDxMaL/with-timestamps?output_format=pcm_44100")));
        // Delivery instructions have nowhere to go in these models: the text is sent as written, nothing added.
        wm.verify(2, postRequestedFor(urlPathMatching(".*/with-timestamps"))
                .withRequestBody(matchingJsonPath("$.text", equalTo(LINE)))
                .withRequestBody(notContaining("Excited")).withRequestBody(notContaining("Calm")));
        // What ElevenLabs says it billed (character-cost: fewer credits on cheaper models) is charged.
        assertThat(meter.charged).containsExactly("voice elevenlabs eleven_multilingual_v2 12 voice_character req_el_2",
                "voice elevenlabs eleven_multilingual_v2 12 voice_character req_el_2");
    }

    @Test
    void charactersThatDoNotSpellTheTextAreStillMappedOntoTheWrittenWords() {
        // A gateway that answers with the normalised spelling in "alignment": "12" is matched with "twelve".
        String twelve = "Only twelve left, order now!";
        wm.stubFor(post(urlPathMatching(".*/with-timestamps")).willReturn(okJson(answer(Base64.getEncoder().encodeToString(pcm),
                twelve, twelve))));
        Speech s = voice().speak(new SpeechRequest(LINE, null, null), dir.resolve("a.wav"));
        assertThat(s.words()).containsExactly(new SpokenWord("Only", at(0), at(4)), new SpokenWord("12", at(5), at(11)),
                new SpokenWord("left,", at(12), at(17)), new SpokenWord("order", at(18), at(23)), new SpokenWord("now!", at(24), at(28)));
        // No character-cost header: the text's length is charged.
        assertThat(meter.charged).containsExactly("voice elevenlabs eleven_multilingual_v2 24 voice_character");
    }

    @Test
    void tooManyRequestsIsWaitedOutAsRetryAfterSaysAndAnOutageIsRetried() {
        wm.stubFor(post(urlPathMatching(".*/with-timestamps")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3").withBody("{\"detail\":{\"status\":"
                        + "\"too_many_concurrent_requests\",\"message\":\"Too many concurrent requests for your subscription.\"}}"))
                .willSetStateTo("503"));
        wm.stubFor(post(urlPathMatching(".*/with-timestamps")).inScenario("s").whenScenarioStateIs("503")
                .willReturn(aResponse().withStatus(503).withBody("{\"detail\":{\"status\":\"system_busy\",\"message\":\"busy\"}}"))
                .willSetStateTo("ok"));
        wm.stubFor(post(urlPathMatching(".*/with-timestamps")).inScenario("s").whenScenarioStateIs("ok").willReturn(okJson(ok())));
        Speech s = voice().speak(new SpeechRequest(LINE, null, null), dir.resolve("a.wav"));
        assertThat(s.words()).hasSize(5);
        wm.verify(3, postRequestedFor(urlEqualTo(RACHEL_PATH)).withHeader("xi-api-key", equalTo(KEY)));
        assertThat(kit.sleeps).hasSize(2);
        assertThat(kit.sleeps.get(0)).isEqualTo(Duration.ofSeconds(3));
        assertThat(meter.charged).hasSize(1);
    }

    @Test
    void aTimeoutIsRetriedAndWhenItLastsItFailsAsARetryableTimeout() {
        wm.stubFor(post(urlPathMatching(".*/with-timestamps")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(ok()).withFixedDelay(1200)).willSetStateTo("ok"));
        wm.stubFor(post(urlPathMatching(".*/with-timestamps")).inScenario("s").whenScenarioStateIs("ok").willReturn(okJson(ok())));
        assertThat(voice(null, Duration.ofMillis(400)).speak(new SpeechRequest(LINE, null, null), dir.resolve("a.wav")).words()).hasSize(5);
        wm.verify(2, postRequestedFor(urlEqualTo(RACHEL_PATH)));

        wm.resetAll();
        meter = new RecordingMeter();
        wm.stubFor(post(urlPathMatching(".*/with-timestamps")).willReturn(okJson(ok()).withFixedDelay(1200)));
        assertThatThrownBy(() -> voice(null, Duration.ofMillis(400)).speak(new SpeechRequest(LINE, null, null), dir.resolve("b.wav")))
                .isInstanceOfSatisfying(VendorException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.code()).isEqualTo("timeout");
                })
                .hasMessage("elevenlabs: timed out after 400 ms");
        wm.verify(4, postRequestedFor(urlEqualTo(RACHEL_PATH)));
        assertThat(dir.resolve("b.wav")).doesNotExist();
        assertThat(meter.charged).isEmpty();
        assertThat(meter.released).containsExactly("voice elevenlabs eleven_multilingual_v2 24 voice_character");
    }

    @Test
    void anAnswerThatIsNotJsonIsRetriedThenFailsBillingNothing() {
        wm.stubFor(post(urlPathMatching(".*/with-timestamps")).willReturn(aResponse().withStatus(200).withBody("<html>gateway</html>")));
        assertThatThrownBy(() -> voice().speak(new SpeechRequest(LINE, null, null), dir.resolve("a.wav")))
                .isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.code()).isEqualTo("malformed_response"))
                .hasMessage("elevenlabs: HTTP 200 with a body that is not JSON (20 bytes)");
        wm.verify(4, postRequestedFor(urlEqualTo(RACHEL_PATH)));
        assertThat(meter.charged).isEmpty();
        assertThat(meter.released).hasSize(1);
    }

    @Test
    void readableButBrokenAnswersFailClearlyOnceAndAreCharged() {
        ObjectNode noAlignment = (ObjectNode) Json.MAPPER.readTree(ok());
        noAlignment.remove("alignment");
        ObjectNode unevenTimes = (ObjectNode) Json.MAPPER.readTree(ok());
        ((ArrayNode) unevenTimes.at("/alignment/character_end_times_seconds")).remove(0);
        byte[] mp3 = "ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
        List<List<String>> cases = List.of(
                List.of(Json.write(noAlignment), "elevenlabs: answer without alignment (the characters' times)"),
                List.of(answer("%%% not base64 %%%", LINE, LINE), "elevenlabs: audio_base64 is not base64"),
                List.of(answer(null, LINE, LINE), "elevenlabs: answer without audio_base64"),
                List.of(answer(Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}), LINE, LINE), "elevenlabs: audio is not pcm_44100"),
                List.of(answer(Base64.getEncoder().encodeToString(mp3), LINE, LINE), "elevenlabs: audio is MP3, not the pcm_44100 asked for"),
                List.of(Json.write(unevenTimes), "elevenlabs: alignment lists differ in length (24 characters, 24 starts, 23 ends)"));
        for (List<String> c : cases) {
            wm.resetAll();
            meter = new RecordingMeter();
            wm.stubFor(post(urlPathMatching(".*/with-timestamps")).willReturn(okJson(c.get(0))));
            Path out = dir.resolve("broken.wav");
            assertThatThrownBy(() -> voice().speak(new SpeechRequest(LINE, null, null), out))
                    .as(c.get(1))
                    .isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.code()).isEqualTo("malformed_response"))
                    .hasMessageStartingWith(c.get(1));
            // Not retried in the call: the answer was generated, and asking again would bill it again.
            wm.verify(1, postRequestedFor(urlEqualTo(RACHEL_PATH)));
            assertThat(meter.charged).containsExactly("voice elevenlabs eleven_multilingual_v2 24 voice_character");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void aBadKeyAndInvalidRequestsAreNotRetriedAndTheKeyIsNeverShown() {
        wm.stubFor(post(urlPathMatching(".*/with-timestamps")).willReturn(aResponse().withStatus(401)
                .withBody("{\"detail\":{\"status\":\"invalid_api_key\",\"message\":\"Invalid API key: " + KEY + "\"}}")));
        assertThatThrownBy(() -> voice().speak(new SpeechRequest(LINE, null, null), dir.resolve("a.wav")))
                .isInstanceOfSatisfying(VendorException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.code()).isEqualTo("invalid_api_key");
                })
                .hasMessageStartingWith("elevenlabs: HTTP 401 invalid_api_key: Invalid API key")
                .hasMessageNotContaining(KEY).hasMessageNotContaining("feedface");
        wm.verify(1, postRequestedFor(urlEqualTo(RACHEL_PATH)));

        wm.resetAll();
        wm.stubFor(post(urlPathMatching(".*/with-timestamps")).willReturn(aResponse().withStatus(422)
                .withBody("{\"detail\":[{\"type\":\"less_than_equal\",\"loc\":[\"body\",\"voice_settings\",\"stability\"],"
                        + "\"msg\":\"Input should be less than or equal to 1\",\"input\":1.5}]}")));
        assertThatThrownBy(() -> voice().speak(new SpeechRequest(LINE, null, null), dir.resolve("a.wav")))
                .isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessage("elevenlabs: HTTP 422 less_than_equal: Input should be less than or equal to 1 (at body.voice_settings.stability)");
        wm.verify(1, postRequestedFor(urlEqualTo(RACHEL_PATH)));

        wm.resetAll();
        wm.stubFor(post(urlPathMatching(".*/with-timestamps")).willReturn(aResponse().withStatus(400)
                .withBody("{\"detail\":{\"status\":\"voice_not_found\",\"message\":\"A voice with voice_id 21m00Tcm4TlvDq8ikWAM was not found.\"}}")));
        assertThatThrownBy(() -> voice().speak(new SpeechRequest(LINE, null, null), dir.resolve("a.wav")))
                .isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.code()).isEqualTo("voice_not_found"))
                .hasMessageContaining("was not found");
        wm.verify(1, postRequestedFor(urlEqualTo(RACHEL_PATH)));
        assertThat(kit.sleeps).isEmpty();
        assertThat(meter.charged).isEmpty();
        assertThat(meter.released).isEqualTo(meter.reserved).hasSize(3);
    }

    @Test
    void aBudgetThatCannotPayStopsBeforeAnyRequest() {
        wm.stubFor(post(urlPathMatching(".*/with-timestamps")).willReturn(okJson(ok())));
        meter = new RecordingMeter(1);
        assertThatThrownBy(() -> voice().speak(new SpeechRequest(LINE, null, null), dir.resolve("a.wav")))
                .isInstanceOf(BudgetExceededException.class);
        assertThat(wm.getAllServeEvents()).isEmpty();
        assertThat(dir.resolve("a.wav")).doesNotExist();
    }

    @Test
    void theCheckListsTheVoicesWithTheKey() {
        wm.stubFor(get("/v1/voices").willReturn(okJson("{\"voices\":[{\"voice_id\":\"21m00Tcm4TlvDq8ikWAM\",\"name\":\"Rachel\"},"
                + "{\"voice_id\":\"pNInz6obpgDQGcFmaJgB\",\"name\":\"Adam\"}]}")));
        assertThat(voice().check()).isEqualTo("ok (2 voices)");
        wm.verify(getRequestedFor(urlEqualTo("/v1/voices")).withHeader("xi-api-key", equalTo(KEY)));
    }
}
