package video.zapcut.web.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import video.zapcut.costs.CostLedger;
import video.zapcut.costs.Units;
import video.zapcut.jobs.JobWorker;
import video.zapcut.ops.Metrics;
import video.zapcut.web.projects.ProjectApiTest;

/**
 * Every metric the alert rules and the dashboard read ({@link Metrics#EXPOSED}) is at
 * {@code /actuator/prometheus} of a just-started application, before any generation: the meters are
 * registered when it starts. Vendor spend counts what the cost ledger charges. (Same configuration as
 * {@link GenerationFlowTest}, so the two share one context: a server with its in-process worker.)
 */
@TestPropertySource(properties = {"zapcut.worker.enabled=true", "zapcut.worker.heartbeat=200ms",
        "zapcut.worker.poll-interval=100ms", "zapcut.worker.shutdown-grace=1s"})
class MetricsEndpointTest extends ProjectApiTest {
    @Autowired
    JobWorker worker;
    @Autowired
    CostLedger ledger;

    @Test
    void theMetricsTheRulesAndTheDashboardReadAreExposed() {
        assertThat(api.get("/v1/me", null).status()).isEqualTo(401); // one API request, so http_server_requests has a series
        String scrape = api.get("/actuator/prometheus", null).body();
        Set<String> names = new TreeSet<>();
        for (String line : scrape.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            names.add(line.split("[{ ]", 2)[0]);
        }
        assertThat(names).containsAll(Metrics.EXPOSED);
        assertThat(scrape)
                .contains("zapcut_generations_total{outcome=\"failed\"}")
                .contains("zapcut_worker_jobs_running{worker=\"" + worker.workerId() + "\"}")
                .contains("zapcut_vendor_spend_cents_total{capability=\"video\",provider=\"replicate\"}")
                .contains("zapcut_vendor_spend_cents_total{capability=\"text\",provider=\"anthropic\"}");
    }

    @Test
    void vendorSpendCountsWhatTheLedgerCharges() {
        String series = "zapcut_vendor_spend_cents_total{capability=\"music\",provider=\"replicate\"}";
        double before = value(api.get("/actuator/prometheus", null).body(), series);
        // A call outside any generation (as `zapcut providers --check` makes): 10 s of stable-audio at 0.1 cent/s.
        List<Units> seconds = List.of(Units.of(10, "music_second"));
        ledger.charge(ledger.reserve("music", "replicate", "stability-ai/stable-audio-2.5", seconds), seconds, "metrics-test");
        assertThat(value(api.get("/actuator/prometheus", null).body(), series)).isCloseTo(before + 1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    private static double value(String scrape, String series) {
        for (String line : scrape.split("\n")) {
            if (line.startsWith(series + " ")) return Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0]);
        }
        throw new AssertionError(series + " is not in the scrape:\n" + scrape);
    }
}
