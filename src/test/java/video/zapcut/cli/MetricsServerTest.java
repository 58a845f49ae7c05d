package video.zapcut.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A worker process's metrics endpoint: Prometheus's text format at the path {@code serve} uses. */
class MetricsServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void servesTheRegistryAtActuatorPrometheus() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        AtomicInteger running = new AtomicInteger(2);
        Gauge.builder("zapcut.worker.jobs.running", running, AtomicInteger::get).tag("worker", "host-1-abc").register(registry);
        try (MetricsServer server = MetricsServer.start(0, registry)) {
            HttpResponse<String> scrape = get(server, "/actuator/prometheus");
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("Content-Type")).hasValue(MetricsServer.CONTENT_TYPE);
            assertThat(scrape.body()).contains("zapcut_worker_jobs_running{worker=\"host-1-abc\"} 2");
            assertThat(get(server, "/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(get(server, "/v1/projects").statusCode()).isEqualTo(404);
        }
    }

    private static HttpResponse<String> get(MetricsServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
