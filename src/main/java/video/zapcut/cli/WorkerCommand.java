package video.zapcut.cli;

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

    @Override
    public Integer call() throws InterruptedException {
        if (concurrency < 1 || concurrency > 64) {
            spec.commandLine().getErr().println("zapcut: --concurrency must be between 1 and 64, not " + concurrency);
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
        spec.commandLine().getOut().println("Zapcut worker " + app.getBean(JobWorker.class).workerId()
                + " running " + concurrency + " generation(s) at a time; Ctrl-C stops it (running jobs finish or go back to the queue)");
        if (app.isActive()) stopped.await();
        return ExitCodes.OK;
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
