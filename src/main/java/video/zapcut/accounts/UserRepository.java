package video.zapcut.accounts;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {
    /** The account the command line works as; it has no password and never signs in over HTTP. */
    public static final String LOCAL_EMAIL = "local@zapcut.local";
    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    public UUID localUser() {
        return jdbc.sql("""
                INSERT INTO users (email, subscription_tier, videos_remaining, first_name)
                VALUES (:email, 'local', 0, 'Local')
                ON CONFLICT (email) DO UPDATE SET updated_at = users.updated_at
                RETURNING id""").param("email", LOCAL_EMAIL).query(UUID.class).single();
    }
}
