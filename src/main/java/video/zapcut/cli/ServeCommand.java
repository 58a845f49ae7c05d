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

/** Runs the HTTP API until the process is stopped (Ctrl-C or SIGTERM close the application cleanly). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "${env:PORT:-8000}",
            description = "TCP port to listen on (default: $PORT, else 8000).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 1 || port > 65535) {
            spec.commandLine().getErr().println("zapcut: --port must be between 1 and 65535, not " + port);
            return ExitCodes.BAD_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ZapcutApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties("spring.main.banner-mode=off", "server.port=" + port,
                        // In-process workers by default; zapcut.worker.enabled=false serves the API only.
                        "zapcut.worker.enabled=true",
                        // JSON lines (ECS) with the request id of each request; LOGGING_STRUCTURED_FORMAT_CONSOLE overrides.
                        "logging.structured.format.console=ecs")
                .listeners(event -> {
                    if (event instanceof ContextClosedEvent) stopped.countDown();
                })
                .run();
        spec.commandLine().getOut().println("Zapcut API listening on http://localhost:" + port + "/v1");
        // Main exits the JVM when a command returns, so wait here until the shutdown hook closes the context.
        if (app.isActive()) stopped.await();
        return ExitCodes.OK;
    }
}
