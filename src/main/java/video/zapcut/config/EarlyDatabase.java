package video.zapcut.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import video.zapcut.common.Background;

/**
 * The embedded PostgreSQL started on a thread of its own before Spring is: a one-shot command spends
 * about 2.5 s building its context on one core before it asks for the database, and starting the server
 * (about 0.4 s, most of it waiting for the postmaster) can run on the other meanwhile.
 * {@link DatabaseConfig} takes the server started here for the same home, or starts one itself.
 */
public final class EarlyDatabase {
    private static final Object LOCK = new Object();
    private static ZapcutHome home;
    private static FutureTask<EmbeddedPostgres> starting;

    private EarlyDatabase() {}

    /** Starts the embedded server in the background, unless a database URL is set (then nothing is embedded). */
    public static void startInBackground() {
        if (!blank(System.getenv("DATABASE_URL")) || !blank(System.getProperty("zapcut.database-url"))) return;
        synchronized (LOCK) {
            if (starting != null) return;
            home = ZapcutHome.resolve();
            ZapcutHome h = home;
            starting = Background.start("early-database", () -> DatabaseConfig.startEmbedded(h));
        }
    }

    /** The server started early for {@code forHome}, once it is up; null when none was started for it. */
    static EmbeddedPostgres take(ZapcutHome forHome) throws IOException {
        FutureTask<EmbeddedPostgres> task;
        synchronized (LOCK) {
            if (starting == null || !forHome.equals(home)) return null;
            task = starting;
            starting = null;
            home = null;
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the embedded PostgreSQL started", e);
        }
    }

    /** Stops a server started early that nobody took (the context failed, or chose another database). */
    public static void discard() {
        FutureTask<EmbeddedPostgres> task;
        synchronized (LOCK) {
            task = starting;
            starting = null;
            home = null;
        }
        if (task == null) return;
        try {
            task.get().close();
        } catch (ExecutionException e) {
            // it never started: nothing to stop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
        }
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
