package video.zapcut.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.testing.Ffprobe;
import video.zapcut.testing.ZapcutProcess;

/**
 * A worker process is killed (SIGKILL, with its FFmpeg children) in the middle of a stage. Another
 * worker process takes the job over once the dead one's lease runs out, resumes it at its first
 * unfinished stage and completes it; the stages finished before the crash are not run again. Both
 * workers share this machine's PostgreSQL server (a database made for the test) and one ZAPCUT_HOME.
 */
class CrashRecoveryTest {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private final String db = "zapcut_crash_" + UUID.randomUUID().toString().substring(0, 8);
    private String url;
    private ZapcutProcess first;
    private ZapcutProcess second;

    @TempDir
    Path home;

    @BeforeEach
    void database() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        url = "jdbc:postgresql://127.0.0.1:5432/" + db;
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (ZapcutProcess p : new ZapcutProcess[] {first, second}) if (p != null) p.close();
        try (Connection c = DriverManager.getConnection(SERVER, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
    }

    @Test
    void aKilledWorkersJobIsFinishedByAnotherWithoutRedoingFinishedStages() throws Exception {
        first = startWorker("first");
        awaitMigrated();
        UUID[] ids = insertJob();
        UUID jobId = ids[0];
        UUID adId = ids[1];

        // Kill it while composition (the longest stage) runs: every earlier stage is checkpointed.
        String killedIn = null;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (killedIn == null) {
            assertThat(System.nanoTime()).as("the first worker reaches composition").isLessThan(deadline);
            assertThat(first.isAlive()).as("the first worker is running").isTrue();
            Map<String, Object> job = row("SELECT current_stage, worker_id FROM generation_jobs WHERE id = '" + jobId + "'");
            if ("composition".equals(job.get("current_stage")) && !checkpoints(jobId).containsKey("composition")) {
                Thread.sleep(1000); // well inside the stage
                first.kill();
                killedIn = "composition";
            } else {
                Thread.sleep(100);
            }
        }
        Map<String, String> beforeCrash = checkpoints(jobId);
        assertThat(beforeCrash).doesNotContainKey("composition").containsKeys("creative_bible", "keyframes", "scene_5", "music", "continuity");
        assertThat(row("SELECT status FROM generation_jobs WHERE id = '" + jobId + "'").get("status"))
                .as("the dead worker's job still looks running until its lease runs out").isEqualTo("running");

        second = startWorker("second");
        deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!"completed".equals(row("SELECT status FROM generation_jobs WHERE id = '" + jobId + "'").get("status"))) {
            assertThat(System.nanoTime()).as("the second worker completes the job").isLessThan(deadline);
            assertThat(second.isAlive()).as("the second worker is running").isTrue();
            Thread.sleep(200);
        }

        Map<String, String> after = checkpoints(jobId);
        for (Map.Entry<String, String> e : beforeCrash.entrySet()) {
            assertThat(after.get(e.getKey())).as("stage %s finished before the crash was not run again", e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(after).containsKeys("composition", "quality");
        // The stage killed mid-way ran to completion once only, by the second worker.
        assertThat(row("SELECT c.attempts FROM stage_checkpoints c JOIN generation_jobs j ON j.ad_id = c.ad_id WHERE j.id = '" + jobId + "' AND c.stage = 'composition'").get("attempts"))
                .isEqualTo(1);
        Map<String, Object> job = row("SELECT attempts, worker_id FROM generation_jobs WHERE id = '" + jobId + "'");
        assertThat(job.get("attempts")).as("one run by each worker").isEqualTo(2);

        String video = (String) row("SELECT final_video_url FROM generated_ads WHERE id = '" + adId + "'").get("final_video_url");
        Path mp4 = home.resolve("blobs").resolve(video.substring("blob:".length()));
        assertThat(mp4).exists();
        Ffprobe.Facts facts = Ffprobe.probe(mp4);
        assertThat(facts.videoCodec()).isEqualTo("h264");
        assertThat(facts.frames()).isEqualTo(450);
        assertThat(facts.audioCodec()).isEqualTo("aac");
    }

    private ZapcutProcess startWorker(String name) {
        // A short lease so the takeover happens within seconds of the crash.
        Map<String, String> env = Map.of("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/" + db, "ZAPCUT_HOME", home.toString(),
                "ZAPCUT_WORKER_LEASE", "3s", "ZAPCUT_WORKER_HEARTBEAT", "500ms", "ZAPCUT_WORKER_POLLINTERVAL", "200ms",
                "ZAPCUT_WORKER_SHUTDOWNGRACE", "1s");
        return ZapcutProcess.start(name, env, home.resolve("worker-" + name + ".log"), "worker");
    }

    private void awaitMigrated() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            assertThat(first.isAlive()).as(first.logTail()).isTrue();
            try {
                if (row("SELECT COUNT(*) AS n FROM flyway_schema_history WHERE success").get("n") instanceof Long n && n >= 3
                        && first.log().contains("running 1 generation")) return;
            } catch (java.sql.SQLException notYet) {
                // the schema is not there yet
            }
            assertThat(System.nanoTime()).as("the worker starts").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private UUID[] insertJob() throws Exception {
        UUID user = UUID.randomUUID(), project = UUID.randomUUID(), ad = UUID.randomUUID(), job = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO users (id, email) VALUES ('" + user + "', 'crash@example.com')");
            s.execute("INSERT INTO projects (id, user_id, name) VALUES ('" + project + "', '" + user + "', 'crash')");
            s.execute("INSERT INTO generated_ads (id, project_id, user_id, brief, product_name, target_duration_seconds, aspect_ratio, seed) "
                    + "VALUES ('" + ad + "', '" + project + "', '" + user + "', 'Summit Trail Mix: real energy for hikers on long climbs. "
                    + "Pack a bag today.', 'Summit Trail Mix', 15, '16:9', 7)");
            s.execute("INSERT INTO generation_jobs (id, ad_id) VALUES ('" + job + "', '" + ad + "')");
        }
        return new UUID[] {job, ad};
    }

    /** Per finished stage: when it completed and how often its checkpoint was written (continuity may re-render one scene). */
    private Map<String, String> checkpoints(UUID jobId) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT c.stage, c.completed_at, c.attempts FROM stage_checkpoints c "
                     + "JOIN generation_jobs j ON j.ad_id = c.ad_id WHERE j.id = '" + jobId + "'")) {
            while (r.next()) out.put(r.getString(1), r.getTimestamp(2) + " x" + r.getInt(3));
        }
        return out;
    }

    private Map<String, Object> row(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            Map<String, Object> out = new HashMap<>();
            if (r.next()) for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) out.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
            return out;
        }
    }
}
