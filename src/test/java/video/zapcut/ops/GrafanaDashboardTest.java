package video.zapcut.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboard {@code deploy/grafana/zapcut.json}: a Prometheus datasource variable that
 * every panel uses, the panels the issue asks for, and queries over metrics the application exposes.
 */
class GrafanaDashboardTest {
    private static final JsonNode DASHBOARD = JsonMapper.builder().build().readTree(Path.of("deploy/grafana/zapcut.json").toFile());

    @Test
    void hasADatasourceVariableEveryPanelUses() {
        assertThat(DASHBOARD.path("schemaVersion").asInt()).isBetween(36, 41);
        assertThat(DASHBOARD.path("uid").asString()).isEqualTo("zapcut");
        JsonNode variable = DASHBOARD.path("templating").path("list").get(0);
        assertThat(variable.path("type").asString()).isEqualTo("datasource");
        assertThat(variable.path("query").asString()).isEqualTo("prometheus");
        for (JsonNode panel : queryPanels()) {
            assertThat(panel.path("datasource").path("uid").asString()).as(panel.path("title").asString())
                    .isEqualTo("${" + variable.path("name").asString() + "}");
            assertThat(panel.path("targets")).as(panel.path("title").asString()).isNotEmpty();
        }
    }

    @Test
    void panelsQueryOnlyExposedMetrics() {
        Set<String> used = new TreeSet<>();
        for (JsonNode panel : queryPanels()) {
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asString();
                Set<String> names = Metrics.namesIn(expr);
                assertThat(names).as(panel.path("title").asString() + ": " + expr).isNotEmpty().isSubsetOf(Metrics.EXPOSED);
                used.addAll(names);
            }
        }
        // The four alerts' metrics, queue depth, jobs per worker, vendor spend and API latency.
        assertThat(used).contains("zapcut_generations_total", "zapcut_generation_duration_seconds_sum",
                "http_server_requests_seconds_count", "zapcut_generation_cost_cents_sum", "zapcut_jobs_queued",
                "zapcut_worker_jobs_running", "zapcut_vendor_spend_cents_total", "http_server_requests_seconds_bucket");
    }

    @Test
    void panelsDoNotOverlap() {
        List<int[]> boxes = new ArrayList<>();
        for (JsonNode panel : DASHBOARD.path("panels")) {
            JsonNode g = panel.path("gridPos");
            int[] box = {g.path("x").asInt(), g.path("y").asInt(), g.path("w").asInt(), g.path("h").asInt()};
            assertThat(box[0] + box[2]).as(panel.path("title").asString()).isLessThanOrEqualTo(24);
            for (int[] other : boxes) {
                boolean apart = box[0] + box[2] <= other[0] || other[0] + other[2] <= box[0]
                        || box[1] + box[3] <= other[1] || other[1] + other[3] <= box[1];
                assertThat(apart).as(panel.path("title").asString() + " overlaps another panel").isTrue();
            }
            boxes.add(box);
        }
    }

    private static List<JsonNode> queryPanels() {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : DASHBOARD.path("panels")) {
            if (!"row".equals(panel.path("type").asString())) panels.add(panel);
        }
        assertThat(panels).hasSizeGreaterThanOrEqualTo(8);
        return panels;
    }
}
