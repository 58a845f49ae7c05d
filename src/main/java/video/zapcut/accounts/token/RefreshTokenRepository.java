package video.zapcut.accounts.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code refresh_tokens} (V2; a family is a session since V7). Callers hold the transaction. */
@Repository
public class RefreshTokenRepository {
    private final JdbcClient jdbc;

    public RefreshTokenRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    public UUID insert(UUID userId, UUID familyId, String tokenHash, Instant expiresAt) {
        return jdbc.sql("""
                INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
                VALUES (:user, :family, :hash, :expires)
                RETURNING id""")
                .param("user", userId).param("family", familyId).param("hash", tokenHash)
                .param("expires", utc(expiresAt))
                .query(UUID.class).single();
    }

    /** The token's row as it is now, without a lock: to learn its session (family) and user. */
    public Optional<StoredRefreshToken> find(String tokenHash) {
        return jdbc.sql("""
                SELECT id, user_id, family_id, expires_at, used_at, revoked_at
                FROM refresh_tokens WHERE token_hash = :hash""")
                .param("hash", tokenHash).query(RefreshTokenRepository::row).optional();
    }

    /** The token's row, locked until the transaction ends, so two refreshes with one token cannot both win. */
    public Optional<StoredRefreshToken> findForUpdate(String tokenHash) {
        return jdbc.sql("""
                SELECT id, user_id, family_id, expires_at, used_at, revoked_at
                FROM refresh_tokens WHERE token_hash = :hash FOR UPDATE""")
                .param("hash", tokenHash).query(RefreshTokenRepository::row).optional();
    }

    private static StoredRefreshToken row(ResultSet rs, int n) throws SQLException {
        return new StoredRefreshToken(rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getObject("family_id", UUID.class),
                instant(rs.getObject("expires_at", OffsetDateTime.class)),
                instant(rs.getObject("used_at", OffsetDateTime.class)),
                instant(rs.getObject("revoked_at", OffsetDateTime.class)));
    }

    public void markUsed(UUID id, UUID replacedBy) {
        jdbc.sql("UPDATE refresh_tokens SET used_at = NOW(), replaced_by = :next WHERE id = :id")
                .param("id", id).param("next", replacedBy).update();
    }

    /** @return how many of the family's tokens were still live */
    public int revokeFamily(UUID familyId) {
        return jdbc.sql("UPDATE refresh_tokens SET revoked_at = NOW() WHERE family_id = :family AND revoked_at IS NULL")
                .param("family", familyId).update();
    }

    /** Expired tokens can neither be used nor need to be recognised as reused: they are just noise. */
    public int deleteExpired(UUID userId) {
        return jdbc.sql("DELETE FROM refresh_tokens WHERE user_id = :user AND expires_at < NOW()")
                .param("user", userId).update();
    }

    private static OffsetDateTime utc(Instant instant) { return instant.atOffset(ZoneOffset.UTC); }

    private static Instant instant(OffsetDateTime time) { return time == null ? null : time.toInstant(); }

    public record StoredRefreshToken(UUID id, UUID userId, UUID familyId, Instant expiresAt, Instant usedAt,
                                     Instant revokedAt) {}
}
