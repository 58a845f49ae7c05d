package video.zapcut.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import video.zapcut.common.Json;
import video.zapcut.testing.CliRun;
import video.zapcut.testing.EmbeddedDb;
import video.zapcut.testing.Ffprobe;
import video.zapcut.testing.ProductShots;

/**
 * An ad that speaks, on the embedded defaults with the offline voice (Festival): its captions are
 * judged against the voice as heard (where Debian's FFmpeg finds sound in the stored voice stem), its
 * soundtrack by Debian's loudness meter; then the order's switches (sidecar captions, no voice).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpokenAdTest {
    @TempDir
    static Path dir;
    static Path home;
    static Path photo;

    @BeforeAll
    static void setUp() {
        home = dir.resolve("home");
        System.setProperty("zapcut.home", home.toString());
        photo = ProductShots.writeJpeg(ProductShots.luna(800), dir.resolve("luna.jpg"));
    }

    @AfterAll
    static void tearDown() { System.clearProperty("zapcut.home"); }

    record Cue(double start, double end, String text) {}

    @Test
    @Order(1)
    void captionsFollowTheVoiceAsHeardAndNeverCrossACut() throws Exception {
        Path out = dir.resolve("luna.mp4");
        CliRun run = CliRun.of("generate", "--brief", GenerateEndToEndTest.BRIEF, "--image", photo.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path srt = dir.resolve("luna.srt"), vtt = dir.resolve("luna.vtt");
        assertThat(run.out()).contains("Wrote " + srt.toAbsolutePath()).contains("Wrote " + vtt.toAbsolutePath());

        List<Cue> cues = parse(Files.readString(srt));
        assertThat(cues).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Files.readString(vtt)).startsWith("WEBVTT\n").contains(" --> ");
        assertThat(parse(Files.readString(vtt).replaceAll("<[^>]+>", ""))).isEqualTo(cues);

        double[] loud = Ffprobe.loudness(out);
        assertThat(loud[0]).as("integrated LUFS with the voice").isCloseTo(-14.0, within(1.0));
        assertThat(loud[1]).as("true peak dBTP").isLessThan(-1.0);

        try (EmbeddedDb db = new EmbeddedDb(home)) {
            String adId = run.adId();
            JsonNode board = Json.MAPPER.readTree(db.one("SELECT storyboard::text FROM generated_ads WHERE id = ?::uuid", String.class, adId));
            List<Double> cuts = new ArrayList<>();
            StringBuilder spoken = new StringBuilder();
            double t = 0;
            for (JsonNode s : board) {
                t += s.get("duration_seconds").asDouble();
                cuts.add(t);
                String line = s.path("voiceover").asString("");
                if (!line.isBlank()) spoken.append(spoken.isEmpty() ? "" : " ").append(line.strip());
            }
            assertThat(String.join(" ", cues.stream().map(Cue::text).toList())).as("the captions are the lines said").isEqualTo(spoken.toString());
            for (Cue c : cues) {
                for (double cut : cuts) assertThat(cut <= c.start() + 1e-6 || cut >= c.end() - 1e-6).as("%s crosses the cut at %.2f s", c, cut).isTrue();
            }

            JsonNode composition = Json.MAPPER.readTree(db.one(
                    "SELECT output::text FROM stage_checkpoints WHERE ad_id = ?::uuid AND stage = 'composition'", String.class, adId));
            Path stem = blob(composition.get("spoken").get("voice_stem_uri").asString());
            assertThat(composition.get("spoken").get("voice_lead_db").asDouble()).isGreaterThanOrEqualTo(10.0);
            assertThat(composition.get("safe_area").get("outside").asInt()).isZero();
            JsonNode quality = Json.MAPPER.readTree(db.one("SELECT quality_report::text FROM generated_ads WHERE id = ?::uuid",
                    String.class, adId));
            assertThat(quality.get("scenes")).hasSize(5);
            assertThat(quality.get("scenes").get(0).get("text_in_safe_area").asBoolean()).as("scene 1: headline and captions").isTrue();
            int measured = 0;
            for (JsonNode s : quality.get("scenes")) {
                assertThat(s.get("text_in_safe_area").isNull() || s.get("text_in_safe_area").asBoolean()).as(s.toString()).isTrue();
                // Every scene with text: its least legible layer, measured on the finished MP4's frames, reads at 4.5:1 or more.
                if (s.get("text_in_safe_area").isNull()) continue;
                assertThat(s.get("text_contrast").asDouble()).as("scene %d's text contrast", s.get("scene").asInt()).isGreaterThanOrEqualTo(4.5);
                measured++;
            }
            assertThat(measured).as("scenes with text, captions included").isGreaterThanOrEqualTo(4);
            assertThat(quality.get("warnings")).extracting(JsonNode::asString).noneMatch(w -> w.contains("text contrast"));
            List<double[]> sound = Ffprobe.soundStretches(stem, 0.12);
            assertThat(sound).as("speech found in the voice stem").hasSizeGreaterThanOrEqualTo(4);
            for (double[] s : sound) {
                assertThat(cues).as("a cue starts within 100 ms of the onset at %.3f s", s[0])
                        .anyMatch(c -> Math.abs(c.start() - s[0]) <= 0.1);
            }
            for (Cue c : cues) {
                double[] in = sound.stream().filter(s -> c.start() >= s[0] - 0.1 && c.start() <= s[1]).findFirst()
                        .orElseThrow(() -> new AssertionError(c + " starts where no one speaks"));
                assertThat(c.end()).as("%s ends by the end of its last word", c).isLessThanOrEqualTo(in[1] + 0.1);
            }
            assertThat(db.one("SELECT jsonb_array_length(stages_completed) FROM generation_jobs WHERE ad_id = ?::uuid", Integer.class, adId))
                    .isEqualTo(video.zapcut.pipeline.Stage.values().length);
        }
    }

    @Test
    @Order(2)
    void sidecarCaptionsAreFilesOnlyAndAnAdWithoutAVoiceHasNone() throws Exception {
        Path sidecar = dir.resolve("sidecar.mp4");
        CliRun run = CliRun.of("generate", "--brief", GenerateEndToEndTest.BRIEF, "--image", photo.toString(), "--duration", "15",
                "--captions", "sidecar", "--out", sidecar.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(dir.resolve("sidecar.srt")).exists();
        try (EmbeddedDb db = new EmbeddedDb(home)) {
            JsonNode spoken = Json.MAPPER.readTree(db.one("SELECT output::text FROM stage_checkpoints WHERE ad_id = ?::uuid "
                    + "AND stage = 'composition'", String.class, run.adId())).get("spoken");
            assertThat(spoken.get("burned").asBoolean()).isFalse();
            assertThat(spoken.get("cues").asInt()).isPositive();
        }

        Path silent = dir.resolve("silent.mp4");
        CliRun quiet = CliRun.of("generate", "--brief", GenerateEndToEndTest.BRIEF, "--image", photo.toString(), "--duration", "15",
                "--no-voice", "--out", silent.toString());
        assertThat(quiet.exitCode()).as(quiet.toString()).isZero();
        assertThat(dir.resolve("silent.srt")).doesNotExist();
        assertThat(dir.resolve("silent.vtt")).doesNotExist();
        assertThat(Ffprobe.loudness(silent)[0]).isCloseTo(-14.0, within(1.0));
        try (EmbeddedDb db = new EmbeddedDb(home)) {
            JsonNode voice = Json.MAPPER.readTree(db.one("SELECT output::text FROM stage_checkpoints WHERE ad_id = ?::uuid "
                    + "AND stage = 'voiceover'", String.class, quiet.adId()));
            assertThat(voice.get("lines").size()).isZero();
        }

        CliRun contradictory = CliRun.of("generate", "--brief", GenerateEndToEndTest.BRIEF, "--image", photo.toString(),
                "--no-voice", "--captions", "burned");
        assertThat(contradictory.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(contradictory.err()).contains("captions are timed to the voice");
        CliRun unknown = CliRun.of("generate", "--brief", GenerateEndToEndTest.BRIEF, "--image", photo.toString(), "--captions", "subtitles");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("captions must be burned, sidecar or none");
    }

    private static Path blob(String uri) {
        Path p = home.resolve("blobs").resolve(uri.replaceFirst("^blob:", ""));
        assertThat(p).as(uri).exists();
        return p;
    }

    static List<Cue> parse(String subtitles) {
        List<Cue> out = new ArrayList<>();
        Matcher m = Pattern.compile("(\\d\\d):(\\d\\d):(\\d\\d)[,.](\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d)[,.](\\d{3})\\n(.+)").matcher(subtitles);
        while (m.find()) {
            out.add(new Cue(seconds(m, 1), seconds(m, 5), m.group(9).strip()));
        }
        return out;
    }

    private static double seconds(Matcher m, int g) {
        return Integer.parseInt(m.group(g)) * 3600 + Integer.parseInt(m.group(g + 1)) * 60 + Integer.parseInt(m.group(g + 2))
                + Integer.parseInt(m.group(g + 3)) / 1000.0;
    }
}
