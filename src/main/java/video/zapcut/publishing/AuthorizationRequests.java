package video.zapcut.publishing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one owner of {@code oauth_states}: authorizations in flight. A state is 32 random bytes, bound
 * to the user who asked, usable once and for {@link #LIFETIME}; only its SHA-256 is stored, and the
 * PKCE verifier is sealed, so a database read alone cannot finish someone's authorization.
 */
public class AuthorizationRequests {
    public static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final TokenCipher cipher;
    private final Clock clock;

    public AuthorizationRequests(JdbcClient jdbc, TokenCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** A state handed to the browser, and the PKCE pair whose challenge goes with it. */
    public record Started(String state, Pkce pkce, Instant expiresAt) {
        @Override public String toString() { return "Started[expiresAt=" + expiresAt + "]"; }
    }

    /** What a state stood for, once it is spent. */
    public record Pending(UUID userId, Platform platform, String codeVerifier, String returnTo) {
        @Override public String toString() { return "Pending[" + userId + ", " + platform + ", returnTo=" + returnTo + "]"; }
    }

    public Started start(UUID userId, Platform platform, String returnTo) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Pkce pkce = Pkce.generate();
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        String hash = hash(state);
        // Old states of anyone are swept here: nothing else reads them once they have expired.
        jdbc.sql("DELETE FROM oauth_states WHERE expires_at < :now").param("now", now.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("""
                INSERT INTO oauth_states (state_hash, user_id, platform, code_verifier, return_to, expires_at, created_at)
                VALUES (:h, :u, :p, :v, :r, :exp, :now)""")
                .param("h", hash).param("u", userId).param("p", platform.id())
                .param("v", cipher.encrypt(pkce.verifier(), "oauth-state:" + hash)).param("r", returnTo)
                .param("exp", expires.atOffset(ZoneOffset.UTC)).param("now", now.atOffset(ZoneOffset.UTC)).update();
        return new Started(state, pkce, expires);
    }

    /**
     * Spends {@code state}: deletes it and returns what it stood for, or empty when it is unknown,
     * already spent, expired, or was issued for another platform. Concurrent spends of one state:
     * exactly one gets it (the DELETE decides).
     */
    public Optional<Pending> spend(Platform platform, String state) {
        if (state == null || state.isBlank() || state.length() > 200) return Optional.empty();
        String hash = hash(state);
        record Spent(UUID userId, String platform, String verifier, String returnTo, Instant expiresAt) {}
        return jdbc.sql("DELETE FROM oauth_states WHERE state_hash = :h RETURNING user_id, platform, code_verifier, return_to, expires_at")
                .param("h", hash)
                .query((rs, n) -> new Spent(rs.getObject("user_id", UUID.class), rs.getString("platform"), rs.getString("code_verifier"),
                        rs.getString("return_to"), rs.getTimestamp("expires_at").toInstant()))
                .optional()
                .filter(s -> s.expiresAt().isAfter(clock.instant()) && platform.id().equals(s.platform()))
                .map(s -> new Pending(s.userId(), platform, cipher.decrypt(s.verifier(), "oauth-state:" + hash), s.returnTo()));
    }

    static String hash(String state) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
