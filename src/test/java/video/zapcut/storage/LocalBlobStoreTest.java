package video.zapcut.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store: keys stay inside its folder, listing skips puts in progress, deletes are quiet about missing blobs. */
class LocalBlobStoreTest {
    @TempDir
    Path dir;

    @Test
    void blobsRoundTripAndAreListedByPrefixWithoutPutsInProgress() throws Exception {
        LocalBlobStore store = new LocalBlobStore(dir);
        store.put("ads/a/final.mp4", "video".getBytes(StandardCharsets.UTF_8));
        store.put("ads/a/thumb.jpg", "jpg".getBytes(StandardCharsets.UTF_8));
        store.put("uploads/p/photo.png", "png".getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("ads/a/.put123.tmp"), "half");

        assertThat(store.list("ads/")).containsExactly("ads/a/final.mp4", "ads/a/thumb.jpg");
        assertThat(store.list("")).hasSize(3);
        assertThat(new String(store.open("ads/a/final.mp4").readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("video");
        assertThat(store.size("ads/a/thumb.jpg")).isEqualTo(3);

        store.delete("ads/a/final.mp4");
        store.delete("ads/a/never-was.mp4");
        assertThat(store.exists("ads/a/final.mp4")).isFalse();
        assertThat(store.list("ads/")).containsExactly("ads/a/thumb.jpg");
    }

    @Test
    void keysCannotEscapeTheFolderAndTheApiServesItsFiles() {
        LocalBlobStore store = new LocalBlobStore(dir);
        assertThatThrownBy(() -> store.put("../outside", new byte[1])).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.directLink("ads/a/final.mp4", Duration.ofHours(1), "video/mp4", null)).isEmpty();
        assertThat(store.uploadLink("uploads/p/x.png", "image/png", Duration.ofMinutes(10))).isEmpty();
    }
}
