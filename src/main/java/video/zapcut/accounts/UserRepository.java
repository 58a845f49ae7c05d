package video.zapcut.accounts;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {
    /** The account the command line works as; it has no password and never signs in over HTTP. */
    public static final String LOCAL_EMAIL = "local@zapcut.local";
    private final JdbcClient jdbc;

    private final int initialVideos;

    /** @param initialVideos {@code zapcut.accounts.initial-videos}: videos_remaining of a new account (the seed's free plan: 3) */
    public UserRepository(JdbcClient jdbc,
                          @org.springframework.beans.factory.annotation.Value("${zapcut.accounts.initial-videos:3}") int initialVideos) {
        this.jdbc = jdbc;
        this.initialVideos = initialVideos;
    }

    public UUID localUser() {
        return jdbc.sql("""
                INSERT INTO users (email, subscription_tier, videos_remaining, first_name)
                VALUES (:email, 'local', 0, 'Local')
                ON CONFLICT (email) DO UPDATE SET updated_at = users.updated_at
                RETURNING id""").param("email", LOCAL_EMAIL).query(UUID.class).single();
    }

    /** A built-in account's id, or empty when the (normalised) email is taken. */
    public Optional<UUID> createWithPassword(String email, String passwordHash, String firstName, String lastName,
                                             String companyName) {
        // No conflict target: the email is unique both as written and lower-cased (V2), and either
        // collision means "already registered".
        return jdbc.sql("""
                INSERT INTO users (email, password_hash, first_name, last_name, company_name, videos_remaining)
                VALUES (:email, :hash, :first, :last, :company, :videos)
                ON CONFLICT DO NOTHING
                RETURNING id""")
                .param("videos", initialVideos).param("email", email).param("hash", passwordHash).param("first", firstName)
                .param("last", lastName).param("company", companyName)
                .query(UUID.class).optional();
    }

    public Optional<Credentials> findCredentials(String email) {
        return jdbc.sql("SELECT id, email, password_hash FROM users WHERE email = :email")
                .param("email", email)
                .query((rs, n) -> new Credentials(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("password_hash")))
                .optional();
    }

    public Optional<String> findEmail(UUID id) {
        return jdbc.sql("SELECT email FROM users WHERE id = :id").param("id", id).query(String.class).optional();
    }

    public void updatePasswordHash(UUID id, String passwordHash) {
        jdbc.sql("UPDATE users SET password_hash = :hash, updated_at = NOW() WHERE id = :id")
                .param("hash", passwordHash).param("id", id).update();
    }

    public Optional<UserProfile> findProfile(UUID id) {
        return jdbc.sql("""
                SELECT id, email, first_name, last_name, company_name, subscription_tier, videos_remaining,
                       total_videos_generated
                FROM users WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new UserProfile(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("first_name"), rs.getString("last_name"), rs.getString("company_name"),
                        rs.getString("subscription_tier"), rs.getInt("videos_remaining"),
                        rs.getInt("total_videos_generated")))
                .optional();
    }

    public Optional<UUID> findByExternalSubject(String subject) {
        return jdbc.sql("SELECT id FROM users WHERE cognito_user_id = :sub").param("sub", subject)
                .query(UUID.class).optional();
    }

    /**
     * The user of an external issuer's subject, created on first sight. Concurrent first requests
     * of one subject meet at the UNIQUE constraint and both get the same row.
     */
    public UUID findOrCreateByExternalSubject(String subject, String email) {
        return jdbc.sql("""
                INSERT INTO users (email, cognito_user_id, videos_remaining)
                VALUES (:email, :sub, :videos)
                ON CONFLICT (cognito_user_id) DO UPDATE SET updated_at = users.updated_at
                RETURNING id""")
                .param("email", email).param("sub", subject).param("videos", initialVideos).query(UUID.class).single();
    }

    /** A user's id, email and password hash (null for accounts that cannot sign in with a password). */
    public record Credentials(UUID id, String email, String passwordHash) {
        @Override
        public String toString() { return "Credentials[id=" + id + "]"; }
    }
}
