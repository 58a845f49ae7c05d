package video.zapcut.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.testing.CliRun;
import video.zapcut.testing.Ffprobe;
import video.zapcut.testing.ProductShots;

/**
 * DATABASE_URL switches from the embedded database to a PostgreSQL server: here the one this
 * machine runs on 127.0.0.1:5432 (.ci/run starts it), in a database made for this test and dropped after.
 */
class ExternalDatabaseTest {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";
    static final String DB = "zapcut_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    @TempDir
    static Path dir;

    @BeforeAll
    static void createDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DB);
        }
        System.setProperty("zapcut.home", dir.resolve("home").toString());
        System.setProperty("zapcut.database-url", "postgres://postgres@127.0.0.1:5432/" + DB);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        System.clearProperty("zapcut.database-url");
        System.clearProperty("zapcut.home");
        try (Connection c = DriverManager.getConnection(SERVER, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
        }
    }

    @Test
    void generatesIntoTheServerAndLeavesNoEmbeddedDatabase() throws Exception {
        Path photo = ProductShots.writePng(ProductShots.luna(600), dir.resolve("luna.png"));
        Path out = dir.resolve("ad.mp4");
        CliRun run = CliRun.of("generate", "--brief", "Luna Cold Brew: calm energy for busy professionals. Shop now.",
                "--image", photo.toString(), "--duration", "15", "--aspect", "1:1", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Ffprobe.probe(out).frames()).isEqualTo(450);
        assertThat(dir.resolve("home").resolve("db")).as("no embedded database was created").doesNotExist();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DB, "postgres", "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT a.status, a.aspect_ratio, j.status, j.progress_percentage, "
                     + "jsonb_array_length(j.stages_completed) FROM generated_ads a JOIN generation_jobs j ON j.ad_id = a.id "
                     + "WHERE a.id = '" + run.adId() + "'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("completed");
            assertThat(r.getString(2)).isEqualTo("1:1");
            assertThat(r.getString(3)).isEqualTo("completed");
            assertThat(r.getInt(4)).isEqualTo(100);
            assertThat(r.getInt(5)).isEqualTo(video.zapcut.pipeline.Stage.values().length);
        }
    }
}
