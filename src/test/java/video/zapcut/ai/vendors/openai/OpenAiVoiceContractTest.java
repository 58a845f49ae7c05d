package video.zapcut.ai.vendors.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * OpenAI speech ({@code /v1/audio/speech}, a streamed WAV) and word timings from a whisper-1
 * transcription ({@code /v1/audio/transcriptions}, verbose_json with word timestamps): the requests
 * as OpenAI documents them, and the answers and failures an adapter must survive.
 */
class OpenAiVoiceContractTest {
    static final String KEY = "sk-proj-voice-test-0123456789abcdef";
    static final String LINE = "Meet Luna, 12 hours of calm light.";
    static final String TRANSCRIPT = """
            {"task":"transcribe","language":"english","duration":2.5,"text":"Meet Luna, twelve hours of calm light.",
             "words":[{"word":"Meet","start":0.1,"end":0.32},{"word":"Luna","start":0.32,"end":0.71},
                      {"word":"twelve","start":0.8,"end":1.15},{"word":"hours","start":1.15,"end":1.5},
                      {"word":"of","start":1.5,"end":1.6},{"word":"calm","start":1.62,"end":1.95},
                      {"word":"light","start":1.95,"end":2.4}],
             "usage":{"type":"duration","seconds":3}}""";
    static WireMockServer wm;
    static byte[] speechWav;
    VendorTestKit kit;
    RecordingMeter meter;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        speechWav = SpeechAudio.streamedWav(2.5, 24_000);
    }

    @AfterAll
    static void stop() { wm.stop(); }

    @BeforeEach
    void reset() {
        wm.resetAll();
        kit = new VendorTestKit();
        meter = new RecordingMeter();
    }

    OpenAiVoiceModel voice(String model) { return voice(model, null, Duration.ofSeconds(3)); }

    OpenAiVoiceModel voice(String model, String defaultVoice, Duration timeout) {
        return new OpenAiVoiceModel(kit.http("openai", OpenAiImageModel.CLASSIFIER, timeout), new Endpoint(wm.baseUrl() + "/v1", KEY),
                model, defaultVoice, meter);
    }

    static void speechAnswers() {
        wm.stubFor(post("/v1/audio/speech").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/wav")
                .withHeader("x-request-id", "req_speech_1").withBody(speechWav)));
    }

    static void transcriptionAnswers() {
        wm.stubFor(post("/v1/audio/transcriptions").willReturn(okJson(TRANSCRIPT)));
    }

    /** In the order received (WireMock lists the latest first). */
    static List<Request> requestsTo(String path) {
        return wm.getAllServeEvents().reversed().stream().map(e -> (Request) e.getRequest()).filter(r -> r.getUrl().equals(path)).toList();
    }

    @Test
    void speaksAWavThenTranscribesItAndTheHeardWordsBecomeTheWrittenOnes() throws Exception {
        speechAnswers();
        transcriptionAnswers();
        Path out = dir.resolve("vo/line.wav");
        Speech s = voice("gpt-4o-mini-tts").speak(new SpeechRequest(LINE, null, "Warm and unhurried."), out);

        wm.verify(1, postRequestedFor(urlEqualTo("/v1/audio/speech"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"model\":\"gpt-4o-mini-tts\",\"input\":\"" + LINE + "\",\"voice\":\"coral\","
                        + "\"instructions\":\"Warm and unhurried.\",\"response_format\":\"wav\"}")));
        // The transcription hears the file as written: the repaired WAV, and nothing but the four fields.
        byte[] written = Files.readAllBytes(out);
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/audio/transcriptions"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", containing("multipart/form-data; boundary="))
                .withRequestBodyPart(aMultipart().withName("file").withHeader("Content-Type", equalTo("audio/wav"))
                        .withHeader("Content-Disposition", containing("filename=\"speech.wav\"")).withBody(binaryEqualTo(written)).build())
                .withRequestBodyPart(aMultipart().withName("model").withBody(equalTo("whisper-1")).build())
                .withRequestBodyPart(aMultipart().withName("response_format").withBody(equalTo("verbose_json")).build())
                .withRequestBodyPart(aMultipart().withName("timestamp_granularities[]").withBody(equalTo("word")).build()));
        assertThat(requestsTo("/v1/audio/transcriptions").get(0).getParts()).hasSize(4);

        // A valid WAV (OpenAI's placeholder sizes replaced) whose length is the audio's.
        assertThat(s.file()).isEqualTo(out);
        assertThat(s.seconds()).isCloseTo(2.5, within(1e-9));
        SpeechAudio.Read read = SpeechAudio.read(out);
        assertThat(read.format().getSampleRate()).isEqualTo(24_000f);
        assertThat(read.frames()).isEqualTo(60_000);
        assertThat(written).hasSize(44 + 120_000);

        // "twelve" is shown as the "12" written, with the punctuation as written.
        assertThat(s.words()).containsExactly(new SpokenWord("Meet", 0.1, 0.32), new SpokenWord("Luna,", 0.32, 0.71),
                new SpokenWord("12", 0.8, 1.15), new SpokenWord("hours", 1.15, 1.5), new SpokenWord("of", 1.5, 1.6),
                new SpokenWord("calm", 1.62, 1.95), new SpokenWord("light.", 1.95, 2.4));

        // Both calls held before anything was sent, then charged what they billed.
        assertThat(meter.reserved).containsExactly("voice openai gpt-4o-mini-tts 34 voice_character",
                "voice openai whisper-1 10 transcription_second");
        assertThat(meter.charged).containsExactly("voice openai gpt-4o-mini-tts 34 voice_character req_speech_1",
                "voice openai whisper-1 2.5 transcription_second");
        assertThat(meter.released).isEmpty();
    }

    @Test
    void instructionsGoOnlyToGpt4oMiniTtsAndOnlyWhenGiven() throws Exception {
        speechAnswers();
        transcriptionAnswers();
        SpeechRequest warm = new SpeechRequest(LINE, "nova", "Warm.");
        voice("tts-1").speak(warm, dir.resolve("a.wav"));
        voice("gpt-4o-mini-tts-2025-12-15", "sage", Duration.ofSeconds(3)).speak(new SpeechRequest(LINE, null, null), dir.resolve("b.wav"));
        voice("gpt-4o-mini-tts", "sage", Duration.ofSeconds(3)).speak(warm, dir.resolve("c.wav"));
        List<Request> speech = requestsTo("/v1/audio/speech");
        assertThat(speech).hasSize(3);
        assertThat(Json.MAPPER.readTree(speech.get(0).getBodyAsString())).isEqualTo(Json.MAPPER.readTree(
                "{\"model\":\"tts-1\",\"input\":\"" + LINE + "\",\"voice\":\"nova\",\"response_format\":\"wav\"}"));
        // The configured voice when the request names none; no instructions key at all when there are none.
        assertThat(Json.MAPPER.readTree(speech.get(1).getBodyAsString())).isEqualTo(Json.MAPPER.readTree(
                "{\"model\":\"gpt-4o-mini-tts-2025-12-15\",\"input\":\"" + LINE + "\",\"voice\":\"sage\",\"response_format\":\"wav\"}"));
        assertThat(Json.MAPPER.readTree(speech.get(2).getBodyAsString()).path("instructions").asString()).isEqualTo("Warm.");
        assertThat(Json.MAPPER.readTree(speech.get(2).getBodyAsString()).path("voice").asString()).isEqualTo("nova");
        assertThat(meter.reserved).contains("voice openai tts-1 34 voice_character");
    }

    @Test
    void aRateLimitIsWaitedOutAsRetryAfterSays() {
        wm.stubFor(post("/v1/audio/speech").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")
                        .withBody("{\"error\":{\"message\":\"Rate limit reached for gpt-4o-mini-tts on requests per min (RPM): Limit 3\","
                                + "\"type\":\"requests\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}"))
                .willSetStateTo("ok"));
        wm.stubFor(post("/v1/audio/speech").inScenario("s").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(200)
                .withBody(speechWav)));
        transcriptionAnswers();
        Speech s = voice("gpt-4o-mini-tts").speak(new SpeechRequest(LINE, null, null), dir.resolve("a.wav"));
        assertThat(s.words()).hasSize(7);
        assertThat(kit.sleeps).containsExactly(Duration.ofSeconds(2));
        wm.verify(2, postRequestedFor(urlEqualTo("/v1/audio/speech")));
        assertThat(meter.charged).hasSize(2);
    }

    @Test
    void anUnavailableTranscriptionIsRetriedWithoutBuyingTheSpeechAgain() {
        speechAnswers();
        wm.stubFor(post("/v1/audio/transcriptions").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":{\"message\":\"The server is overloaded\",\"type\":\"server_error\"}}"))
                .willSetStateTo("ok"));
        wm.stubFor(post("/v1/audio/transcriptions").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson(TRANSCRIPT)));
        Speech s = voice("gpt-4o-mini-tts").speak(new SpeechRequest(LINE, null, null), dir.resolve("a.wav"));
        assertThat(s.words().get(2)).isEqualTo(new SpokenWord("12", 0.8, 1.15));
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/audio/speech")));
        wm.verify(2, postRequestedFor(urlEqualTo("/v1/audio/transcriptions")));
        assertThat(kit.sleeps).hasSize(1);
        assertThat(meter.charged).hasSize(2);
    }

    @Test
    void aTimeoutIsRetriedAndWhenItLastsItFailsAsARetryableTimeout() {
        wm.stubFor(post("/v1/audio/speech").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withBody(speechWav).withFixedDelay(1200)).willSetStateTo("ok"));
        wm.stubFor(post("/v1/audio/speech").inScenario("s").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(200).withBody(speechWav)));
        transcriptionAnswers();
        Speech s = voice("gpt-4o-mini-tts", null, Duration.ofMillis(400)).speak(new SpeechRequest(LINE, null, null), dir.resolve("a.wav"));
        assertThat(s.seconds()).isCloseTo(2.5, within(1e-9));
        wm.verify(2, postRequestedFor(urlEqualTo("/v1/audio/speech")));
        assertThat(kit.sleeps).hasSize(1);

        wm.resetAll();
        meter = new RecordingMeter();
        wm.stubFor(post("/v1/audio/speech").willReturn(aResponse().withStatus(200).withBody(speechWav).withFixedDelay(1200)));
        assertThatThrownBy(() -> voice("gpt-4o-mini-tts", null, Duration.ofMillis(400)).speak(new SpeechRequest(LINE, null, null),
                dir.resolve("b.wav")))
                .isInstanceOfSatisfying(VendorException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.status()).isEqualTo(-1);
                    assertThat(e.code()).isEqualTo("timeout");
                })
                .hasMessage("openai: timed out after 400 ms");
        wm.verify(4, postRequestedFor(urlEqualTo("/v1/audio/speech")));
        wm.verify(0, postRequestedFor(urlEqualTo("/v1/audio/transcriptions")));
        assertThat(dir.resolve("b.wav")).doesNotExist();
        assertThat(meter.charged).isEmpty();
        assertThat(meter.released).isEqualTo(meter.reserved).hasSize(2);
    }

    @Test
    void speechThatIsNotAWavIsRetriedThenFailsSayingWhatCameBack() {
        wm.stubFor(post("/v1/audio/speech").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><body>upstream connect error</body></html>")));
        assertThatThrownBy(() -> voice("gpt-4o-mini-tts").speak(new SpeechRequest(LINE, null, null), dir.resolve("a.wav")))
                .isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.code()).isEqualTo("malformed_response"))
                .hasMessageContaining("speech answer is not a WAV file").hasMessageContaining("'<html><b'")
                .hasMessageContaining("content-type text/html");
        wm.verify(4, postRequestedFor(urlEqualTo("/v1/audio/speech")));
        assertThat(dir.resolve("a.wav")).doesNotExist();
        assertThat(meter.charged).isEmpty();
        assertThat(meter.released).hasSize(2);
    }

    @Test
    void aTranscriptionThatIsNotJsonOrHasNoWordsFailsClearly() {
        speechAnswers();
        wm.stubFor(post("/v1/audio/transcriptions").willReturn(aResponse().withStatus(200).withBody("Meet Luna, twelve hours")));
        assertThatThrownBy(() -> voice("gpt-4o-mini-tts").speak(new SpeechRequest(LINE, null, null), dir.resolve("a.wav")))
                .isInstanceOf(VendorException.class).hasMessageContaining("not JSON");
        wm.verify(4, postRequestedFor(urlEqualTo("/v1/audio/transcriptions")));
        // The speech was bought and is kept; the transcription billed nothing.
        assertThat(meter.charged).containsExactly("voice openai gpt-4o-mini-tts 34 voice_character req_speech_1");
        assertThat(meter.released).containsExactly("voice openai whisper-1 10 transcription_second");

        // Plain json (what a transcription without verbose_json answers): read, billed, but no words to time.
        wm.resetAll();
        meter = new RecordingMeter();
        speechAnswers();
        wm.stubFor(post("/v1/audio/transcriptions").willReturn(okJson("{\"text\":\"Meet Luna, twelve hours of calm light.\"}")));
        assertThatThrownBy(() -> voice("gpt-4o-mini-tts").speak(new SpeechRequest(LINE, null, null), dir.resolve("b.wav")))
                .isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.code()).isEqualTo("malformed_response"))
                .hasMessageContaining("transcription without words");
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/audio/transcriptions")));
        assertThat(meter.charged).containsExactly("voice openai gpt-4o-mini-tts 34 voice_character req_speech_1",
                "voice openai whisper-1 2.5 transcription_second");

        wm.stubFor(post("/v1/audio/transcriptions").willReturn(okJson("{\"duration\":2.5,\"words\":[{\"word\":\"Meet\",\"start\":\"soon\"}]}")));
        assertThatThrownBy(() -> voice("gpt-4o-mini-tts").speak(new SpeechRequest(LINE, null, null), dir.resolve("c.wav")))
                .hasMessageContaining("transcription word 0 is not {word, start, end}");
    }

    @Test
    void aRefusedKeyIsNotRetriedAndNeverShown() {
        wm.stubFor(post("/v1/audio/speech").willReturn(aResponse().withStatus(401).withBody("{\"error\":{\"message\":\"Incorrect API key "
                + "provided: " + KEY + ". You can find your API key at https://platform.openai.com/account/api-keys.\","
                + "\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}")));
        assertThatThrownBy(() -> voice("gpt-4o-mini-tts").speak(new SpeechRequest(LINE, null, null), dir.resolve("a.wav")))
                .isInstanceOfSatisfying(VendorException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.status()).isEqualTo(401);
                })
                .hasMessageContaining("Incorrect API key provided").hasMessageNotContaining(KEY)
                .hasMessageNotContaining("0123456789abcdef");
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/audio/speech")));
        assertThat(kit.sleeps).isEmpty();
        assertThat(meter.charged).isEmpty();
        assertThat(meter.released).isEqualTo(meter.reserved).hasSize(2);
    }

    @Test
    void aBudgetThatCannotPayForTheSpeechOrItsTimingsStopsBeforeAnyRequest() {
        speechAnswers();
        transcriptionAnswers();
        meter = new RecordingMeter(1);
        assertThatThrownBy(() -> voice("gpt-4o-mini-tts").speak(new SpeechRequest(LINE, null, null), dir.resolve("a.wav")))
                .isInstanceOf(BudgetExceededException.class);
        // Room for the speech but not the transcription: still nothing sent, and the speech's hold is let go.
        meter = new RecordingMeter(2);
        assertThatThrownBy(() -> voice("gpt-4o-mini-tts").speak(new SpeechRequest(LINE, null, null), dir.resolve("b.wav")))
                .isInstanceOf(BudgetExceededException.class);
        assertThat(meter.released).containsExactly("voice openai gpt-4o-mini-tts 34 voice_character");
        assertThat(wm.getAllServeEvents()).isEmpty();
        assertThat(dir.resolve("a.wav")).doesNotExist();
    }
}
