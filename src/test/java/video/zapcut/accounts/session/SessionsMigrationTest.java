package video.zapcut.accounts.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import video.zapcut.accounts.token.RefreshTokenCodec;
import video.zapcut.web.ApiTest;

/**
 * V7 on a database that already has sign-ins: every refresh-token family becomes a session (ended
 * when it had been revoked), so refresh tokens issued before the migration keep working. Runs the
 * migrations into a schema of its own in the test database, stopping at V5 to write the old rows.
 */
class SessionsMigrationTest extends ApiTest {
    @Autowired
    DataSource dataSource;

    private Flyway flyway(String schema, String target) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration")
                .target(target).load();
    }

    @Test
    void existingRefreshTokenFamiliesBecomeSessions() {
        String schema = "v7_" + UUID.randomUUID().toString().replace("-", "");
        JdbcClient db = JdbcClient.create(dataSource);
        try {
            flyway(schema, "5").migrate();
            UUID user = UUID.randomUUID();
            UUID live = UUID.randomUUID();
            UUID revoked = UUID.randomUUID();
            db.sql("INSERT INTO " + schema + ".users (id, email) VALUES (:id, :email)")
                    .param("id", user).param("email", uniqueEmail()).update();
            insertToken(db, schema, user, live, "a", "NULL", "NOW() - INTERVAL '2 days'");
            insertToken(db, schema, user, live, "b", "NULL", "NOW() - INTERVAL '1 day'");
            insertToken(db, schema, user, revoked, "c", "NOW()", "NOW() - INTERVAL '3 days'");

            flyway(schema, "latest").migrate();

            List<Map<String, Object>> sessions = db.sql("SELECT id, user_id, end_reason, ended_at IS NOT NULL AS ended, "
                    + "created_at < NOW() - INTERVAL '47 hours' AS from_first_token FROM " + schema + ".sessions ORDER BY ended")
                    .query().listOfRows();
            assertThat(sessions).hasSize(2);
            assertThat(sessions.get(0)).containsEntry("id", live).containsEntry("user_id", user).containsEntry("ended", false)
                    .containsEntry("end_reason", null).containsEntry("from_first_token", true);
            assertThat(sessions.get(1)).containsEntry("id", revoked).containsEntry("ended", true)
                    .containsEntry("end_reason", "refresh_token_reused");
            // The family now belongs to its session: deleting the session takes its tokens along.
            db.sql("DELETE FROM " + schema + ".sessions WHERE id = :id").param("id", live).update();
            assertThat(db.sql("SELECT COUNT(*) FROM " + schema + ".refresh_tokens").query(Long.class).single()).isEqualTo(1);
        } finally {
            db.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
        }
    }

    private static void insertToken(JdbcClient db, String schema, UUID user, UUID family, String seed, String revokedAt,
                                    String createdAt) {
        db.sql("INSERT INTO " + schema + ".refresh_tokens (user_id, family_id, token_hash, created_at, expires_at, revoked_at) "
                        + "VALUES (:u, :f, :h, " + createdAt + ", NOW() + INTERVAL '20 days', " + revokedAt + ")")
                .param("u", user).param("f", family).param("h", RefreshTokenCodec.hash(seed)).update();
    }
}
