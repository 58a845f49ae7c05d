package video.zapcut.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The delete outbox, one owner of {@code blob_deletions}. Callers {@link #schedule} the prefixes of
 * what they delete in the same transaction as its rows; {@link #runDue} deletes them from the store,
 * and a prefix the store would not delete (down, timing out) is tried again later with a growing
 * wait, so a store outage delays a delete and never loses it.
 */
public class BlobDeletions {
    private static final Logger log = LoggerFactory.getLogger(BlobDeletions.class);
    static final Duration FIRST_WAIT = Duration.ofSeconds(10);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(30);
    private final JdbcClient jdbc;
    private final BlobStore blobs;
    private final Clock clock;

    public BlobDeletions(JdbcClient jdbc, BlobStore blobs, Clock clock) {
        this.jdbc = jdbc;
        this.blobs = blobs;
        this.clock = clock;
    }

    /** Files the prefixes for deletion; joins the caller's transaction. */
    public void schedule(Collection<String> prefixes) {
        for (String prefix : prefixes) {
            if (prefix == null || prefix.isBlank()) throw new IllegalArgumentException("a deletion needs a non-empty prefix");
            jdbc.sql("INSERT INTO blob_deletions (prefix, next_attempt_at) VALUES (:p, :now)")
                    .param("p", prefix).param("now", clock.instant().atOffset(ZoneOffset.UTC)).update();
        }
    }

    /** Deletes up to {@code limit} due prefixes from the store; returns how many are done. Never throws for a store failure. */
    public int runDue(int limit) {
        record Due(long id, String prefix, int attempts) {}
        List<Due> due = jdbc.sql("""
                SELECT id, prefix, attempts FROM blob_deletions WHERE next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :n""")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("n", limit)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getString("prefix"), rs.getInt("attempts"))).list();
        int done = 0;
        for (Due d : due) {
            try {
                blobs.deletePrefix(d.prefix());
                jdbc.sql("DELETE FROM blob_deletions WHERE id = :id").param("id", d.id()).update();
                done++;
            } catch (RuntimeException e) {
                Duration wait = waitAfter(d.attempts() + 1);
                log.warn("could not delete {} from the store (attempt {}); trying again in {} s: {}", d.prefix(), d.attempts() + 1,
                        wait.toSeconds(), e.getMessage());
                jdbc.sql("""
                        UPDATE blob_deletions SET attempts = attempts + 1, next_attempt_at = :next, last_error = :err WHERE id = :id""")
                        .param("next", clock.instant().plus(wait).atOffset(ZoneOffset.UTC))
                        .param("err", String.valueOf(e.getMessage())).param("id", d.id()).update();
            }
        }
        return done;
    }

    /** Prefixes still waiting to be deleted. */
    public long pending() {
        return jdbc.sql("SELECT COUNT(*) FROM blob_deletions").query(Long.class).single();
    }

    /** 10 s, 20 s, 40 s ... at most 30 minutes. */
    static Duration waitAfter(int attempts) {
        Duration d = FIRST_WAIT.multipliedBy(1L << Math.min(attempts - 1, 20));
        return d.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : d;
    }
}
