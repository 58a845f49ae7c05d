package video.zapcut.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import video.zapcut.ZapcutApplication;
import video.zapcut.accounts.UserRepository;
import video.zapcut.projects.ProjectRepository;
import video.zapcut.storage.BlobStore;
import video.zapcut.storage.LocalBlobStore;
import video.zapcut.testing.CliRun;
import video.zapcut.testing.S3MockServer;

/**
 * {@code zapcut storage sweep} deletes objects whose project, ad or bible is gone and leaves the rest;
 * {@code zapcut storage migrate --to s3} copies a local store into a bucket and, run again, copies
 * only what is missing.
 */
class StorageCommandsTest {
    @TempDir
    static Path dir;
    static UUID project;

    @BeforeAll
    static void installation() {
        System.setProperty("zapcut.home", dir.resolve("home").toString());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ZapcutApplication.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off").run()) {
            UUID user = app.getBean(UserRepository.class).localUser();
            project = app.getBean(ProjectRepository.class).create(user, "kept", "Luna", null);
            BlobStore blobs = app.getBean(BlobStore.class);
            blobs.put(ProjectRepository.mediaPrefix(project) + "assets/photo.png", new byte[] {1});
            blobs.put("ads/" + UUID.randomUUID() + "/final.mp4", new byte[] {2, 2});
            blobs.put("creative_bibles/" + UUID.randomUUID() + "/hero.png", new byte[] {3});
            blobs.put("uploads/pending/" + UUID.randomUUID() + "/" + UUID.randomUUID(), new byte[] {4});
            blobs.put("notes/readme.txt", new byte[] {5});
        }
    }

    @AfterAll
    static void tearDown() { System.clearProperty("zapcut.home"); }

    @Test
    void sweepDeletesOnlyWhatNothingOwnsAndMigrateCopiesOnce() throws Exception {
        LocalBlobStore local = new LocalBlobStore(dir.resolve("home/blobs"));
        CliRun dry = CliRun.of("storage", "sweep", "--dry-run");
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("5 objects: 1 owned, 3 orphans (not deleted: --dry-run), 1 not recognised");
        assertThat(local.list("")).hasSize(5);

        CliRun swept = CliRun.of("storage", "sweep");
        assertThat(swept.out()).contains("3 orphans deleted").contains("not recognised (left alone): notes/readme.txt");
        assertThat(local.list("")).containsExactlyInAnyOrder(ProjectRepository.mediaPrefix(project) + "assets/photo.png", "notes/readme.txt");

        try (S3MockServer s3 = S3MockServer.start()) {
            String prefix = "migrated-" + UUID.randomUUID() + "/";
            System.setProperty("ZAPCUT_S3_BUCKET", S3MockServer.BUCKET);
            System.setProperty("ZAPCUT_S3_ENDPOINT", s3.endpoint.toString());
            System.setProperty("ZAPCUT_S3_PATH_STYLE", "true");
            System.setProperty("ZAPCUT_S3_PREFIX", prefix);
            System.setProperty("aws.accessKeyId", "zapcut-test-key");
            System.setProperty("aws.secretAccessKey", "zapcut-test-secret");
            try {
                CliRun first = CliRun.of("storage", "migrate", "--to", "s3");
                assertThat(first.exitCode()).as(first.toString()).isZero();
                assertThat(first.out()).contains("2 objects: 2 copied");
                CliRun again = CliRun.of("storage", "migrate", "--to", "s3");
                assertThat(again.out()).contains("2 objects: 0 copied (0 bytes), 2 already in the bucket");
                S3BlobStore bucket = new S3BlobStore(S3Settings.from(System::getProperty));
                assertThat(bucket.list("")).containsExactlyInAnyOrderElementsOf(local.list(""));
                assertThat(bucket.open("notes/readme.txt").readAllBytes()).containsExactly(5);
            } finally {
                for (String p : new String[] {"ZAPCUT_S3_BUCKET", "ZAPCUT_S3_ENDPOINT", "ZAPCUT_S3_PATH_STYLE", "ZAPCUT_S3_PREFIX",
                        "aws.accessKeyId", "aws.secretAccessKey"}) {
                    System.clearProperty(p);
                }
            }
        }
        assertThat(CliRun.of("storage", "migrate", "--to", "gcs").exitCode()).isEqualTo(2);
    }
}
