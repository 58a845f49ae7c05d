package video.zapcut.web.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import video.zapcut.jobs.JobEventBus;
import video.zapcut.jobs.JobMetrics;
import video.zapcut.jobs.JobQueue;
import video.zapcut.jobs.JobWorker;
import video.zapcut.jobs.WorkerProperties;
import video.zapcut.pipeline.GenerationRunner;
import video.zapcut.web.projects.ProjectApiTest;

/**
 * Graceful shutdown: a worker that stops while a generation runs lets it go on for the grace period,
 * then interrupts it and gives it back to the queue (attempt not counted, finished stages kept) for
 * any worker to resume. The shared API context runs no workers, so this one is made by hand.
 */
class WorkerShutdownTest extends ProjectApiTest {
    @Autowired
    JobQueue queue;
    @Autowired
    GenerationRunner runner;
    @Autowired
    JobEventBus events;
    @Autowired
    JobMetrics metrics;

    @Test
    void aStoppingWorkerReleasesItsRunningJob() throws Exception {
        String token = newToken();
        String jobId = post("/v1/generate/video", Map.of("project_id", projectWithPhoto(token, "shutdown").toString(),
                "brief", "Luna Coffee: organic cold brew for calm, focused mornings.", "duration_seconds", 30), token)
                .json().path("job_id").asString();
        jdbc.sql("UPDATE generation_jobs SET next_attempt_at = TIMESTAMPTZ '2000-01-01' WHERE id = CAST(:j AS UUID)").param("j", jobId).update();
        JobWorker worker = new JobWorker(queue, runner, events, metrics, new WorkerProperties(true, 1, Duration.ofSeconds(30),
                Duration.ofMillis(200), Duration.ofMillis(100), Duration.ofMillis(500), 3, Duration.ofSeconds(10), 10));
        worker.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (checkpoints(jobId) < 3) {
                assertThat(System.nanoTime()).isLessThan(deadline);
                Thread.sleep(50);
            }
        } finally {
            worker.stop();
        }
        Map<String, Object> job = jdbc.sql("SELECT status, attempts, worker_id FROM generation_jobs WHERE id = CAST(:j AS UUID)")
                .param("j", jobId).query().singleRow();
        assertThat(job.get("status")).isIn("queued", "completed");
        if ("queued".equals(job.get("status"))) {
            assertThat(job.get("attempts")).as("a released run does not count").isEqualTo(0);
            assertThat(job.get("worker_id")).isNull();
            assertThat(checkpoints(jobId)).as("finished stages are kept for the next worker").isGreaterThanOrEqualTo(3);
            // leave nothing running behind for other tests
            queue.requestCancel(UUID.fromString(jobId));
        }
        assertThat(worker.runningCount()).isZero();
    }

    private int checkpoints(String jobId) {
        return jdbc.sql("SELECT COUNT(*) FROM stage_checkpoints c JOIN generation_jobs j ON j.ad_id = c.ad_id WHERE j.id = CAST(:j AS UUID)").param("j", jobId)
                .query(Integer.class).single();
    }
}
