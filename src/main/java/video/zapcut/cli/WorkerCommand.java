package video.zapcut.cli;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import video.zapcut.ZapcutApplication;
import video.zapcut.jobs.JobWorker;

/**
 * Runs generation workers only, no HTTP: more processes (or machines) working the same queue. They
 * must share the database ({@code DATABASE_URL}) and the blob store with the API server.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Run generation workers against the shared database (no HTTP API).")
final class WorkerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--concurrency", defaultValue = "${env:ZAPCUT_WORKER_CONCURRENCY:-1}",
            description = "Generations to run at once (default: $ZAPCUT_WORKER_CONCURRENCY, else 1).")
    int concurrency;

    @Option(names = "--metrics-port", defaultValue = "${env:ZAPCUT_METRICS_PORT:-0}",
            description = "Serve /actuator/prometheus (and /actuator/health) on this port for Prometheus "
                    + "(default: $ZAPCUT_METRICS_PORT, else none).")
    int metricsPort;

    @Override
    public Integer call() throws InterruptedException {
        if (concurrency < 1 || concurrency > 64) {
            spec.commandLine().getErr().println("zapcut: --concurrency must be between 1 and 64, not " + concurrency);
            return ExitCodes.BAD_INPUT;
        }
        if (metricsPort < 0 || metricsPort > 65535) {
            spec.commandLine().getErr().println("zapcut: --metrics-port must be between 1 and 65535 (0: none), not " + metricsPort);
            return ExitCodes.BAD_INPUT;
        }
        if (blank(System.getenv("DATABASE_URL")) && blank(System.getProperty("zapcut.database-url"))) {
            spec.commandLine().getErr().println("zapcut: a worker needs DATABASE_URL: a PostgreSQL server it shares with "
                    + "`zapcut serve` (the embedded database belongs to the one process that started it)");
            return ExitCodes.BAD_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ZapcutApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "zapcut.worker.enabled=true",
                        // JSON lines (ECS) with the request id of each request; LOGGING_STRUCTURED_FORMAT_CONSOLE overrides.
                        "logging.structured.format.console=ecs",
                        "zapcut.worker.concurrency=" + concurrency)
                .listeners(event -> {
                    if (event instanceof ContextClosedEvent) stopped.countDown();
                })
                .run();
        MetricsServer metrics = null;
        if (metricsPort > 0 && app.isActive()) {
            try {
                metrics = MetricsServer.start(metricsPort, app.getBean(PrometheusMeterRegistry.class));
            } catch (IOException e) {
                spec.commandLine().getErr().println("zapcut: cannot serve metrics on port " + metricsPort + ": " + e.getMessage());
                app.close();
                return ExitCodes.FAILED;
            }
        }
        spec.commandLine().getOut().println("Zapcut worker " + app.getBean(JobWorker.class).workerId()
                + " running " + concurrency + " generation(s) at a time; Ctrl-C stops it (running jobs finish or go back to the queue)");
        if (metrics != null) spec.commandLine().getOut().println("Metrics at http://localhost:" + metricsPort + "/actuator/prometheus");
        try {
            if (app.isActive()) stopped.await();
        } finally {
            if (metrics != null) metrics.close();
        }
        return ExitCodes.OK;
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
