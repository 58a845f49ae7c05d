package video.zapcut.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import video.zapcut.ai.VoiceModel;
import video.zapcut.ai.local.FestivalVoiceModel;
import video.zapcut.common.Json;
import video.zapcut.testing.CliRun;
import video.zapcut.testing.EmbeddedDb;
import video.zapcut.testing.ProductShots;

/**
 * A whole ad whose voice is OpenAI's (a WireMock server speaking its wire format: the speech is a real
 * WAV, the transcription real word timestamps), everything else offline: what was sent per line, the
 * ledger's rows per character and per second transcribed, and a budget that stops the voice before the
 * call that would pass it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VoiceVendorEndToEndTest {
    @TempDir
    static Path dir;
    static WireMockServer wm;
    static Path photo;
    static final Map<String, String> PROPERTIES = new java.util.LinkedHashMap<>();

    @BeforeAll
    static void setUp() throws Exception {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        // What OpenAI would send back: a spoken WAV and, for it, whisper's words with their times.
        VoiceModel.Speech speech = new FestivalVoiceModel().speak(new VoiceModel.SpeechRequest("Meet Luna Cold Brew.", null, null),
                dir.resolve("speech.wav"));
        wm.stubFor(post(urlPathEqualTo("/v1/audio/speech")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/wav")
                .withHeader("x-request-id", "req_speech").withBody(Files.readAllBytes(speech.file()))));
        List<Map<String, Object>> words = new ArrayList<>();
        for (VoiceModel.SpokenWord w : speech.words()) {
            words.add(Map.of("word", w.text().replaceAll("\\p{Punct}", ""), "start", w.start(), "end", w.end()));
        }
        wm.stubFor(post(urlPathEqualTo("/v1/audio/transcriptions")).willReturn(okJson(Json.write(Map.of("task", "transcribe",
                "language", "english", "duration", speech.seconds(), "text", "Meet Luna Cold Brew.", "words", words)))));
        photo = ProductShots.writeJpeg(ProductShots.luna(800), dir.resolve("luna.jpg"));
        PROPERTIES.put("zapcut.home", dir.resolve("home").toString());
        PROPERTIES.put("ZAPCUT_VOICE_PROVIDER", "openai");
        PROPERTIES.put("ZAPCUT_VOICE_MODEL", "gpt-4o-mini-tts");
        PROPERTIES.put("ZAPCUT_VOICE", "coral");
        PROPERTIES.put("OPENAI_API_KEY", "sk-voice-e2e-0123456789");
        PROPERTIES.put("OPENAI_BASE_URL", wm.baseUrl() + "/v1");
        PROPERTIES.forEach(System::setProperty);
    }

    @AfterEach
    void reset() { wm.resetRequests(); }

    @AfterAll
    static void tearDown() {
        PROPERTIES.keySet().forEach(System::clearProperty);
        wm.stop();
    }

    @Test
    @Order(1)
    void eachLineIsSpokenOnceTranscribedOnceAndChargedByItsCharacters() throws Exception {
        CliRun run = CliRun.of("generate", "--brief", GenerateEndToEndTest.BRIEF, "--image", photo.toString(), "--duration", "15",
                "--out", dir.resolve("voiced.mp4").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(dir.resolve("voiced.vtt")).exists();

        List<LoggedRequest> spoken = wm.findAll(postRequestedFor(urlPathEqualTo("/v1/audio/speech")));
        List<LoggedRequest> heard = wm.findAll(postRequestedFor(urlPathEqualTo("/v1/audio/transcriptions")));
        try (EmbeddedDb db = new EmbeddedDb(dir.resolve("home"))) {
            JsonNode voice = Json.MAPPER.readTree(db.one("SELECT output::text FROM stage_checkpoints WHERE ad_id = ?::uuid "
                    + "AND stage = 'voiceover'", String.class, run.adId()));
            int lines = voice.get("lines").size();
            assertThat(lines).isGreaterThanOrEqualTo(2);
            assertThat(voice.get("provider").asString()).isEqualTo("openai");
            assertThat(spoken).as("one speech call per line").hasSize(lines);
            assertThat(heard).as("one transcription per line").hasSize(lines);
            int characters = 0;
            for (LoggedRequest r : spoken) {
                JsonNode body = Json.MAPPER.readTree(r.getBodyAsString());
                assertThat(body.get("model").asString()).isEqualTo("gpt-4o-mini-tts");
                assertThat(body.get("voice").asString()).isEqualTo("coral");
                assertThat(body.get("response_format").asString()).isEqualTo("wav");
                assertThat(body.get("instructions").asString()).as("the bible's tone sets the delivery").contains("voiceover");
                assertThat(r.getHeader("Authorization")).isEqualTo("Bearer sk-voice-e2e-0123456789");
                characters += body.get("input").asString().length();
            }
            for (LoggedRequest r : heard) {
                assertThat(r.getBodyAsString()).contains("whisper-1").contains("verbose_json").contains("timestamp_granularities[]");
            }
            List<Map<String, Object>> rows = db.rows("SELECT capability, provider, model, unit, units::float8 AS units, "
                    + "cost_cents::float8 AS cents FROM cost_ledger WHERE ad_id = ?::uuid ORDER BY id", run.adId());
            assertThat(rows).allSatisfy(row -> assertThat(row.get("capability")).isEqualTo("voice"));
            double chargedCharacters = rows.stream().filter(row -> row.get("unit").equals("voice_character"))
                    .mapToDouble(row -> (Double) row.get("units")).sum();
            assertThat(chargedCharacters).as("speech is charged by the characters sent").isEqualTo(characters);
            assertThat(rows.stream().filter(row -> row.get("unit").equals("transcription_second")).count()).isEqualTo(lines);
            assertThat(db.one("SELECT COUNT(*) FROM cost_reservations WHERE ad_id = ?::uuid", Long.class, run.adId())).isZero();
        }
        assertThat(run.out() + run.err()).doesNotContain("sk-voice-e2e");
    }

    @Test
    @Order(2)
    void aBudgetTheVoiceWouldPassStopsItBeforeTheCallThatWouldPassIt() throws Exception {
        // A price that makes the voice dear: 1 cent a character, against a budget of 40 cents.
        System.setProperty("zapcut.prices.openai.gpt-4o-mini-tts.voice_character", "1");
        System.setProperty("zapcut.costs.budget-cents", "40");
        CliRun run;
        try {
            run = CliRun.of("generate", "--brief", GenerateEndToEndTest.BRIEF, "--image", photo.toString(), "--duration", "15",
                    "--out", dir.resolve("over.mp4").toString());
        } finally {
            System.clearProperty("zapcut.prices.openai.gpt-4o-mini-tts.voice_character");
            System.clearProperty("zapcut.costs.budget-cents");
        }
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("voiceover").contains("budget of 40 cents would be exceeded");
        assertThat(dir.resolve("over.mp4")).doesNotExist();
        try (EmbeddedDb db = new EmbeddedDb(dir.resolve("home"))) {
            double spent = db.one("SELECT COALESCE(SUM(cost_cents), 0) FROM cost_ledger WHERE ad_id = ?::uuid", Double.class, run.adId());
            assertThat(spent).isGreaterThan(0).isLessThanOrEqualTo(40);
            assertThat(db.one("SELECT COUNT(*) FROM cost_reservations WHERE ad_id = ?::uuid", Long.class, run.adId())).isZero();
            long charged = db.one("SELECT COUNT(*) FROM cost_ledger WHERE ad_id = ?::uuid AND unit = 'voice_character'", Long.class, run.adId());
            assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/v1/audio/speech")))).as("no call past the budget was sent")
                    .hasSize((int) charged);
        }
    }
}
