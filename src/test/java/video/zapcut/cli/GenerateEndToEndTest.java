package video.zapcut.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * The command line on the embedded defaults, end to end: a real ad from a test-made product photo,
 * judged by Debian's ffprobe, then the rows it left; a failure injected at composition and a resume
 * that redoes only what did not finish; all three aspects; and a blocked brief.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GenerateEndToEndTest {
    static final String BRIEF = "Introducing Luna Cold Brew, an organic cold brew concentrate for busy professionals who want "
            + "calm energy without the jitters. It helps you start every morning with a smooth ritual. Shop now.";
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
    static void tearDown() {
        System.clearProperty("zapcut.home");
        System.clearProperty("ZAPCUT_FAIL_AT_STAGE");
    }

    @Test
    @Order(1)
    void a30SecondLandscapeAdIsAValidDeliverable() throws Exception {
        Path out = dir.resolve("luna.mp4");
        CliRun run = CliRun.of("generate", "--brief", BRIEF, "--image", photo.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Wrote " + out.toAbsolutePath()).contains("duration 30.0").contains("ad id");

        Ffprobe.Facts f = Ffprobe.probe(out);
        assertThat(f.videoCodec()).isEqualTo("h264");
        assertThat(f.pixFmt()).isEqualTo("yuv420p");
        assertThat(f.width()).isEqualTo(1920);
        assertThat(f.height()).isEqualTo(1080);
        assertThat(f.fps()).isEqualTo(30.0);
        assertThat(f.frames()).isEqualTo(900);
        assertThat(f.duration()).isCloseTo(30.0, within(1 / 30.0));
        assertThat(f.audioCodec()).isEqualTo("aac");
        assertThat(f.sampleRate()).isEqualTo(48000);
        assertThat(f.channels()).isEqualTo(2);
        assertThat(f.audioDuration()).as("the soundtrack lasts as long as the picture").isCloseTo(30.0, within(0.05));
        assertThat(f.faststart()).isTrue();
        assertThat(f.title()).contains("Luna Cold Brew");
        assertThat(f.comment()).containsIgnoringCase("AI-generated");
        double[] loud = Ffprobe.loudness(out);
        assertThat(loud[0]).as("integrated LUFS").isCloseTo(-14.0, within(1.0));
        assertThat(loud[1]).as("true peak dBTP").isLessThanOrEqualTo(-1.0);

        String adId = run.adId();
        try (EmbeddedDb db = new EmbeddedDb(home)) {
            Map<String, Object> ad = db.rows("SELECT * FROM generated_ads WHERE id = ?::uuid", adId).get(0);
            assertThat(ad.get("status")).isEqualTo("completed");
            assertThat(ad.get("aspect_ratio")).isEqualTo("16:9");
            assertThat(ad.get("resolution")).isEqualTo("1920x1080");
            assertThat(((Number) ad.get("file_size_bytes")).longValue()).isEqualTo(Files.size(out));
            assertThat(((Number) ad.get("duration_seconds")).doubleValue()).isCloseTo(30.0, within(0.05));
            assertThat(ad.get("generation_duration_seconds")).isNotNull();
            assertThat(((Number) ad.get("api_cost_cents")).intValue()).isZero();
            assertThat(ad.get("creative_bible_id")).isNotNull();
            assertThat(ad.get("thumbnail_url").toString()).endsWith("thumb.jpg");

            JsonNode board = Json.MAPPER.readTree(ad.get("storyboard").toString());
            assertThat(board.size()).isEqualTo(5);
            double sum = 0;
            for (JsonNode s : board) sum += s.get("duration_seconds").asDouble();
            assertThat(sum).isEqualTo(30.0);
            assertThat(Json.MAPPER.readTree(ad.get("sora_prompts").toString()).size()).isEqualTo(5);
            assertThat(ad.get("suno_prompt").toString()).contains("BPM");
            JsonNode quality = Json.MAPPER.readTree(ad.get("quality_report").toString());
            assertThat(quality.get("loudness").get("integrated_lufs").asDouble()).isCloseTo(-14.0, within(1.0));
            assertThat(quality.get("probe").get("video_codec").asString()).isEqualTo("h264");
            assertThat(quality.get("black_stretches").size()).isZero();
            assertThat(quality.get("palette_adherence").asDouble()).isGreaterThan(0.3);
            JsonNode continuity = Json.MAPPER.readTree(ad.get("continuity_report").toString());
            assertThat(continuity.get("cuts").size()).isEqualTo(4);

            JsonNode bible = Json.MAPPER.readTree(db.one("SELECT creative_bible::text FROM creative_bibles WHERE id = ?",
                    String.class, ad.get("creative_bible_id")));
            assertThat(bible.get("colors").size()).isBetween(4, 6);
            JsonNode refs = Json.MAPPER.readTree(db.one("SELECT reference_image_urls::text FROM creative_bibles WHERE id = ?",
                    String.class, ad.get("creative_bible_id")));
            assertThat(refs.propertyNames()).containsExactlyInAnyOrder("hero", "detail", "lifestyle", "alternate");

            Map<String, Object> job = db.rows("SELECT * FROM generation_jobs WHERE ad_id = ?::uuid", adId).get(0);
            assertThat(job.get("status")).isEqualTo("completed");
            assertThat(job.get("progress_percentage")).isEqualTo(100);
            JsonNode stages = Json.MAPPER.readTree(job.get("stages_completed").toString());
            assertThat(stages.size()).isEqualTo(video.zapcut.pipeline.Stage.values().length);
            for (JsonNode s : stages) assertThat(s.get("completed_at").asString()).isNotBlank();
            assertThat(db.one("SELECT COUNT(*) FROM assets WHERE source = 'upload'", Long.class)).isEqualTo(1);
            assertThat(db.one("SELECT COUNT(*) FROM assets WHERE role = 'reference'", Long.class)).isEqualTo(4);
        }
    }

    @Test
    @Order(2)
    void aFailureAtCompositionIsResumedWithoutRedoingEarlierStages() throws Exception {
        System.setProperty("ZAPCUT_FAIL_AT_STAGE", "composition");
        Path out = dir.resolve("resumed.mp4");
        CliRun failed;
        try {
            failed = CliRun.of("generate", "--brief", BRIEF, "--image", photo.toString(), "--duration", "15", "--out", out.toString());
        } finally {
            System.clearProperty("ZAPCUT_FAIL_AT_STAGE");
        }
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err()).contains("composition").contains("resume");
        assertThat(out).doesNotExist();
        String adId = failed.adId();
        assertThat(home.resolve("work/p" + ProcessHandle.current().pid() + "/" + adId))
                .as("a failed job leaves no scratch: its outputs are in the blob store").doesNotExist();
        Map<String, java.sql.Timestamp> before = stageTimes(adId);
        assertThat(before).doesNotContainKey("composition").hasSize(video.zapcut.pipeline.Stage.values().length - 2);

        CliRun resumed = CliRun.of("resume", adId, "--out", out.toString());
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).contains("composition started").contains("quality started")
                .doesNotContain("creative_bible started").doesNotContain("scene_1 started").doesNotContain("music started");
        Map<String, java.sql.Timestamp> after = stageTimes(adId);
        assertThat(after).hasSize(video.zapcut.pipeline.Stage.values().length);
        before.forEach((stage, t) -> assertThat(after.get(stage)).as(stage + " was not redone").isEqualTo(t));
        assertThat(Ffprobe.probe(out).frames()).isEqualTo(450);
        try (EmbeddedDb db = new EmbeddedDb(home)) {
            assertThat(db.one("SELECT status FROM generation_jobs WHERE ad_id = ?::uuid", String.class, adId)).isEqualTo("completed");
            assertThat(db.one("SELECT attempts FROM generation_jobs WHERE ad_id = ?::uuid", Integer.class, adId)).isEqualTo(2);
        }
    }

    @Test
    @Order(3)
    void portraitAndSquareAdsHaveTheirFrameSizes() throws Exception {
        for (String[] aspect : List.of(new String[] {"9:16", "1080", "1920"}, new String[] {"1:1", "1080", "1080"})) {
            Path out = dir.resolve("ad-" + aspect[0].replace(':', 'x') + ".mp4");
            CliRun run = CliRun.of("generate", "--brief", BRIEF, "--image", photo.toString(), "--duration", "15",
                    "--aspect", aspect[0], "--out", out.toString());
            assertThat(run.exitCode()).as(run.toString()).isZero();
            Ffprobe.Facts f = Ffprobe.probe(out);
            assertThat(f.width()).isEqualTo(Integer.parseInt(aspect[1]));
            assertThat(f.height()).isEqualTo(Integer.parseInt(aspect[2]));
            assertThat(f.frames()).isEqualTo(450);
            assertThat(f.audioDuration()).as("the soundtrack lasts as long as the picture").isCloseTo(15.0, within(0.05));
            assertThat(f.audioCodec()).isEqualTo("aac");
            // Their text and burned captions keep inside the format's safe area (9:16: clear of the platforms' bars and buttons).
            try (EmbeddedDb db = new EmbeddedDb(home)) {
                JsonNode composition = Json.MAPPER.readTree(db.one("SELECT output::text FROM stage_checkpoints WHERE ad_id = ?::uuid "
                        + "AND stage = 'composition'", String.class, run.adId()));
                JsonNode safe = composition.get("safe_area");
                assertThat(safe.get("format").asString()).isEqualTo(aspect[0]);
                assertThat(safe.get("outside").asInt()).as(aspect[0] + " text outside the safe area").isZero();
                assertThat(safe.get("box_scenes").size()).as("overlays and caption places").isGreaterThan(composition.get("spoken")
                        .get("burned").asBoolean() ? 3 : 0);
            }
        }
    }

    @Test
    @Order(5)
    void anUnsafeBriefIsBlockedWithItsViolationsRecorded() throws Exception {
        Path out = dir.resolve("blocked.mp4");
        CliRun run = CliRun.of("generate", "--brief", "Our energy drink ad shows a man holding a gun while kids drink beer.",
                "--image", photo.toString(), "--duration", "15", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains("weapons").contains("minors_alcohol").contains("Safe alternative");
        assertThat(out).doesNotExist();
        try (EmbeddedDb db = new EmbeddedDb(home)) {
            List<Map<String, Object>> v = db.rows("SELECT violation_category, severity, blocked FROM safety_violations "
                    + "WHERE ad_id = ?::uuid", run.adId());
            assertThat(v).extracting(m -> m.get("violation_category")).contains("weapons", "minors_alcohol");
            assertThat(v).allSatisfy(m -> assertThat(m.get("blocked")).isEqualTo(true));
            assertThat(db.one("SELECT failed_stage FROM generation_jobs WHERE ad_id = ?::uuid", String.class, run.adId()))
                    .isEqualTo("safety");
        }
    }

    private static Map<String, java.sql.Timestamp> stageTimes(String adId) throws Exception {
        try (EmbeddedDb db = new EmbeddedDb(home)) {
            Map<String, java.sql.Timestamp> out = new java.util.TreeMap<>();
            for (Map<String, Object> r : db.rows("SELECT c.stage, c.completed_at FROM stage_checkpoints c "
                    + "WHERE c.ad_id = ?::uuid", adId)) {
                out.put((String) r.get("stage"), (java.sql.Timestamp) r.get("completed_at"));
            }
            return out;
        }
    }
}
