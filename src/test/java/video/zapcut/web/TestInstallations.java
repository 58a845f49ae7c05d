package video.zapcut.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Fresh ZAPCUT_HOME folders (own embedded database, own JWT secret) for Spring contexts under test.
 * They live under target/ rather than in a JUnit temporary folder, because Spring keeps a context
 * (and its running database) cached after the test class that created it has finished. Folders
 * left by earlier test JVMs are removed on first use.
 */
public final class TestInstallations {
    private static final Path ROOT = Path.of("target", "test-installations").toAbsolutePath();
    private static final long PID = ProcessHandle.current().pid();
    private static boolean pruned;

    private TestInstallations() {}

    public static synchronized Path create(String name) {
        try {
            if (!pruned) pruneLeftovers();
            Files.createDirectories(ROOT);
            return Files.createTempDirectory(ROOT, PID + "-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pruneLeftovers() throws IOException {
        pruned = true;
        if (!Files.isDirectory(ROOT)) return;
        try (Stream<Path> homes = Files.list(ROOT)) {
            for (Path home : homes.toList()) {
                String owner = home.getFileName().toString().split("-", 2)[0];
                boolean ownerAlive = owner.matches("\\d+") && ProcessHandle.of(Long.parseLong(owner)).isPresent();
                if (!ownerAlive) deleteRecursively(home);
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
