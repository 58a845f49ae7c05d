package video.zapcut.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.testing.CliRun;
import video.zapcut.testing.EmbeddedDb;
import video.zapcut.testing.FakeVendors;
import video.zapcut.testing.Ffprobe;
import video.zapcut.testing.ProductShots;

/**
 * What a revision pays for, counted on the vendors' side (WireMock's request journal): a text change
 * makes no vendor call at all; a new picture for one scene makes exactly one image call (its keyframe)
 * and one video call (its clip), plus the safety review and the prompt agent's one call; each charged
 * to the new version, whose ledger is exactly those calls.
 */
class RevisionVendorCallsTest {
    static final String BRIEF = "Introducing Luna Cold Brew, an organic cold brew concentrate for busy "
            + "professionals who want calm energy without the jitters. Shop now.";
    @TempDir
    static Path dir;
    static FakeVendors vendors;

    @BeforeAll
    static void setUp() { vendors = FakeVendors.forCommandLine(dir.resolve("home"), 8, 30); }

    @AfterAll
    static void tearDown() { vendors.uninstall(); }

    @Test
    void aTextRevisionCallsNoVendorAndANewSceneCallsEachOnce() throws Exception {
        Path photo = ProductShots.writeJpeg(ProductShots.luna(800), dir.resolve("luna.jpg"));
        CliRun first = CliRun.of("generate", "--brief", BRIEF, "--image", photo.toString(), "--duration", "15",
                "--out", dir.resolve("v1.mp4").toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        String parent = first.adId();

        vendors.wm.resetRequests();
        CliRun dry = CliRun.of("revise", parent, "--scene", "2", "--text", "Calm energy, all day", "--dry-run");
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("would run again: storyboard, safety, composition, quality").containsPattern("estimated cost [1-9][0-9]* cents");
        CliRun text = CliRun.of("revise", parent, "--scene", "2", "--text", "Calm energy, all day", "--out",
                dir.resolve("v2.mp4").toString());
        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.out()).contains("version 2 of " + parent);
        // The safety review is an agent: with an LLM configured it reads the new words (one text call).
        assertThat(vendors.count("POST", "/v1/messages")).isEqualTo(1);
        assertThat(vendors.count("POST", "/v1/images/(generations|edits)")).isZero();
        assertThat(vendors.count("POST", "/v1/models/.*/predictions")).isZero();
        assertThat(vendors.count("GET", "/delivery/.*")).isZero();
        assertThat(Ffprobe.probe(dir.resolve("v2.mp4")).frames()).isEqualTo(450);

        vendors.wm.resetRequests();
        CliRun picture = CliRun.of("revise", parent, "--scene", "3", "--visual",
                "The bottle on a sunlit windowsill beside a green plant", "--out", dir.resolve("v3.mp4").toString());
        assertThat(picture.exitCode()).as(picture.toString()).isZero();
        assertThat(picture.out()).contains("scenes drawn and animated again: [3]");
        assertThat(vendors.count("POST", "/v1/models/google/veo-3-fast/predictions")).isEqualTo(1);
        assertThat(vendors.count("POST", "/v1/images/(generations|edits)")).isEqualTo(1);
        assertThat(vendors.count("POST", "/v1/models/stability-ai/stable-audio-2.5/predictions")).isZero();
        assertThat(vendors.count("POST", "/v1/messages")).isEqualTo(2); // safety review and the prompt agent
        Ffprobe.Facts facts = Ffprobe.probe(dir.resolve("v3.mp4"));
        assertThat(facts.frames()).isEqualTo(450);
        assertThat(facts.videoCodec()).isEqualTo("h264");

        try (EmbeddedDb db = new EmbeddedDb(dir.resolve("home"))) {
            String v3 = picture.adId();
            // The new version's ledger is exactly its own calls: two text (each two lines), one image, one clip.
            assertThat(db.one("SELECT COUNT(*) FROM cost_ledger WHERE ad_id = ?::uuid", Long.class, v3)).isEqualTo(2L * 2 + 1 + 1);
            Map<String, Object> ad = db.rows("SELECT version, parent_ad_id, status, api_cost_cents FROM generated_ads WHERE id = ?::uuid", v3).get(0);
            assertThat(ad.get("version")).isEqualTo(3);
            assertThat(ad.get("parent_ad_id").toString()).isEqualTo(parent);
            assertThat(ad.get("status")).isEqualTo("completed");
            // One 8 s clip at $0.25/s and one image at $0.042 dominate: at least 204 cents.
            assertThat(((Number) ad.get("api_cost_cents")).longValue()).isGreaterThanOrEqualTo(204L);
        }

        // The same budget rule as any ad's: a version whose clip would pass its budget stops before the call.
        vendors.wm.resetRequests();
        System.setProperty("zapcut.costs.budget-cents", "50");
        CliRun over;
        try {
            over = CliRun.of("revise", parent, "--scene", "4", "--visual", "The bottle on a marble counter at dusk", "--out",
                    dir.resolve("v4.mp4").toString());
        } finally {
            System.clearProperty("zapcut.costs.budget-cents");
        }
        assertThat(over.exitCode()).as(over.toString()).isEqualTo(1);
        assertThat(over.err()).contains("budget of 50 cents would be exceeded");
        assertThat(vendors.count("POST", "/v1/models/google/veo-3-fast/predictions")).isZero();
        try (EmbeddedDb db = new EmbeddedDb(dir.resolve("home"))) {
            double spent = db.one("SELECT COALESCE(SUM(cost_cents), 0) FROM cost_ledger WHERE ad_id = ?::uuid", Double.class, over.adId());
            assertThat(spent).isLessThanOrEqualTo(50);
            assertThat(db.one("SELECT COUNT(*) FROM cost_reservations WHERE ad_id = ?::uuid", Long.class, over.adId())).isZero();
        }
    }
}
