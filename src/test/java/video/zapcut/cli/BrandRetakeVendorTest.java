package video.zapcut.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.awt.Rectangle;
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
import video.zapcut.testing.FakeVendors;
import video.zapcut.testing.ProductShots;

/**
 * The brand check with a vendor video model (Replicate on WireMock): the model returns scene 3 off the
 * brand's palette until its prompt carries a correction. The scene is scored, made once more through
 * the same paid port with a prompt naming the palette, and the better take kept; the ledger has the
 * second clip, the quality record says why. With a budget that has no room for that second clip, no
 * second request is made, the first take is kept and flagged, and the ad is still made. The first ad is
 * also spoken (the local voice), its captions burned over the vendor's clips, which must keep them off
 * the product the clips show.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrandRetakeVendorTest {
    static final String BRIEF = "Introducing Luna Cold Brew, an organic cold brew concentrate for busy "
            + "professionals who want calm energy without the jitters. Shop now.";
    /** Scene 3's prompt, as the fake prompt agent writes it. */
    static final String SCENE_3 = "calm desk";
    @TempDir
    static Path dir;
    static FakeVendors vendors;
    static Path photo;

    @BeforeAll
    static void setUp() {
        vendors = FakeVendors.forCommandLine(dir.resolve("home"), 8, 30);
        photo = ProductShots.writeJpeg(ProductShots.luna(800), dir.resolve("luna.jpg"));
    }

    @AfterAll
    static void tearDown() { vendors.uninstall(); }

    @Test
    @Order(1)
    void aSceneOffThePaletteIsMadeAgainWithACorrectionAndTheBetterTakeIsKept() throws Exception {
        CliRun run = generate(null, true);
        assertThat(run.exitCode()).as(run.toString()).isZero();

        List<JsonNode> predictions = vendors.videoPredictions();
        List<String> scene3 = predictions.stream().map(p -> p.path("input").path("prompt").asString()).filter(p -> p.contains(SCENE_3)).toList();
        assertThat(scene3).as("scene 3's two video requests").hasSize(2);
        assertThat(scene3.get(0)).doesNotContain(FakeVendors.BRAND_CORRECTION);
        assertThat(scene3.get(1)).contains(FakeVendors.BRAND_CORRECTION).contains("keep strictly to the brand palette #")
                .doesNotContain("show the product");
        int images = vendors.count("POST", "/v1/images/(generations|edits)");
        // One clip per keyframe drawn, plus scene 3's retake (its keyframe was on palette, so it was not drawn again).
        assertThat(predictions).hasSize(images - 4 + 1);

        try (EmbeddedDb db = new EmbeddedDb(dir.resolve("home"))) {
            String ad = run.adId();
            assertThat(db.one("SELECT status FROM generated_ads WHERE id = ?::uuid", String.class, ad)).isEqualTo("completed");
            assertThat(videoLines(db, ad)).as("video lines in the ledger by stage").containsEntry("scene_3", 2L)
                    .containsEntry("scene_1", 1L).containsEntry("scene_2", 1L).containsEntry("scene_5", 1L);
            JsonNode costs = Json.MAPPER.readTree(db.one("SELECT cost_breakdown::text FROM generated_ads WHERE id = ?::uuid", String.class, ad));
            assertThat(costs.get("video").asDouble()).as("every clip charged, the retake too").isCloseTo(predictions.size() * 8 * 25.0, within(1e-3));

            JsonNode quality = quality(db, ad);
            JsonNode s3 = quality.get("scenes").get(2);
            assertThat(s3.get("scene").asInt()).isEqualTo(3);
            assertThat(s3.get("regenerated").asBoolean()).isTrue();
            assertThat(s3.get("kept_attempt").asInt()).isEqualTo(2);
            assertThat(s3.get("reason").asString()).startsWith("palette adherence");
            assertThat(s3.get("first_attempt").get("palette_adherence").asDouble()).isLessThan(0.5);
            assertThat(s3.get("first_attempt").get("passed").asBoolean()).isFalse();
            assertThat(s3.get("second_attempt").get("passed").asBoolean()).isTrue();
            assertThat(s3.get("palette_adherence").asDouble()).isGreaterThan(0.5);
            assertThat(s3.get("flags")).isEmpty();
            for (int i : new int[] {0, 1, 3, 4}) {
                assertThat(quality.get("scenes").get(i).get("regenerated").asBoolean()).as("scene %d", i + 1).isFalse();
                assertThat(quality.get("scenes").get(i).get("passed").asBoolean()).as("scene %d", i + 1).isTrue();
            }
            // Text keeps off the product where the vendor's clip shows it (the fake clips stand the bottle in the
            // middle, where the 16:9 text zones' inner edges reach and the bottom caption band runs): each scene's
            // product place is recorded with what the ad shows, and no overlay or burned caption of that scene
            // crosses it; every scene's text reads at 4.5:1 or better against the clip behind it, as measured
            // on the finished MP4.
            JsonNode spoken = Json.MAPPER.readTree(db.one("SELECT output::text FROM stage_checkpoints WHERE ad_id = ?::uuid "
                    + "AND stage = 'composition'", String.class, ad)).get("spoken");
            assertThat(spoken.get("burned").asBoolean()).as("captions burned into the vendor's clips").isTrue();
            assertThat(spoken.get("cues").asInt()).as("caption cues for four spoken lines").isGreaterThanOrEqualTo(4);
            assertThat(java.nio.file.Files.readString(dir.resolve("brand_null.srt"))).contains("Shop Luna today");
            JsonNode safe = quality.get("safe_area");
            int withText = 0;
            for (int i = 0; i < 5; i++) {
                JsonNode scene = quality.get("scenes").get(i);
                Rectangle product = rectangle(scene.get("product_box"));
                assertThat(product.x).as("scene %d's product place %s", i + 1, product).isBetween(700, 900);
                assertThat(product.x + product.width).as("scene %d's product place %s", i + 1, product).isBetween(1050, 1250);
                List<Rectangle> texts = new java.util.ArrayList<>();
                for (int k = 0; k < safe.get("box_scenes").size(); k++) {
                    if (safe.get("box_scenes").get(k).asInt() == i + 1) texts.add(rectangle(safe.get("text_boxes").get(k)));
                }
                assertThat(texts).as("scene %d's text", i + 1).noneMatch(product::intersects);
                if (texts.isEmpty()) assertThat(scene.get("text_clear_of_product").isNull()).isTrue();
                else {
                    assertThat(scene.get("text_clear_of_product").asBoolean()).isTrue();
                    assertThat(scene.get("text_contrast").asDouble()).as("scene %d's text contrast", i + 1).isGreaterThanOrEqualTo(4.5);
                }
                withText += texts.isEmpty() ? 0 : 1;
            }
            // Overlays on scenes 2, 4 and 5; captions on 1, 3, 4 and 5.
            assertThat(withText).as("scenes with an overlay or a caption").isEqualTo(5);
            assertThat(quality.get("warnings")).extracting(JsonNode::asString).noneMatch(w -> w.contains("covers part of the product"));
            // What continuity and composition read: the kept take's clip.
            JsonNode checkpoint = Json.MAPPER.readTree(db.one("SELECT output::text FROM stage_checkpoints WHERE ad_id = ?::uuid AND stage = 'scene_3'",
                    String.class, ad));
            assertThat(checkpoint.get("clip_uri").asString()).endsWith("scene_3_retake.mp4");
            assertThat(checkpoint.get("brand").get("correction").asString()).startsWith(FakeVendors.BRAND_CORRECTION);
        }
    }

    @Test
    @Order(2)
    void whenTheRetakeWouldPassTheBudgetTheSceneIsKeptAndFlaggedAndTheAdIsMade() throws Exception {
        // Room for the four agents, nine images, five 8 s clips at $0.25/s and the music (about 1,045 cents), not a sixth clip.
        CliRun run = generate(1150, false);
        assertThat(run.exitCode()).as(run.toString()).isZero();

        List<JsonNode> predictions = vendors.videoPredictions();
        assertThat(predictions).as("no second request for scene 3, nor any other retake").hasSize(5);
        assertThat(predictions).noneMatch(p -> p.path("input").path("prompt").asString().contains(FakeVendors.BRAND_CORRECTION));

        try (EmbeddedDb db = new EmbeddedDb(dir.resolve("home"))) {
            String ad = run.adId();
            assertThat(db.one("SELECT status FROM generated_ads WHERE id = ?::uuid", String.class, ad)).isEqualTo("completed");
            assertThat(videoLines(db, ad)).containsEntry("scene_3", 1L);
            double spent = db.one("SELECT COALESCE(SUM(cost_cents), 0) FROM cost_ledger WHERE ad_id = ?::uuid", Double.class, ad);
            assertThat(spent).isLessThanOrEqualTo(1150);
            assertThat(db.one("SELECT COUNT(*) FROM cost_reservations WHERE ad_id = ?::uuid", Long.class, ad)).isZero();

            JsonNode quality = quality(db, ad);
            JsonNode s3 = quality.get("scenes").get(2);
            assertThat(s3.get("regenerated").asBoolean()).isFalse();
            assertThat(s3.get("kept_attempt").asInt()).isEqualTo(1);
            assertThat(s3.get("passed").asBoolean()).isFalse();
            assertThat(s3.get("reason").asString()).startsWith("palette adherence");
            assertThat(s3.get("flags")).singleElement().extracting(JsonNode::asString).asString()
                    .startsWith("kept: the budget would be passed");
            assertThat(quality.get("warnings")).extracting(JsonNode::asString)
                    .anySatisfy(w -> assertThat(w).startsWith("scene 3: kept: the budget would be passed"));
        }
    }

    private static CliRun generate(Integer budgetCents, boolean spoken) {
        StubMapping offPalette = vendors.offPaletteUntilCorrected(SCENE_3);
        StubMapping story = spoken ? vendors.speakingStory() : null;
        vendors.wm.resetRequests();
        if (budgetCents != null) System.setProperty("zapcut.costs.budget-cents", budgetCents.toString());
        try {
            return CliRun.of("generate", "--brief", BRIEF, "--image", photo.toString(), "--duration", "15",
                    "--out", dir.resolve("brand_" + budgetCents + ".mp4").toString());
        } finally {
            System.clearProperty("zapcut.costs.budget-cents");
            vendors.wm.removeStub(offPalette);
            if (story != null) vendors.wm.removeStub(story);
        }
    }

    private static Map<String, Long> videoLines(EmbeddedDb db, String ad) {
        Map<String, Long> lines = new java.util.TreeMap<>();
        for (Map<String, Object> r : db.rows("SELECT stage, COUNT(*) AS n FROM cost_ledger WHERE ad_id = ?::uuid AND capability = 'video' "
                + "GROUP BY stage", ad)) {
            lines.put((String) r.get("stage"), ((Number) r.get("n")).longValue());
        }
        return lines;
    }

    private static Rectangle rectangle(JsonNode xywh) {
        assertThat(xywh).as("a box {x, y, width, height}").isNotNull().hasSize(4);
        return new Rectangle(xywh.get(0).asInt(), xywh.get(1).asInt(), xywh.get(2).asInt(), xywh.get(3).asInt());
    }

    private static JsonNode quality(EmbeddedDb db, String ad) {
        return Json.MAPPER.readTree(db.one("SELECT quality_report::text FROM generated_ads WHERE id = ?::uuid", String.class, ad));
    }
}
