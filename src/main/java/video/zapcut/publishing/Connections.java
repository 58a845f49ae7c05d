package video.zapcut.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one owner of {@code platform_connections}: connected accounts and their tokens, sealed at rest
 * with {@link TokenCipher} (bound to the row and the token's role), handed out only as an
 * {@link AccessToken} for one call.
 *
 * <p>Refreshing takes the row's lock and reads it again first, so of two exports that find the token
 * expiring at once (in one process or in two), one refreshes and the other uses its result: X's
 * refresh tokens are single use, and the second refresh would spend a dead one. The new tokens are
 * written in that same transaction, so a crash loses neither the old pair nor the new one.
 */
public class Connections {
    private static final Logger log = LoggerFactory.getLogger(Connections.class);
    /** A token this close to expiry is refreshed before use, so it cannot run out mid-upload. */
    static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final TokenCipher cipher;
    private final Function<Platform, PlatformClient> clients;
    private final Clock clock;

    public Connections(JdbcClient jdbc, TransactionTemplate tx, TokenCipher cipher, Function<Platform, PlatformClient> clients, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.cipher = cipher;
        this.clients = clients;
        this.clock = clock;
    }

    /** An access token for one use; {@code version} says which refresh produced it. {@link #toString()} hides it. */
    public record AccessToken(String value, int version) {
        @Override public String toString() { return "AccessToken[version " + version + "]"; }
    }

    /**
     * Stores a new connection, or, when the user connects the same account again, replaces its tokens
     * (and makes it active again): one row per account.
     */
    public Connection save(UUID userId, Platform platform, PlatformAccount account, TokenGrant grant) {
        return tx.execute(status -> {
            UUID id = jdbc.sql("SELECT id FROM platform_connections WHERE user_id = :u AND platform = :p AND account_id = :a FOR UPDATE")
                    .param("u", userId).param("p", platform.id()).param("a", account.id()).query(UUID.class).optional()
                    .orElse(null);
            Instant now = clock.instant();
            if (id == null) {
                id = UUID.randomUUID();
                jdbc.sql("""
                        INSERT INTO platform_connections (id, user_id, platform, account_id, account_name, account_handle, scopes,
                          access_token, refresh_token, access_expires_at, refresh_expires_at, created_at, updated_at)
                        VALUES (:id, :u, :p, :a, :name, :handle, :scopes, :access, :refresh, :exp, :rexp, :now, :now)""")
                        .param("id", id).param("u", userId).param("p", platform.id()).param("a", account.id())
                        .param("name", account.name()).param("handle", account.handle()).param("scopes", String.join(" ", grant.scopes()))
                        .param("access", cipher.encrypt(grant.accessToken(), bound(id, "access")))
                        .param("refresh", grant.refreshToken() == null ? null : cipher.encrypt(grant.refreshToken(), bound(id, "refresh")))
                        .param("exp", at(now, grant.expiresIn())).param("rexp", at(now, grant.refreshExpiresIn())).param("now", ts(now))
                        .update();
            } else {
                writeTokens(id, grant, now, true);
                jdbc.sql("UPDATE platform_connections SET account_name = :name, account_handle = :handle, scopes = :scopes WHERE id = :id")
                        .param("name", account.name()).param("handle", account.handle()).param("scopes", String.join(" ", grant.scopes()))
                        .param("id", id).update();
            }
            return find(userId, id).orElseThrow();
        });
    }

    public List<Connection> of(UUID userId) {
        return jdbc.sql("SELECT * FROM platform_connections WHERE user_id = :u ORDER BY platform, created_at")
                .param("u", userId).query(Connections::view).list();
    }

    public Optional<Connection> find(UUID userId, UUID id) {
        return jdbc.sql("SELECT * FROM platform_connections WHERE user_id = :u AND id = :id")
                .param("u", userId).param("id", id).query(Connections::view).optional();
    }

    /** Forgets a connection (its tokens with it); false when the user has no such connection. */
    public boolean delete(UUID userId, UUID id) {
        return jdbc.sql("DELETE FROM platform_connections WHERE user_id = :u AND id = :id").param("u", userId).param("id", id).update() > 0;
    }

    /**
     * A token to call the platform with, refreshed first when it expires within {@link #REFRESH_AHEAD}.
     * Throws {@link ReconnectRequired} when the connection needs the user.
     */
    public AccessToken token(UUID connectionId) {
        Stored row = stored(connectionId, false);
        if (row.reconnect()) throw reconnect(row.platform());
        if (row.accessExpiresAt() == null || row.accessExpiresAt().isAfter(clock.instant().plus(REFRESH_AHEAD))) {
            return new AccessToken(cipher.decrypt(row.access(), bound(connectionId, "access")), row.version());
        }
        return refresh(connectionId, row.version());
    }

    /**
     * A new token after the platform refused {@code rejected} (a 401), or after it came close to
     * expiry. When another caller refreshed since {@code rejected} was handed out, its token is
     * returned and nothing is sent to the platform.
     */
    public AccessToken refresh(UUID connectionId, int rejectedVersion) {
        Object outcome = tx.execute(status -> {
            Stored row = stored(connectionId, true);
            if (row.reconnect()) return reconnect(row.platform());
            if (row.version() != rejectedVersion) {
                return new AccessToken(cipher.decrypt(row.access(), bound(connectionId, "access")), row.version());
            }
            if (row.refresh() == null) {
                markReconnect(connectionId);
                return reconnect(row.platform());
            }
            TokenGrant grant;
            try {
                grant = clients.apply(row.platform()).refresh(cipher.decrypt(row.refresh(), bound(connectionId, "refresh")));
            } catch (ReconnectRequired e) {
                markReconnect(connectionId);
                return e;
            }
            writeTokens(connectionId, grant, clock.instant(), false);
            log.info("refreshed the {} connection {}", row.platform().label(), connectionId);
            return new AccessToken(grant.accessToken(), row.version() + 1);
        });
        // Thrown after the transaction committed, so the connection stays marked for reconnecting.
        if (outcome instanceof ReconnectRequired e) throw e;
        return (AccessToken) outcome;
    }

    private void writeTokens(UUID id, TokenGrant grant, Instant now, boolean reactivate) {
        // A grant without a refresh token keeps the one we have (LinkedIn does not rotate; X always sends one).
        jdbc.sql("""
                UPDATE platform_connections SET access_token = :access,
                  refresh_token = COALESCE(CAST(:refresh AS TEXT), refresh_token), access_expires_at = :exp,
                  refresh_expires_at = CASE WHEN CAST(:refresh AS TEXT) IS NULL THEN refresh_expires_at ELSE :rexp END,
                  token_version = token_version + 1, updated_at = :now""" + (reactivate ? ", status = 'active'" : "") + " WHERE id = :id")
                .param("access", cipher.encrypt(grant.accessToken(), bound(id, "access")))
                .param("refresh", grant.refreshToken() == null ? null : cipher.encrypt(grant.refreshToken(), bound(id, "refresh")))
                .param("exp", at(now, grant.expiresIn())).param("rexp", at(now, grant.refreshExpiresIn())).param("now", ts(now))
                .param("id", id).update();
    }

    private void markReconnect(UUID id) {
        jdbc.sql("UPDATE platform_connections SET status = 'reconnect', updated_at = NOW() WHERE id = :id").param("id", id).update();
    }

    private static ReconnectRequired reconnect(Platform platform) {
        return new ReconnectRequired(platform, platform.label() + " no longer accepts this connection's sign-in; connect the account again");
    }

    private record Stored(Platform platform, String access, String refresh, Instant accessExpiresAt, int version, boolean reconnect) {}

    private Stored stored(UUID id, boolean lock) {
        return jdbc.sql("SELECT platform, access_token, refresh_token, access_expires_at, token_version, status FROM platform_connections"
                        + " WHERE id = :id" + (lock ? " FOR UPDATE" : ""))
                .param("id", id)
                .query((rs, n) -> new Stored(Platform.of(rs.getString("platform")).orElseThrow(), rs.getString("access_token"),
                        rs.getString("refresh_token"), instant(rs, "access_expires_at"), rs.getInt("token_version"),
                        Connection.RECONNECT.equals(rs.getString("status"))))
                .optional().orElseThrow(() -> new ConnectionGone(id));
    }

    /** The connection was deleted while an export meant to use it. */
    public static final class ConnectionGone extends RuntimeException {
        ConnectionGone(UUID id) { super("the connection " + id + " was removed; connect the account again"); }
    }

    static String bound(UUID id, String role) { return "connection:" + id + ":" + role; }

    private static Connection view(ResultSet rs, int n) throws SQLException {
        String scopes = rs.getString("scopes");
        return new Connection(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                Platform.of(rs.getString("platform")).orElseThrow(), rs.getString("account_id"), rs.getString("account_name"),
                rs.getString("account_handle"), scopes == null || scopes.isBlank() ? List.of() : Arrays.asList(scopes.trim().split("\\s+")),
                instant(rs, "access_expires_at"), rs.getString("status"), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime at(Instant now, Duration in) { return in == null ? null : ts(now.plus(in)); }

    private static OffsetDateTime ts(Instant i) { return i.atOffset(ZoneOffset.UTC); }
}
