package video.zapcut.web.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import video.zapcut.web.ApiClient;
import video.zapcut.web.projects.ProjectApiTest;

/**
 * A worker runs job after job: the heartbeat that finds a job no longer held (because it has just
 * ended) must not interrupt whatever the worker does next, and no interrupt stops the worker's loop.
 * Each job here fails at once (at its first stage) and is submitted only when the one before has
 * ended, so the worker goes idle between jobs; the heartbeat beats every few milliseconds, so it lands
 * between a job's end and the worker's idle wait again and again. Before the fix that stray interrupt
 * ended the worker's loop while it waited for work, and the next job stayed queued for ever.
 */
@TestPropertySource(properties = {"zapcut.worker.enabled=true", "zapcut.worker.heartbeat=3ms",
        "zapcut.worker.poll-interval=5ms", "zapcut.worker.max-attempts=1", "zapcut.debug.fail-at-stage=creative_bible"})
class WorkerKeepsWorkingTest extends ProjectApiTest {
    static final int JOBS = 25;

    @Test
    void manyShortJobsInARowAreAllRun() throws Exception {
        String token = newToken();
        UUID user = userIdOf(token);
        jdbc.sql("UPDATE users SET videos_remaining = 1000 WHERE id = :u").param("u", user).update();
        UUID project = projectWithPhoto(token, "one after another");
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            ApiClient.Response r = post("/v1/generate/video", Map.of("project_id", project.toString(),
                    "brief", "Luna Cold Brew: calm energy for busy professionals. Shop now.", "duration_seconds", 15), token);
            assertThat(r.status()).as(r.toString()).isEqualTo(202);
            jobs.add(r.json().path("job_id").asString());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (finished(jobs) < jobs.size() && System.nanoTime() < deadline) Thread.sleep(20);
            if (finished(jobs) < jobs.size()) {
                LiveStreams.await(new java.util.concurrent.CompletableFuture<>(), Duration.ofMillis(1)); // dumps the threads
            }
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM generation_jobs WHERE id IN (:ids) AND failed_stage = 'creative_bible'")
                .param("ids", jobs.stream().map(UUID::fromString).toList()).query(Integer.class).single()).isEqualTo(JOBS);
    }

    private int finished(List<String> jobs) {
        return jdbc.sql("SELECT COUNT(*) FROM generation_jobs WHERE id IN (:ids) AND status = 'failed'")
                .param("ids", jobs.stream().map(UUID::fromString).toList()).query(Integer.class).single();
    }
}
