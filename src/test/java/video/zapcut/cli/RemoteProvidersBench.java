package video.zapcut.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.pipeline.Stage;
import video.zapcut.testing.CliRun;
import video.zapcut.testing.EmbeddedDb;
import video.zapcut.testing.FakeVendors;
import video.zapcut.testing.ProductShots;

/**
 * Bench (run by bench/remote-providers.sh, skipped otherwise): every capability on WireMock vendors
 * answering with the seed's latencies divided by 100. Prints the pipeline's wall time against the
 * critical path of the stage graph (each stage at its measured duration), and the scenes run in
 * parallel from their keyframes against the same scenes one after another (the seed's chain).
 */
@EnabledIfSystemProperty(named = "zapcut.bench", matches = "true")
class RemoteProvidersBench {
    /** Seed: LLM 15-30 s, 4 images 45 s, video 2-3 min a scene, music 1-2 min; all / 100. */
    static final FakeVendors.Latency SEED_OVER_100 = new FakeVendors.Latency(225, 112, 1500, 900);
    @TempDir
    static Path dir;

    record Run(Map<Stage, double[]> stages, double wall, double criticalPath, double sceneWindow, double sceneSum) {}

    @Test
    void bench() throws Exception {
        String duration = System.getProperty("zapcut.bench.duration", "15");
        try (FakeVendors vendors = new FakeVendors(SEED_OVER_100, 8, 30)) {
            System.setProperty("zapcut.home", dir.resolve("home").toString());
            vendors.properties().forEach(System::setProperty);
            try {
                Path photo = ProductShots.writeJpeg(ProductShots.luna(800), dir.resolve("luna.jpg"));
                Run parallel = generate(photo, duration, null, "parallel");
                Run chain = generate(photo, duration, "1", "sequential");
                System.out.println();
                System.out.printf(Locale.ROOT, "latencies (ms): text %d, image %d, video %d, music %d (seed / 100)%n",
                        SEED_OVER_100.text(), SEED_OVER_100.image(), SEED_OVER_100.video(), SEED_OVER_100.music());
                System.out.printf(Locale.ROOT, "end-to-end pipeline wall time  %6.2f s%n", parallel.wall());
                System.out.printf(Locale.ROOT, "critical path of stage graph   %6.2f s%n", parallel.criticalPath());
                System.out.printf(Locale.ROOT, "wall / critical path           %6.3fx  (target <= 1.15x)%n", parallel.wall() / parallel.criticalPath());
                System.out.printf(Locale.ROOT, "scenes in parallel (window)    %6.2f s%n", parallel.sceneWindow());
                System.out.printf(Locale.ROOT, "scenes one after another       %6.2f s  (parallelism 1: the seed's chain)%n", chain.sceneWindow());
                System.out.printf(Locale.ROOT, "parallel keyframe speed-up     %6.2fx%n", chain.sceneWindow() / parallel.sceneWindow());
                System.out.printf(Locale.ROOT, "whole pipeline, chain vs parallel: %.2f s vs %.2f s%n", chain.wall(), parallel.wall());
                assertThat(parallel.wall()).isPositive();
            } finally {
                vendors.properties().keySet().forEach(System::clearProperty);
                System.clearProperty("zapcut.home");
                System.clearProperty("zapcut.pipeline.parallelism");
            }
        }
    }

    static Run generate(Path photo, String duration, String parallelism, String label) throws Exception {
        if (parallelism == null) System.clearProperty("zapcut.pipeline.parallelism");
        else System.setProperty("zapcut.pipeline.parallelism", parallelism);
        CliRun run = CliRun.of("generate", "--brief", RemoteProvidersEndToEndTest.BRIEF, "--image", photo.toString(),
                "--duration", duration, "--out", dir.resolve(label + ".mp4").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Map<Stage, double[]> t = new EnumMap<>(Stage.class);
        double origin = Double.MAX_VALUE, end = 0;
        try (EmbeddedDb db = new EmbeddedDb(dir.resolve("home"))) {
            List<Map<String, Object>> rows = db.rows("SELECT c.stage, c.started_at, c.completed_at FROM stage_checkpoints c "
                    + "WHERE c.ad_id = ?::uuid", run.adId());
            for (Map<String, Object> r : rows) {
                double s = ((Timestamp) r.get("started_at")).getTime() / 1000.0, e = ((Timestamp) r.get("completed_at")).getTime() / 1000.0;
                t.put(Stage.byId((String) r.get("stage")).orElseThrow(), new double[] {s, e});
                origin = Math.min(origin, s);
                end = Math.max(end, e);
            }
        }
        // Longest path through the graph, each stage weighing its measured duration.
        Map<Stage, Double> finish = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            double ready = 0;
            for (Stage d : s.dependsOn()) ready = Math.max(ready, finish.get(d));
            finish.put(s, ready + (t.get(s)[1] - t.get(s)[0]));
        }
        double critical = finish.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double first = Double.MAX_VALUE, last = 0, sum = 0;
        for (Stage s : Stage.SCENES) {
            first = Math.min(first, t.get(s)[0]);
            last = Math.max(last, t.get(s)[1]);
            sum += t.get(s)[1] - t.get(s)[0];
        }
        System.out.printf(Locale.ROOT, "%s run: %n", label);
        for (Stage s : Stage.values()) {
            System.out.printf(Locale.ROOT, "  %-17s %6.2f -> %6.2f  (%5.2f s)%n", s.id(), t.get(s)[0] - origin, t.get(s)[1] - origin,
                    t.get(s)[1] - t.get(s)[0]);
        }
        return new Run(t, end - origin, critical, last - first, sum);
    }
}
