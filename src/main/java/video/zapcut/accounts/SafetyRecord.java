package video.zapcut.accounts;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A user's safety record ({@code safety_violations}): what the safety review found in their briefs,
 * and whether that many critical findings bar them from generating.
 */
@Service
public class SafetyRecord {
    private final JdbcClient jdbc;

    public SafetyRecord(JdbcClient jdbc) { this.jdbc = jdbc; }

    /**
     * One finding.
     *
     * @param line the words it was found in, or null to record the whole input
     */
    public record Finding(String category, String severity, String line) {}

    /** @param blocked whether the findings stopped the generation, or are on record only (low severity) */
    public void record(UUID userId, UUID projectId, UUID adId, String userInput, String safeAlternative,
                       List<Finding> findings, boolean blocked) {
        for (Finding f : findings) {
            jdbc.sql("""
                    INSERT INTO safety_violations (user_id, project_id, ad_id, violation_category, severity, user_input,
                        safe_alternative, blocked) VALUES (:u, :p, :a, :c, :s, :i, :alt, :b)""")
                    .param("u", userId).param("p", projectId).param("a", adId).param("c", f.category())
                    .param("s", f.severity()).param("i", f.line() != null ? f.line() : userInput)
                    .param("alt", safeAlternative).param("b", blocked).update();
        }
    }

    public int criticalCount(UUID userId) {
        return jdbc.sql("SELECT COUNT(*) FROM safety_violations WHERE user_id = :u AND severity = 'critical'")
                .param("u", userId).query(Integer.class).single();
    }
}
