package video.zapcut.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.storage.BlobDeletions;
import video.zapcut.storage.BlobStore;
import video.zapcut.storage.LocalBlobStore;
import video.zapcut.web.ApiClient;

/**
 * The delete outbox: a store that is down delays a delete (tried again with a growing wait) and never
 * loses it; deleting a project through the API leaves nothing in the outbox when the store is up.
 */
class BlobDeletionsTest extends ProjectApiTest {
    @TempDir
    Path dir;

    /** A clock of its own, far in the past, so this test's outbox rows are the only ones due for it. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2001-01-01T00:00:00Z");
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void aDeleteWhileTheStoreIsDownIsTriedAgainUntilItIsDone() {
        LocalBlobStore disk = new LocalBlobStore(dir);
        AtomicBoolean down = new AtomicBoolean(true);
        BlobStore flaky = new Flaky(disk, down);
        TestClock clock = new TestClock();
        BlobDeletions deletions = new BlobDeletions(jdbc, flaky, clock);
        String prefix = "ads/" + UUID.randomUUID() + "/";
        disk.put(prefix + "final.mp4", new byte[] {1, 2, 3});

        deletions.schedule(List.of(prefix));
        assertThat(deletions.runDue(10)).isZero();
        Map<String, Object> row = row(prefix);
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("last_error")).contains("store unavailable");
        assertThat(disk.exists(prefix + "final.mp4")).isTrue();

        clock.now = clock.now.plusSeconds(5);
        assertThat(deletions.runDue(10)).as("not due yet: the first wait is 10 s").isZero();
        assertThat(row(prefix).get("attempts")).isEqualTo(1);
        clock.now = clock.now.plusSeconds(6);
        assertThat(deletions.runDue(10)).isZero();
        assertThat(row(prefix).get("attempts")).isEqualTo(2);

        down.set(false);
        clock.now = clock.now.plus(Duration.ofSeconds(21));
        assertThat(deletions.runDue(10)).isEqualTo(1);
        assertThat(disk.exists(prefix + "final.mp4")).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM blob_deletions WHERE prefix = :p").param("p", prefix).query(Long.class).single()).isZero();
    }

    @Test
    void deletingAProjectRemovesItsMediaAndLeavesNothingWaiting() {
        String token = newToken();
        UUID project = projectWithPhoto(token, "to delete");
        List<String> before = blobs.list("projects/" + project + "/");
        assertThat(before).isNotEmpty();

        ApiClient.Response deleted = delete("/v1/projects/" + project, token);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(blobs.list("projects/" + project + "/")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM blob_deletions WHERE prefix LIKE :p").param("p", "projects/" + project + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void deletingAFinishedAdRemovesItsMediaAndAnAdBeingMadeIsRefused() {
        String token = newToken();
        UUID project = projectWithPhoto(token, "ads");
        ApiClient.Response accepted = post("/v1/generate/video", Map.of("project_id", project.toString(), "duration_seconds", 15,
                "brief", "Luna Coffee is an organic cold brew for busy professionals."), token);
        UUID ad = UUID.fromString(accepted.json().path("ad_id").asString());
        blobs.put("ads/" + ad + "/final.mp4", new byte[] {1, 2, 3});

        ApiClient.Response busy = delete("/v1/ads/" + ad, token);
        assertProblem(busy, 409);
        assertThat(busy.json().path("detail").asString()).contains("queued").contains("cancel");
        assertThat(blobs.exists("ads/" + ad + "/final.mp4")).isTrue();

        jdbc.sql("UPDATE generated_ads SET status = 'completed', final_video_url = :u, generation_completed_at = NOW() WHERE id = :id")
                .param("u", blobs.uri("ads/" + ad + "/final.mp4")).param("id", ad).update();
        assertProblem(delete("/v1/ads/" + ad, newToken()), 404);
        assertThat(delete("/v1/ads/" + ad, token).status()).isEqualTo(204);
        assertThat(blobs.list("ads/" + ad + "/")).isEmpty();
        assertProblem(api.get("/v1/ads/" + ad, token), 404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM blob_deletions WHERE prefix = :p").param("p", "ads/" + ad + "/").query(Long.class).single())
                .isZero();
    }

    private Map<String, Object> row(String prefix) {
        return jdbc.sql("SELECT attempts, last_error FROM blob_deletions WHERE prefix = :p").param("p", prefix).query().singleRow();
    }

    /** The disk, failing every delete while {@code down}. */
    private record Flaky(LocalBlobStore disk, AtomicBoolean down) implements BlobStore {
        public void put(String key, Path file) { disk.put(key, file); }
        public void put(String key, byte[] bytes) { disk.put(key, bytes); }
        public InputStream open(String key) { return disk.open(key); }
        public boolean exists(String key) { return disk.exists(key); }
        public long size(String key) { return disk.size(key); }
        public Path localCopy(String key, Path scratch) { return disk.localCopy(key, scratch); }
        public void deletePrefix(String prefix) {
            if (down.get()) throw new IllegalStateException("store unavailable (503 SlowDown)");
            disk.deletePrefix(prefix);
        }
        public void delete(String key) { deletePrefix(key); }
        public List<String> list(String prefix) { return disk.list(prefix); }
    }
}
