package video.zapcut.costs;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import video.zapcut.common.Json;

/**
 * Records on the ad which path produced each output: {@code "style_agent": "anthropic/claude-...:repaired"},
 * {@code "scene_3": "local (fallback: replicate failed: ...)"}. Kept in {@code generated_ads.generation_paths}.
 */
public interface Provenance {
    void record(String what, String path);

    Provenance NONE = (what, path) -> {};

    static Provenance jdbc(JdbcClient jdbc) {
        return (what, path) -> {
            CostScope.Current scope = CostScope.current();
            if (scope == null) return;
            jdbc.sql("UPDATE generated_ads SET generation_paths = COALESCE(generation_paths, '{}'::JSONB) || CAST(:p AS JSONB) WHERE id = :id")
                    .param("p", Json.write(Map.of(what, path))).param("id", scope.adId()).update();
        };
    }
}
