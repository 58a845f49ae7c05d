package video.zapcut.web.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import video.zapcut.web.ApiClient;
import video.zapcut.web.projects.ProjectApiTest;

/**
 * A generation whose music stage always fails (injected): the worker retries it with backoff up to
 * the attempt limit, keeps the stages that did finish, then fails it for good and gives the video
 * back; a user's retry spends it again and runs once more.
 */
@TestPropertySource(properties = {"zapcut.worker.enabled=true", "zapcut.worker.heartbeat=200ms",
        "zapcut.worker.poll-interval=100ms", "zapcut.worker.max-attempts=2", "zapcut.worker.retry-backoff=300ms",
        "zapcut.debug.fail-at-stage=music"})
class RetryFlowTest extends ProjectApiTest {

    @Test
    void aFailingStageIsRetriedThenFailsForGoodAndIsRefunded() throws Exception {
        String token = newToken();
        UUID user = userIdOf(token);
        ApiClient.Response accepted = post("/v1/generate/video", Map.of("project_id", projectWithPhoto(token, "retries").toString(),
                "brief", "Summit Trail Mix gives hikers real energy on long climbs. Pack a bag today.", "duration_seconds", 15), token);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String jobId = accepted.json().path("job_id").asString();
        assertThat(videosRemaining(user)).isEqualTo(2);

        List<LiveStreams.Event> events = LiveStreams.await(LiveStreams.sse(port, jobId, token).done(), java.time.Duration.ofMinutes(4));

        List<String> types = events.stream().filter(e -> e.name().equals("progress")).map(LiveStreams.Event::type).toList();
        // The first job_started may come before the stream is open (the snapshot covers it); the retry's must be seen.
        assertThat(types).containsSubsequence("job_retry_scheduled", "job_started", "job_failed");
        assertThat(types).filteredOn("job_retry_scheduled"::equals).hasSize(1);
        JsonNode job = api.get("/v1/generate/video/job/" + jobId, token).json();
        assertThat(job.path("status").asString()).isEqualTo("failed");
        assertThat(job.path("failed_stage").asString()).isEqualTo("music");
        assertThat(job.path("error_message").asString()).contains("injected failure at music");
        assertThat(job.path("attempts").asInt()).isEqualTo(2);
        assertThat(videosRemaining(user)).as("refunded: the failure was not the user's").isEqualTo(3);
        // the stages that finished in the first run were not run again in the second
        assertThat(jdbc.sql("SELECT MAX(c.attempts) FROM stage_checkpoints c JOIN generation_jobs j ON j.ad_id = c.ad_id WHERE j.id = CAST(:j AS UUID) AND c.stage IN ('creative_bible', 'storyboard', 'safety')")
                .param("j", jobId).query(Integer.class).single()).isEqualTo(1);

        ApiClient.Response retry = api.send(api.request("/v1/generate/video/job/" + jobId + "/retry", token)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(retry.status()).as(retry.toString()).isEqualTo(202);
        assertThat(videosRemaining(user)).as("a retry spends the video again").isEqualTo(2);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!"failed".equals(api.get("/v1/generate/video/job/" + jobId, token).json().path("status").asString())) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(api.get("/v1/generate/video/job/" + jobId, token).json().path("attempts").asInt()).isEqualTo(3);
        assertThat(videosRemaining(user)).isEqualTo(3);
    }

    private int videosRemaining(UUID user) {
        return jdbc.sql("SELECT videos_remaining FROM users WHERE id = :u").param("u", user).query(Integer.class).single();
    }
}
