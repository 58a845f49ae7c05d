package video.zapcut.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's scratch folder, {@code <home>/work/p<pid>}: where workers fetch a job's inputs and
 * make its files before they go to the blob store. Nothing in it outlives a job. When a process
 * starts it also clears what dead processes left (a crashed worker's half-made files), and nothing
 * of a live one, so two processes sharing a home (a worker beside {@code serve}) never clear each
 * other's work.
 */
public final class Scratch {
    private static final Logger log = LoggerFactory.getLogger(Scratch.class);
    private final Path dir;

    private Scratch(Path dir) { this.dir = dir; }

    /** The folder of the process with {@code pid} under {@code work}, after clearing dead processes' folders. */
    public static Scratch forProcess(Path work, long pid) {
        clearDead(work);
        Path dir = work.resolve("p" + pid);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the scratch folder " + dir, e);
        }
        return new Scratch(dir);
    }

    public static Scratch forThisProcess(ZapcutHome home) { return forProcess(home.work(), ProcessHandle.current().pid()); }

    public Path dir() { return dir; }

    /** A sub-folder for one job or export (created). */
    public Path folder(String name) {
        Path p = dir.resolve(name);
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + p, e);
        }
        return p;
    }

    /** Deletes a folder and everything in it; a failure is logged, not thrown (the next start clears it). */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | UncheckedIOException e) {
            log.warn("could not clear {}: {}", folder, e.getMessage());
        }
    }

    /** Folders of processes that are gone, and anything else left directly under {@code work} by older versions. */
    static void clearDead(Path work) {
        if (!Files.isDirectory(work)) return;
        try (Stream<Path> entries = Files.list(work)) {
            for (Path entry : entries.toList()) {
                Optional<Long> pid = pidOf(entry.getFileName().toString());
                if (pid.isPresent() && ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) continue;
                log.info("clearing scratch left by a stopped process: {}", entry);
                delete(entry);
            }
        } catch (IOException e) {
            log.warn("could not look through {}: {}", work, e.getMessage());
        }
    }

    private static Optional<Long> pidOf(String name) {
        if (!name.matches("p\\d{1,18}")) return Optional.empty();
        return Optional.of(Long.parseLong(name.substring(1)));
    }
}
