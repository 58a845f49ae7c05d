package video.zapcut.web.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import video.zapcut.testing.FaultyProxy;
import video.zapcut.testing.S3MockServer;
import video.zapcut.web.ApiClient;
import video.zapcut.web.projects.ProjectApiTest;

/**
 * Generations whose S3 store misbehaves (S3Mock behind a proxy that injects the faults): a store
 * answering 503 SlowDown a few times costs the stage nothing (the S3 client retries with backoff); a
 * store that stays down fails the stage with a message naming the bucket, and the job resumes at that
 * stage once the store is back.
 */
@TestPropertySource(properties = {"zapcut.worker.enabled=true", "zapcut.worker.heartbeat=200ms",
        "zapcut.worker.poll-interval=100ms", "zapcut.worker.max-attempts=2", "zapcut.worker.retry-backoff=4s"})
class StoreFaultsTest extends ProjectApiTest {
    private static S3MockServer s3;
    private static FaultyProxy proxy;

    @DynamicPropertySource
    static void s3Store(DynamicPropertyRegistry registry) throws Exception {
        s3 = S3MockServer.start();
        proxy = new FaultyProxy(s3.endpoint);
        System.setProperty("aws.accessKeyId", S3MockServer.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3MockServer.SECRET_KEY);
        registry.add("ZAPCUT_S3_BUCKET", () -> S3MockServer.BUCKET);
        registry.add("ZAPCUT_S3_ENDPOINT", () -> proxy.endpoint().toString());
        registry.add("ZAPCUT_S3_PATH_STYLE", () -> "true");
        registry.add("ZAPCUT_S3_PREFIX", () -> "faults-" + UUID.randomUUID().toString().substring(0, 8) + "/");
    }

    @AfterAll
    static void stop() throws Exception {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        if (proxy != null) proxy.close();
        if (s3 != null) s3.close();
    }

    @Test
    void aFewSlowDownAnswersAreRetriedByTheClientAndCostTheStageNothing() throws Exception {
        String token = newToken();
        String job = order(token, "slow down");
        awaitStage(job, "creative_bible");
        int before = proxy.served503();
        proxy.answer503(3);
        awaitStatus(job, "completed");
        assertThat(proxy.served503() - before).as("503 SlowDown answers given").isEqualTo(3);
        Map<String, Object> row = jobRow(job);
        assertThat(row.get("attempts")).as("no stage failed: the S3 client's own retries absorbed the 503s").isEqualTo(1);
        assertThat(row.get("error_message")).isNull();
    }

    @Test
    void aStoreThatStaysDownFailsTheStageClearlyAndTheJobResumesWhenItIsBack() throws Exception {
        String token = newToken();
        String job = order(token, "outage");
        awaitStage(job, "creative_bible");
        proxy.down();
        Map<String, Object> failed;
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!"queued".equals((failed = jobRow(job)).get("status"))) {
                assertThat(failed.get("status")).as("the job waits for a retry, it is not given up").isEqualTo("running");
                assertThat(System.nanoTime()).as("the stage fails while the store is down").isLessThan(deadline);
                Thread.sleep(50);
            }
        } finally {
            proxy.up();
        }
        String stage = (String) failed.get("failed_stage");
        assertThat((String) failed.get("error_message")).as("the failure names the store")
                .contains("S3 ").contains("s3://" + S3MockServer.BUCKET + "/");
        Map<String, String> finished = checkpoints(job);
        assertThat(finished).as("stages finished before the outage").containsKey("creative_bible").doesNotContainKey(stage);
        ApiClient.Response status = api.get("/v1/generate/video/job/" + job, token);
        assertThat(status.json().path("error_message").asString()).contains("s3://");

        awaitStatus(job, "completed");
        assertThat(jobRow(job).get("attempts")).as("the failed run and the resumed one").isEqualTo(2);
        Map<String, String> after = checkpoints(job);
        finished.forEach((s, when) -> assertThat(after.get(s)).as("stage %s was not run again", s).isEqualTo(when));
        assertThat(after).containsKeys(stage, "composition", "quality");
    }

    private String order(String token, String name) {
        ApiClient.Response accepted = post("/v1/generate/video", Map.of("project_id", projectWithPhoto(token, name).toString(),
                "brief", "Summit Trail Mix gives hikers real energy on long climbs. Pack a bag today.", "duration_seconds", 15,
                "aspect_ratio", "16:9"), token);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        return accepted.json().path("job_id").asString();
    }

    private Map<String, Object> jobRow(String job) {
        return jdbc.sql("SELECT status, current_stage, attempts, failed_stage, error_message FROM generation_jobs WHERE id = CAST(:j AS UUID)")
                .param("j", job).query().singleRow();
    }

    /** Waits until the job runs with {@code stage} finished (so the stages after it, which read and write the store, are next). */
    private void awaitStage(String job, String stage) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        Map<String, Object> row;
        while (!("running".equals((row = jobRow(job)).get("status")) && checkpoints(job).containsKey(stage))) {
            assertThat(row.get("status")).as("job %s", row).isNotIn("failed", "cancelled", "completed");
            assertThat(System.nanoTime()).as("the job finishes %s: %s", stage, row).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private void awaitStatus(String job, String status) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        Map<String, Object> row;
        while (!status.equals((row = jobRow(job)).get("status"))) {
            assertThat(row.get("status")).as("job %s", row).isNotIn("failed", "cancelled");
            assertThat(System.nanoTime()).as("the job is %s: %s", status, row).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private Map<String, String> checkpoints(String job) {
        Map<String, String> out = new HashMap<>();
        jdbc.sql("SELECT c.stage, c.started_at, c.completed_at, c.attempts FROM stage_checkpoints c JOIN generation_jobs j ON j.ad_id = c.ad_id "
                        + "WHERE j.id = CAST(:j AS UUID)").param("j", job)
                .query((rs, n) -> out.put(rs.getString(1), rs.getTimestamp(2) + ".." + rs.getTimestamp(3) + " x" + rs.getInt(4))).list();
        return out;
    }
}
