package video.zapcut.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import video.zapcut.common.Json;
import video.zapcut.common.Rgb;
import video.zapcut.media.FrameGrabber;
import video.zapcut.media.image.ColorStats;
import video.zapcut.testing.CliRun;
import video.zapcut.testing.EmbeddedDb;
import video.zapcut.testing.ProductShots;
import video.zapcut.testing.VendorMedia;

/**
 * The brand check offline: with the test hook ZAPCUT_DEBUG_OFF_PALETTE_SCENE=2 the local image model
 * draws scene 2's set off the palette until a retake asks for the palette. The scene is scored, its
 * keyframe drawn again, the better take kept, and the record says so; the finished ad shows the retake.
 */
class BrandCheckOfflineTest {
    static final String BRIEF = "Introducing Luna Cold Brew, an organic cold brew concentrate for busy professionals who want "
            + "calm energy without the jitters. It helps you start every morning with a smooth ritual. Shop now.";
    @TempDir
    static Path dir;

    @BeforeAll
    static void setUp() {
        System.setProperty("zapcut.home", dir.resolve("home").toString());
        System.setProperty("ZAPCUT_DEBUG_OFF_PALETTE_SCENE", "2");
    }

    @AfterAll
    static void tearDown() {
        System.clearProperty("zapcut.home");
        System.clearProperty("ZAPCUT_DEBUG_OFF_PALETTE_SCENE");
    }

    @Test
    void aSceneForcedOffThePaletteIsDrawnAgainAndTheRecordSaysSo() throws Exception {
        Path photo = ProductShots.writeJpeg(ProductShots.luna(800), dir.resolve("luna.jpg"));
        Path out = dir.resolve("luna.mp4");
        CliRun run = CliRun.of("generate", "--brief", BRIEF, "--image", photo.toString(), "--duration", "15", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();

        try (EmbeddedDb db = new EmbeddedDb(dir.resolve("home"))) {
            String ad = run.adId();
            JsonNode quality = Json.MAPPER.readTree(db.one("SELECT quality_report::text FROM generated_ads WHERE id = ?::uuid", String.class, ad));
            JsonNode scenes = quality.get("scenes");
            assertThat(scenes).hasSize(5);
            JsonNode s2 = scenes.get(1);
            assertThat(s2.get("scene").asInt()).isEqualTo(2);
            assertThat(s2.get("regenerated").asBoolean()).isTrue();
            assertThat(s2.get("kept_attempt").asInt()).isEqualTo(2);
            assertThat(s2.get("reason").asString()).startsWith("palette adherence");
            assertThat(s2.get("first_attempt").get("palette_adherence").asDouble()).isLessThan(0.5);
            assertThat(s2.get("first_attempt").get("product_match").asDouble()).as("the product layer was left as drawn").isGreaterThan(0.5);
            assertThat(s2.get("second_attempt").get("passed").asBoolean()).isTrue();
            assertThat(s2.get("palette_adherence").asDouble()).isEqualTo(s2.get("second_attempt").get("palette_adherence").asDouble())
                    .isGreaterThan(0.9);
            assertThat(s2.get("flags")).isEmpty();
            for (int i : new int[] {0, 2, 3, 4}) {
                JsonNode s = scenes.get(i);
                assertThat(s.get("regenerated").asBoolean()).as("scene %d", i + 1).isFalse();
                assertThat(s.get("passed").asBoolean()).as("scene %d: %s", i + 1, s).isTrue();
                assertThat(s.get("product_match").asDouble()).as("scene %d", i + 1).isGreaterThan(0.5);
            }
            assertThat(quality.get("warnings")).noneMatch(w -> w.asString().startsWith("scene "));

            // The retake's own keyframe, drawn with the look held harder, is what the scene is rendered from.
            JsonNode checkpoint = Json.MAPPER.readTree(db.one("SELECT output::text FROM stage_checkpoints WHERE ad_id = ?::uuid AND stage = 'scene_2'",
                    String.class, ad));
            assertThat(checkpoint.get("keyframe_files")).isNotEmpty().allMatch(f -> f.asString().contains("/keyframes/scene_2_retake/"));
            assertThat(checkpoint.get("style_strength").asDouble()).isEqualTo(0.95);
            assertThat(checkpoint.get("brand").get("correction").asString()).startsWith("Brand correction: keep strictly to the brand palette");

            // And the finished ad shows it: halfway through scene 2, the picture keeps to the bible's colours.
            JsonNode bible = Json.MAPPER.readTree(db.one("SELECT b.creative_bible::text FROM creative_bibles b JOIN generated_ads a "
                    + "ON a.creative_bible_id = b.id WHERE a.id = ?::uuid", String.class, ad));
            List<Rgb> palette = new ArrayList<>();
            bible.get("colors").forEach(c -> palette.add(Rgb.hex(c.asString())));
            JsonNode board = Json.MAPPER.readTree(db.one("SELECT storyboard::text FROM generated_ads WHERE id = ?::uuid", String.class, ad));
            double middleOfScene2 = board.get(0).get("duration_seconds").asDouble() + board.get(1).get("duration_seconds").asDouble() / 2;
            Path frame = dir.resolve("scene2.png");
            new FrameGrabber(VendorMedia.FFMPEG).frameAt(out, middleOfScene2, frame);
            BufferedImage shown = ImageIO.read(frame.toFile());
            assertThat(ColorStats.paletteAdherence(shown, palette).withinShare()).isGreaterThan(0.9);
        }
    }
}
