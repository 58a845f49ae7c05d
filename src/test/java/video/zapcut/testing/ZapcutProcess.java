package video.zapcut.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@code ./zapcut <role>} process (serve, worker) in a JVM of its own, started from a test with the
 * test's classpath and the environment it is given; its output goes to a log file. {@link #kill()}
 * is a crash: SIGKILL to the JVM and its children (FFmpeg), nothing runs on the way out.
 */
public final class ZapcutProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path log;

    private ZapcutProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code video.zapcut.cli.Main args...} with {@code env} added to this process's environment. */
    public static ZapcutProcess start(String name, Map<String, String> env, Path log, String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "-Xmx1g",
                "video.zapcut.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        try {
            Files.createDirectories(log.getParent());
            Process p = pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
            return new ZapcutProcess(name, p, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    public String name() { return name; }

    public long pid() { return process.pid(); }

    public boolean isAlive() { return process.isAlive(); }

    /** What the process has written so far. */
    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** The last lines of the log, for assertion messages. */
    public String logTail() {
        List<String> lines = log().lines().toList();
        return name + " (pid " + pid() + "), last lines:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** SIGKILL to the process and every process it started, as a crash or an OOM killer would. */
    public void kill() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM (a graceful stop: running jobs go back to the queue), then SIGKILL if it does not end in time. */
    public void stop() throws InterruptedException {
        if (!process.isAlive()) return;
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) kill();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}
