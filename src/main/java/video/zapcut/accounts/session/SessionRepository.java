package video.zapcut.accounts.session;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rows of {@code sessions} (V7): one per sign-in. The row is also the lock of its sign-in: whatever
 * changes the session or its refresh tokens (rotation, reuse, sign-out) locks it first, so those
 * changes happen one after the other and always in the same lock order. Callers hold the transaction.
 */
@Repository
public class SessionRepository {
    private final JdbcClient jdbc;

    public SessionRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    public UUID create(UUID userId) {
        return jdbc.sql("INSERT INTO sessions (user_id) VALUES (:user) RETURNING id")
                .param("user", userId).query(UUID.class).single();
    }

    /**
     * Whether the session exists, belongs to the user and has not ended. Asked on every authenticated
     * request, so it is one primary-key lookup, read from the database each time: another API process
     * may have ended the session a moment ago.
     */
    public boolean isLive(UUID sessionId, UUID userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM sessions WHERE id = :id AND user_id = :user AND ended_at IS NULL)")
                .param("id", sessionId).param("user", userId).query(Boolean.class).single();
    }

    /**
     * Locks the session's row until the transaction ends. Not {@code FOR UPDATE}: that would also
     * block inserting the session's next refresh token, whose foreign key takes a key-share lock.
     *
     * @return the session as it is now, or empty when there is no such session of this user
     */
    public Optional<LockedSession> lock(UUID sessionId, UUID userId) {
        return jdbc.sql("SELECT id, ended_at IS NOT NULL AS ended, end_reason FROM sessions WHERE id = :id AND user_id = :user FOR NO KEY UPDATE")
                .param("id", sessionId).param("user", userId)
                .query((rs, n) -> new LockedSession(rs.getObject("id", UUID.class), rs.getBoolean("ended"),
                        rs.getString("end_reason") == null ? null : SessionEndReason.fromColumn(rs.getString("end_reason"))))
                .optional();
    }

    /** Ends a live session; a session that has already ended keeps its first reason. */
    public boolean end(UUID sessionId, SessionEndReason reason) {
        return jdbc.sql("UPDATE sessions SET ended_at = NOW(), end_reason = :reason WHERE id = :id AND ended_at IS NULL")
                .param("id", sessionId).param("reason", reason.column()).update() == 1;
    }

    /**
     * Deletes the user's sessions that have no refresh token left (they expired and were deleted):
     * an access token never outlives the refresh token issued with it, so such a session has no
     * usable token of any kind.
     */
    public int deleteWithoutRefreshTokens(UUID userId) {
        return jdbc.sql("""
                DELETE FROM sessions s WHERE s.user_id = :user
                AND NOT EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.family_id = s.id)""")
                .param("user", userId).update();
    }

    /** @param endReason null while the session is live */
    public record LockedSession(UUID id, boolean ended, SessionEndReason endReason) {}
}
