package video.zapcut.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.config.ZapcutHome;
import video.zapcut.storage.s3.S3BlobStore;
import video.zapcut.storage.s3.S3Settings;

/** ZAPCUT_S3_BUCKET picks the S3 store (with the other ZAPCUT_S3_* settings); without it media stays on disk. */
class StorageConfigTest {
    @TempDir
    Path home;

    @Test
    void theBucketSettingPicksS3() {
        BlobStore store = StorageConfig.create(new ZapcutHome(home), Map.of(
                "ZAPCUT_S3_BUCKET", "zapcut-media", "ZAPCUT_S3_REGION", "eu-west-1", "ZAPCUT_S3_ENDPOINT", "http://127.0.0.1:9",
                "ZAPCUT_S3_PATH_STYLE", "true", "ZAPCUT_S3_PREFIX", "/zapcut", "ZAPCUT_S3_SSE", "aws:kms",
                "ZAPCUT_S3_KMS_KEY_ID", "alias/zapcut", "ZAPCUT_S3_LINK_TTL", "15m", "ZAPCUT_CDN_BASE_URL", "https://cdn.example.com/")::get);
        assertThat(store).isInstanceOf(S3BlobStore.class);
        try (S3BlobStore s3 = (S3BlobStore) store) {
            S3Settings s = s3.settings();
            assertThat(s.bucket()).isEqualTo("zapcut-media");
            assertThat(s.region()).isEqualTo("eu-west-1");
            assertThat(s.pathStyle()).isTrue();
            assertThat(s.prefix()).isEqualTo("zapcut/");
            assertThat(s.sse()).isEqualTo(S3Settings.Sse.KMS);
            assertThat(s.kmsKeyId()).isEqualTo("alias/zapcut");
            assertThat(s.linkTtl()).hasMinutes(15);
            assertThat(s.cdnBaseUrl()).isEqualTo("https://cdn.example.com");
            assertThat(s.multipartThreshold()).isEqualTo(16 * S3Settings.MIB);
            assertThat(s.describe()).contains("s3://zapcut-media/zapcut/");
        }
    }

    @Test
    void withoutABucketMediaStaysOnLocalDisk() {
        BlobStore store = StorageConfig.create(new ZapcutHome(home), Map.of("ZAPCUT_S3_REGION", "eu-west-1")::get);
        assertThat(store).isInstanceOf(LocalBlobStore.class);
        assertThat(((LocalBlobStore) store).root()).isEqualTo(home.resolve("blobs").toAbsolutePath().normalize());
    }

    @Test
    void defaultsAreUsEast1NoEncryptionAndAnHourLongLinks() {
        S3Settings s = S3Settings.from(Map.of("ZAPCUT_S3_BUCKET", "b")::get);
        assertThat(s.region()).isEqualTo("us-east-1");
        assertThat(s.sse()).isEqualTo(S3Settings.Sse.NONE);
        assertThat(s.prefix()).isEmpty();
        assertThat(s.linkTtl()).hasHours(1);
        assertThat(s.endpoint()).isNull();
        assertThat(s.cdnBaseUrl()).isNull();
    }
}
