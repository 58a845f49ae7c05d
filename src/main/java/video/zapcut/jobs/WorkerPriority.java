package video.zapcut.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers the CPU priority (raises the nice value) of the calling thread, so generation work yields
 * to the API's request threads on a shared machine. On Linux, nice is a per-thread attribute inherited
 * by the threads and processes a thread starts: lowering a worker's loop thread lowers its stage
 * threads and the FFmpeg encoders they run with it. Java has no call for it, so the thread finds its own
 * kernel id in /proc/thread-self and runs util-linux's renice on it (raising nice needs no privilege).
 * Where either is missing the work simply keeps its priority.
 */
public final class WorkerPriority {
    private static final Logger log = LoggerFactory.getLogger(WorkerPriority.class);

    private WorkerPriority() {}

    /** @param nice the nice value to take (1..19); 0 or less leaves the thread as it is */
    public static void lowerCurrentThread(int nice) {
        if (nice <= 0) return;
        try {
            String tid = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            Process renice = new ProcessBuilder("renice", String.valueOf(Math.min(19, nice)), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(5, TimeUnit.SECONDS) || renice.exitValue() != 0) {
                renice.destroyForcibly();
                log.warn("could not lower the worker's CPU priority (renice failed); generation competes with the API at full priority");
            }
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("could not lower the worker's CPU priority ({}); generation competes with the API at full priority", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The calling thread's nice value, from /proc/thread-self/stat (field 19); null where unreadable. */
    static Integer currentNice() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
