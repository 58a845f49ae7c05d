package video.zapcut.config;

import java.nio.file.Path;

/**
 * The folder holding one installation's state: embedded database, blob store and extracted tools.
 * Taken from the {@code zapcut.home} system property, then {@code ZAPCUT_HOME}, then ~/.zapcut, so
 * two installations (or two test runs) never share state by accident.
 */
public record ZapcutHome(Path root) {
    public static ZapcutHome resolve() {
        String prop = System.getProperty("zapcut.home");
        if (prop != null && !prop.isBlank()) return new ZapcutHome(Path.of(prop).toAbsolutePath());
        String env = System.getenv("ZAPCUT_HOME");
        if (env != null && !env.isBlank()) return new ZapcutHome(Path.of(env).toAbsolutePath());
        return new ZapcutHome(Path.of(System.getProperty("user.home"), ".zapcut"));
    }

    public Path database() { return root.resolve("db"); }
    public Path postgresBinaries() { return root.resolve("pg"); }
    public Path blobs() { return root.resolve("blobs"); }
    public Path bin() { return root.resolve("bin"); }
    public Path work() { return root.resolve("work"); }
}
