package video.zapcut.accounts;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Users' video quotas ({@code videos_remaining}) and generation totals: the one place that spends,
 * gives back and counts them. Writes join the caller's transaction. The command line's local user
 * (tier {@code local}) is not metered.
 */
@Service
public class Quotas {
    private final JdbcClient jdbc;

    public Quotas(JdbcClient jdbc) { this.jdbc = jdbc; }

    /** What spending one video did. */
    public enum Spend { SPENT, NOT_METERED, EXHAUSTED, NO_SUCH_USER }

    /** Spends one of the user's videos, locking the user's row until the caller's transaction ends. */
    public Spend spendOne(UUID userId) {
        String tier = jdbc.sql("SELECT subscription_tier FROM users WHERE id = :u FOR UPDATE").param("u", userId)
                .query(String.class).optional().orElse(null);
        if (tier == null) return Spend.NO_SUCH_USER;
        if ("local".equals(tier)) return Spend.NOT_METERED;
        int spent = jdbc.sql("""
                UPDATE users SET videos_remaining = videos_remaining - 1, updated_at = NOW()
                WHERE id = :u AND videos_remaining > 0""").param("u", userId).update();
        return spent == 1 ? Spend.SPENT : Spend.EXHAUSTED;
    }

    public String tier(UUID userId) {
        return jdbc.sql("SELECT subscription_tier FROM users WHERE id = :u").param("u", userId).query(String.class)
                .optional().orElse("unknown");
    }

    /** Gives one video back (a generation that failed for a reason not the user's). */
    public void refundOne(UUID userId) {
        jdbc.sql("UPDATE users SET videos_remaining = videos_remaining + 1, updated_at = NOW() WHERE id = :u")
                .param("u", userId).update();
    }

    /** Counts a completed generation and what it cost in the user's totals. */
    public void recordGenerated(UUID userId, long costCents) {
        jdbc.sql("""
                UPDATE users SET total_videos_generated = total_videos_generated + 1,
                    total_spend_cents = total_spend_cents + :c, updated_at = NOW() WHERE id = :u""")
                .param("c", costCents).param("u", userId).update();
    }
}
