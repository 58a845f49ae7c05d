package video.zapcut.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The metrics of a process without the HTTP API ({@code zapcut worker}), for Prometheus to scrape at
 * the same path as {@code serve}'s: {@code GET /actuator/prometheus}; {@code GET /actuator/health}
 * answers {@code UP} while the process runs. Nothing else is served, and no personal data is in it.
 */
final class MetricsServer implements AutoCloseable {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private final HttpServer server;

    private MetricsServer(HttpServer server) { this.server = server; }

    /** Listens on every interface at {@code port} (0: any free port; see {@link #port()}). */
    static MetricsServer start(int port, PrometheusMeterRegistry registry) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 16);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                    send(exchange, 405, "text/plain; charset=utf-8", "GET only\n");
                } else if (path.equals("/actuator/prometheus")) {
                    send(exchange, 200, CONTENT_TYPE, registry.scrape());
                } else if (path.equals("/actuator/health")) {
                    send(exchange, 200, "application/json", "{\"status\":\"UP\"}");
                } else {
                    send(exchange, 404, "text/plain; charset=utf-8", "not found\n");
                }
            }
        });
        server.start();
        return new MetricsServer(server);
    }

    int port() { return server.getAddress().getPort(); }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() { server.stop(0); }
}
