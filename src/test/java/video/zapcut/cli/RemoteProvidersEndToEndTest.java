package video.zapcut.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
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
import video.zapcut.testing.Ffprobe;
import video.zapcut.testing.ProductShots;

/**
 * Every capability on a remote provider (Anthropic agents, OpenAI images, Replicate video and music,
 * all on WireMock): a valid MP4 and a cost breakdown that is exactly the ledger of the calls made.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteProvidersEndToEndTest {
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
    @Order(1)
    void providersShowsTheConfigurationWithoutKeysAndChecksEachVendor() {
        CliRun run = CliRun.of("providers");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("text   anthropic  claude-sonnet-4-5").contains("video  replicate  google/veo-3-fast")
                .contains("key set").doesNotContain("0123456789");
        CliRun check = CliRun.of("providers", "--check");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).contains("check anthropic ok").contains("check openai    ok").contains("check replicate ok (account zapcut-test)");
    }

    @Test
    @Order(2)
    void anAdMadeEntirelyByVendorsIsValidAndItsCostsAreTheLedgers() throws Exception {
        vendors.wm.resetRequests(); // count only this generation's calls
        Path photo = ProductShots.writeJpeg(ProductShots.luna(800), dir.resolve("luna.jpg"));
        Path out = dir.resolve("remote.mp4");
        CliRun run = CliRun.of("generate", "--brief", BRIEF, "--image", photo.toString(),
                "--duration", "15", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        System.out.println(run.out());

        Ffprobe.Facts f = Ffprobe.probe(out);
        assertThat(f.videoCodec()).isEqualTo("h264");
        assertThat(f.width()).isEqualTo(1920);
        assertThat(f.height()).isEqualTo(1080);
        assertThat(f.fps()).isEqualTo(30.0);
        assertThat(f.frames()).isEqualTo(450);
        assertThat(f.audioCodec()).isEqualTo("aac");
        assertThat(f.comment()).contains("anthropic").contains("replicate");

        int texts = vendors.count("POST", "/v1/messages");
        int images = vendors.count("POST", "/v1/images/(generations|edits)");
        int clips = vendors.count("POST", "/v1/models/google/veo-3-fast/predictions");
        int songs = vendors.count("POST", "/v1/models/stability-ai/stable-audio-2.5/predictions");
        assertThat(texts).isEqualTo(4);          // style, story, safety, prompts
        assertThat(images).isGreaterThanOrEqualTo(9); // 4 references + 5 keyframes (+ a continuity redraw)
        assertThat(clips).isEqualTo(images - 4);  // one clip per keyframe drawn
        assertThat(songs).isEqualTo(1);

        try (EmbeddedDb db = new EmbeddedDb(dir.resolve("home"))) {
            Map<String, Object> ad = db.rows("SELECT * FROM generated_ads WHERE id = ?::uuid", run.adId()).get(0);
            assertThat(ad.get("status")).isEqualTo("completed");
            // Default price table: Sonnet $3/$15 per Mtok, gpt-image $0.042, veo-3-fast $0.25/s (8 s clips), stable audio $0.001/s.
            double text = texts * (FakeVendors.TEXT_IN * 300 + FakeVendors.TEXT_OUT * 1500) / 1e6;
            double image = images * 4.2;
            double video = clips * 8 * 25.0;
            double music = 15 * 0.1;
            JsonNode costs = Json.MAPPER.readTree(ad.get("cost_breakdown").toString());
            assertThat(costs.get("text").asDouble()).isCloseTo(text, within(1e-3));
            assertThat(costs.get("image").asDouble()).isCloseTo(image, within(1e-3));
            assertThat(costs.get("video").asDouble()).isCloseTo(video, within(1e-3));
            assertThat(costs.get("music").asDouble()).isCloseTo(music, within(1e-3));
            assertThat(costs.get("vendor_calls").asInt()).isEqualTo(2 * texts + images + clips + songs);
            assertThat(((Number) ad.get("api_cost_cents")).longValue()).isEqualTo((long) Math.ceil(text + image + video + music));
            assertThat(db.one("SELECT COUNT(*) FROM cost_ledger WHERE ad_id = ?::uuid", Long.class, run.adId()))
                    .isEqualTo(2L * texts + images + clips + songs);
            JsonNode paths = Json.MAPPER.readTree(ad.get("generation_paths").toString());
            for (String agent : new String[] {"style_agent", "story_agent", "safety_agent", "prompt_agent"}) {
                assertThat(paths.get(agent).asString()).as(agent).isEqualTo("anthropic/claude-sonnet-4-5");
            }
            assertThat(ad.get("suno_prompt").toString()).contains("lo-fi").contains("BPM");
        }
    }

    @Test
    @Order(3)
    void theBudgetStopsTheJobBeforeItWouldSpendPastIt() throws Exception {
        Path photo = ProductShots.writeJpeg(ProductShots.luna(800), dir.resolve("luna2.jpg"));
        System.setProperty("zapcut.costs.budget-cents", "300");
        CliRun run;
        try {
            run = CliRun.of("generate", "--brief", BRIEF, "--image", photo.toString(), "--duration", "15",
                    "--out", dir.resolve("over.mp4").toString());
        } finally {
            System.clearProperty("zapcut.costs.budget-cents");
        }
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("budget of 300 cents would be exceeded");
        try (EmbeddedDb db = new EmbeddedDb(dir.resolve("home"))) {
            double spent = db.one("SELECT COALESCE(SUM(cost_cents), 0) FROM cost_ledger WHERE ad_id = ?::uuid", Double.class, run.adId());
            assertThat(spent).isGreaterThan(0).isLessThanOrEqualTo(300);
            assertThat(db.one("SELECT api_cost_cents FROM generated_ads WHERE id = ?::uuid", Integer.class, run.adId()))
                    .isEqualTo((int) Math.ceil(spent));
            // Every call in flight was settled: nothing is left held against the budget.
            assertThat(db.one("SELECT COUNT(*) FROM cost_reservations WHERE ad_id = ?::uuid", Long.class, run.adId())).isZero();
        }
    }
}
