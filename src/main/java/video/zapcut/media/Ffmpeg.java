package video.zapcut.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Runs the FFmpeg binary. By default that is the static ffmpeg 4.4.1 shipped inside
 * {@code jave-nativebin-linux64}, extracted once into {@code <zapcut home>/bin}, so a fresh machine
 * needs no system FFmpeg; {@code ZAPCUT_FFMPEG} points at another binary.
 */
public final class Ffmpeg {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Ffmpeg.class);
    private static final String BUNDLED = "/ws/schild/jave/nativebin/ffmpeg-amd64";
    private final Path binary;

    public Ffmpeg(Path binary) { this.binary = binary; }

    public Path binary() { return binary; }

    /** Finds or extracts the bundled binary into {@code binDir}. */
    public static Ffmpeg locate(Path binDir) {
        String override = System.getenv("ZAPCUT_FFMPEG");
        if (override != null && !override.isBlank()) return new Ffmpeg(Path.of(override));
        Path target = binDir.resolve("ffmpeg-4.4.1-amd64");
        if (Files.isExecutable(target)) return new Ffmpeg(target);
        try (InputStream in = Ffmpeg.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new MediaException("bundled ffmpeg not found on the classpath (" + BUNDLED + ")");
            Files.createDirectories(binDir);
            Path tmp = Files.createTempFile(binDir, "ffmpeg", ".part");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Ffmpeg(target);
        } catch (IOException e) {
            throw new MediaException("cannot extract bundled ffmpeg to " + binDir + ": " + e.getMessage(), e);
        }
    }

    /** Runs ffmpeg with {@code args}; returns its stderr (where ffmpeg logs). Throws on non-zero exit. */
    public String run(List<String> args) {
        return run(args, 30, TimeUnit.MINUTES);
    }

    private static final Executor STDERR_READERS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("ffmpeg-stderr-", 0).factory());

    /**
     * As {@link #run(List)}, telling {@code framesDone} how many frames of the first video output are
     * done, each time FFmpeg writes its {@code -progress} report on stdout: at most twice a second, and
     * only between two runs of its filter graph, so a graph with a sparse output reports less often
     * (the composition's one sampled frame per 3 s of video: one report per 3 s of video).
     */
    public String run(List<String> args, IntConsumer framesDone) {
        Result r = exec(args, 30, TimeUnit.MINUTES, Objects.requireNonNull(framesDone));
        if (r.exitCode() != 0) {
            throw new MediaException("ffmpeg failed (exit " + r.exitCode() + "): " + tail(r.stderr(), 1500));
        }
        return r.stderr();
    }

    public String run(List<String> args, long timeout, TimeUnit unit) {
        Result r = exec(args, timeout, unit);
        if (r.exitCode() != 0) {
            throw new MediaException("ffmpeg failed (exit " + r.exitCode() + "): " + tail(r.stderr(), 1500));
        }
        return r.stderr();
    }

    /** Runs ffmpeg and returns its exit code and stderr without judging them (probing exits 1 by design). */
    public Result exec(List<String> args, long timeout, TimeUnit unit) { return exec(args, timeout, unit, null); }

    private Result exec(List<String> args, long timeout, TimeUnit unit, IntConsumer framesDone) {
        List<String> cmd = new ArrayList<>();
        cmd.add(binary.toString());
        cmd.add("-hide_banner");
        cmd.add("-nostdin");
        // Machine-readable progress (key=value blocks, at most every half second) on stdout, which is free:
        // FFmpeg's outputs here are always files.
        if (framesDone != null) cmd.addAll(List.of("-progress", "pipe:1"));
        cmd.addAll(args);
        if (log.isDebugEnabled()) log.debug("running {}", String.join(" ", cmd));
        long started = System.nanoTime();
        try {
            ProcessBuilder builder = new ProcessBuilder(cmd);
            if (framesDone == null) builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Process p = builder.start();
            // stderr is drained on its own thread so this one can wait interruptibly: a cancelled
            // job interrupts its stage threads, and the encode must stop then, not when it is done.
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()), STDERR_READERS);
            CompletableFuture<Void> progress = framesDone == null ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> FfmpegProgress.follow(p.getInputStream(), framesDone), STDERR_READERS);
            try {
                if (!p.waitFor(timeout, unit)) {
                    p.destroyForcibly();
                    throw new MediaException("ffmpeg timed out after " + timeout + " " + unit);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new MediaException("interrupted while running ffmpeg", e);
            }
            if (log.isDebugEnabled()) log.debug("ffmpeg took {} ms", (System.nanoTime() - started) / 1_000_000);
            progress.join();
            return new Result(p.exitValue(), new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MediaException("cannot run ffmpeg at " + binary + ": " + e.getMessage(), e);
        }
    }

    private static byte[] drain(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return ("(stderr unreadable: " + e.getMessage() + ")").getBytes(StandardCharsets.UTF_8);
        }
    }

    public record Result(int exitCode, String stderr) {}

    static String tail(String s, int max) {
        return s.length() <= max ? s.strip() : "..." + s.substring(s.length() - max).strip();
    }
}
