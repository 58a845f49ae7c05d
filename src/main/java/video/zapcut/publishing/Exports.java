package video.zapcut.publishing;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one owner of {@code ad_exports}: each request to post an ad and its checkpoints (the platform's
 * upload, the moment the post was sent, the post), so a retry resumes where the last attempt stopped.
 * A runner holds an export by a lease it renews with every progress write; an export whose lease
 * lapsed (its runner died) can be claimed again.
 */
public class Exports {
    /** How long a claim lasts without a progress write; uploads and polls write far more often. */
    static final Duration LEASE = Duration.ofMinutes(2);
    private final JdbcClient jdbc;
    private final Clock clock;

    public Exports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The new row's fields. */
    public record NewExport(UUID userId, UUID adId, Connection connection, String caption, String visibility, String idempotencyKey,
                            String requestHash) {}

    /**
     * Inserts the export; with an idempotency key the user already used, inserts nothing and returns
     * the first export under that key (the caller compares request hashes).
     */
    public Export create(NewExport e) {
        UUID id = UUID.randomUUID();
        Connection c = e.connection();
        int inserted = jdbc.sql("""
                INSERT INTO ad_exports (id, user_id, ad_id, connection_id, platform, account_id, account_name, account_handle,
                  caption, visibility, idempotency_key, request_hash, status, created_at, updated_at)
                VALUES (:id, :u, :ad, :c, :p, :acc, :name, :handle, :caption, :vis, :key, :hash, 'queued', :now, :now)
                ON CONFLICT (user_id, idempotency_key) DO NOTHING""")
                .param("id", id).param("u", e.userId()).param("ad", e.adId()).param("c", c.id()).param("p", c.platform().id())
                .param("acc", c.accountId()).param("name", c.name()).param("handle", c.handle()).param("caption", e.caption())
                .param("vis", e.visibility()).param("key", e.idempotencyKey()).param("hash", e.requestHash()).param("now", now())
                .update();
        if (inserted == 1) return find(id).orElseThrow();
        return jdbc.sql("SELECT * FROM ad_exports WHERE user_id = :u AND idempotency_key = :k")
                .param("u", e.userId()).param("k", e.idempotencyKey()).query(Exports::row).single();
    }

    public Optional<Export> find(UUID id) {
        return jdbc.sql("SELECT * FROM ad_exports WHERE id = :id").param("id", id).query(Exports::row).optional();
    }

    public Optional<Export> forOwner(UUID userId, UUID id) {
        return jdbc.sql("SELECT * FROM ad_exports WHERE id = :id AND user_id = :u").param("id", id).param("u", userId)
                .query(Exports::row).optional();
    }

    /** The ad's exports, newest first. */
    public List<Export> ofAd(UUID userId, UUID adId) {
        return jdbc.sql("SELECT * FROM ad_exports WHERE ad_id = :ad AND user_id = :u ORDER BY created_at DESC, id")
                .param("ad", adId).param("u", userId).query(Exports::row).list();
    }

    /**
     * Takes the export for {@code owner}: when it is queued, or running under a lapsed lease. Returns
     * it as claimed, or empty when someone else holds it or it is finished.
     */
    public Optional<Export> claim(UUID id, String owner) {
        int n = jdbc.sql("""
                UPDATE ad_exports SET status = 'running', lease_owner = :o, lease_until = :until, attempts = attempts + 1,
                  error_code = NULL, error_detail = NULL, updated_at = :now
                WHERE id = :id AND (status = 'queued' OR (status = 'running' AND lease_until < :now))""")
                .param("o", owner).param("until", at(LEASE)).param("now", now()).param("id", id).update();
        return n == 1 ? find(id) : Optional.empty();
    }

    /** Exports waiting for a runner: queued, or running under a lapsed lease. Oldest first. */
    public List<UUID> waiting(int limit) {
        return jdbc.sql("""
                SELECT id FROM ad_exports WHERE status = 'queued' OR (status = 'running' AND lease_until < :now)
                ORDER BY created_at LIMIT :n""").param("now", now()).param("n", limit).query(UUID.class).list();
    }

    /** Where the export is; renews the lease. */
    public void progress(UUID id, String owner, String step, int percent) {
        jdbc.sql("""
                UPDATE ad_exports SET step = :step, progress = GREATEST(progress, :pct), lease_until = :until, updated_at = :now
                WHERE id = :id AND lease_owner = :o AND status = 'running'""")
                .param("step", step).param("pct", Math.max(0, Math.min(100, percent))).param("until", at(LEASE)).param("now", now())
                .param("id", id).param("o", owner).update();
    }

    /**
     * Renews {@code owner}'s lease; false when it no longer holds the export (its lease lapsed and
     * another runner took it), in which case it must stop without writing anything more.
     */
    public boolean renew(UUID id, String owner) {
        return jdbc.sql("UPDATE ad_exports SET lease_until = :until WHERE id = :id AND lease_owner = :o AND status = 'running'")
                .param("until", at(LEASE)).param("id", id).param("o", owner).update() == 1;
    }

    public void mediaUploaded(UUID id, String owner, UploadedMedia media) {
        held(jdbc.sql("UPDATE ad_exports SET media_id = :m, media_key = :k, media_expires_at = :exp, updated_at = :now WHERE id = :id"
                        + HELD)
                .param("m", media.id()).param("k", media.key())
                .param("exp", media.expiresAt() == null ? null : media.expiresAt().atOffset(ZoneOffset.UTC)).param("now", now())
                .param("id", id).param("o", owner).update(), id);
    }

    /**
     * Written before the post is sent, and only while {@code owner} still holds the export (so two
     * runners never both post): from here on, a resumed export asks the platform before posting.
     */
    public void postAttempted(UUID id, String owner) {
        held(jdbc.sql("UPDATE ad_exports SET post_attempted_at = COALESCE(post_attempted_at, :now), lease_until = :until, updated_at = :now"
                        + " WHERE id = :id" + HELD)
                .param("now", now()).param("until", at(LEASE)).param("id", id).param("o", owner).update(), id);
    }

    public void succeeded(UUID id, String owner, PublishedPost post) {
        held(jdbc.sql("""
                UPDATE ad_exports SET status = 'succeeded', step = NULL, progress = 100, post_id = :pid, post_url = :url,
                  posted_at = :now, lease_owner = NULL, lease_until = NULL, error_code = NULL, error_detail = NULL, updated_at = :now
                WHERE id = :id""" + HELD)
                .param("pid", post.id()).param("url", post.url().toString()).param("now", now()).param("id", id).param("o", owner).update(), id);
    }

    public void failed(UUID id, String owner, String code, String detail) {
        held(jdbc.sql("""
                UPDATE ad_exports SET status = 'failed', step = NULL, error_code = :code, error_detail = :detail,
                  lease_owner = NULL, lease_until = NULL, updated_at = :now WHERE id = :id""" + HELD)
                .param("code", code).param("detail", detail).param("now", now()).param("id", id).param("o", owner).update(), id);
    }

    private static final String HELD = " AND lease_owner = :o AND status = 'running'";

    private static void held(int updated, UUID id) {
        if (updated != 1) throw new LeaseLost(id);
    }

    /** The runner's lease lapsed and another took the export over: this runner stops and writes nothing more. */
    public static final class LeaseLost extends RuntimeException {
        LeaseLost(UUID id) { super("the export " + id + " was taken over by another runner"); }
    }

    private OffsetDateTime now() { return clock.instant().atOffset(ZoneOffset.UTC); }

    private OffsetDateTime at(Duration from) { return clock.instant().plus(from).atOffset(ZoneOffset.UTC); }

    private static Export row(ResultSet rs, int n) throws SQLException {
        String url = rs.getString("post_url");
        return new Export(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getObject("ad_id", UUID.class),
                rs.getObject("connection_id", UUID.class), Platform.of(rs.getString("platform")).orElseThrow(), rs.getString("account_id"),
                rs.getString("account_name"), rs.getString("account_handle"), rs.getString("caption"), rs.getString("visibility"),
                rs.getString("idempotency_key"), rs.getString("request_hash"), rs.getString("status"), rs.getString("step"),
                rs.getInt("progress"), rs.getInt("attempts"), rs.getString("media_id"), rs.getString("media_key"),
                instant(rs, "media_expires_at"), instant(rs, "post_attempted_at"), rs.getString("post_id"),
                url == null ? null : URI.create(url), instant(rs, "posted_at"), rs.getString("error_code"), rs.getString("error_detail"),
                instant(rs, "lease_until"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
