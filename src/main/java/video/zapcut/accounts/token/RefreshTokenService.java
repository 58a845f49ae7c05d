package video.zapcut.accounts.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import video.zapcut.accounts.session.SessionEndReason;
import video.zapcut.accounts.session.SessionRepository;
import video.zapcut.accounts.session.SessionRepository.LockedSession;
import video.zapcut.accounts.token.RefreshTokenRepository.StoredRefreshToken;

/**
 * Rotating refresh tokens. Every refresh spends the presented token and returns its successor in
 * the same family; a family is the refresh tokens of one session (one sign-in). Presenting a spent
 * token again means two parties hold it (one of them a thief), so the session ends, with all its
 * refresh tokens, and both must sign in again.
 *
 * <p>Everything that changes a family locks its session's row first (see {@link SessionRepository}),
 * so a refresh and a sign-out of the same session never interleave and never deadlock.
 */
public class RefreshTokenService {
    private static final Logger log = LoggerFactory.getLogger(RefreshTokenService.class);
    private final RefreshTokenRepository tokens;
    private final SessionRepository sessions;
    private final TransactionTemplate tx;
    private final Duration ttl;

    public RefreshTokenService(RefreshTokenRepository tokens, SessionRepository sessions, TransactionTemplate tx, Duration ttl) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.tx = tx;
        this.ttl = ttl;
    }

    /**
     * The first token of a session just created. Joins the caller's transaction when there is one.
     * Also deletes the user's expired tokens, and the sessions they were the last tokens of.
     */
    public String startFamily(UUID userId, UUID sessionId) {
        tokens.deleteExpired(userId);
        String token = RefreshTokenCodec.newToken();
        tokens.insert(userId, sessionId, RefreshTokenCodec.hash(token), Instant.now().plus(ttl));
        sessions.deleteWithoutRefreshTokens(userId);
        return token;
    }

    /**
     * Spends {@code presented} and returns its successor. A rejection is returned rather than
     * thrown, so the transaction commits the session's end before the caller reports it.
     */
    public Rotation rotate(String presented) {
        String hash = RefreshTokenCodec.hash(presented);
        return tx.execute(status -> {
            StoredRefreshToken found = tokens.find(hash).orElse(null);
            if (found == null) return new Rotation.Rejected("the refresh token is not recognised; sign in again");
            LockedSession session = sessions.lock(found.familyId(), found.userId()).orElse(null);
            // Read again under the session's lock: a concurrent refresh may have spent it meanwhile.
            StoredRefreshToken current = tokens.findForUpdate(hash).orElse(null);
            if (session == null || current == null) return new Rotation.Rejected("the refresh token is not recognised; sign in again");
            if (session.ended()) return new Rotation.Rejected(endedDetail(session));
            if (current.revokedAt() != null) return new Rotation.Rejected("the refresh token was revoked; sign in again");
            if (current.usedAt() != null) {
                sessions.end(session.id(), SessionEndReason.REFRESH_TOKEN_REUSED);
                int revoked = tokens.revokeFamily(session.id());
                log.warn("refresh token reused for user {}; ended session {} and revoked its {} live refresh token(s)",
                        current.userId(), session.id(), revoked);
                return new Rotation.Rejected("the refresh token was already used, so this sign-in has been revoked; sign in again");
            }
            if (!current.expiresAt().isAfter(Instant.now())) return new Rotation.Rejected("the refresh token has expired; sign in again");
            String next = RefreshTokenCodec.newToken();
            UUID nextId = tokens.insert(current.userId(), session.id(), RefreshTokenCodec.hash(next), Instant.now().plus(ttl));
            tokens.markUsed(current.id(), nextId);
            return new Rotation.Rotated(current.userId(), session.id(), next);
        });
    }

    /**
     * Ends one of the user's sessions and revokes its refresh tokens. Joins the caller's
     * transaction. Idempotent: ending a session that has already ended changes nothing.
     *
     * @return false when the user has no such session (nothing was changed)
     */
    public boolean endSession(UUID userId, UUID sessionId, SessionEndReason reason) {
        if (sessions.lock(sessionId, userId).isEmpty()) return false;
        sessions.end(sessionId, reason);
        tokens.revokeFamily(sessionId);
        return true;
    }

    /** The session a refresh token belongs to, if the token is known and is the user's. */
    public Optional<UUID> sessionOf(UUID userId, String refreshToken) {
        return tokens.find(RefreshTokenCodec.hash(refreshToken)).filter(t -> t.userId().equals(userId))
                .map(StoredRefreshToken::familyId);
    }

    private static String endedDetail(LockedSession session) {
        return session.endReason() == SessionEndReason.SIGNED_OUT
                ? "this sign-in has ended (signed out); sign in again"
                : "this sign-in was revoked because one of its refresh tokens was used twice; sign in again";
    }

    public sealed interface Rotation {
        record Rotated(UUID userId, UUID sessionId, String refreshToken) implements Rotation {
            @Override
            public String toString() { return "Rotated[userId=" + userId + ", sessionId=" + sessionId + "]"; }
        }

        record Rejected(String reason) implements Rotation {}
    }
}
