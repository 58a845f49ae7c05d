package video.zapcut.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import video.zapcut.common.Json;

/**
 * Carries job progress from whichever process runs the job to whichever serves the stream, through
 * PostgreSQL's LISTEN/NOTIFY: a worker started with {@code ./zapcut worker} is another process, so an
 * in-memory bus would not reach the API's subscribers. Notifications are best effort (a subscriber
 * that connects late reads the job row, which stays the source of truth, then follows events).
 */
@Component
public class JobEventBus implements SmartLifecycle {
    static final String CHANNEL = "zapcut_job_events";
    private static final Logger log = LoggerFactory.getLogger(JobEventBus.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Map<UUID, Set<Consumer<JobEvent>>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean listening;
    private volatile boolean stopped = true;
    private Thread listener;

    public JobEventBus(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    public void publish(JobEvent event) {
        try {
            jdbc.sql("SELECT pg_notify(:c, :p)").param("c", CHANNEL).param("p", Json.write(event)).query().singleRow();
        } catch (RuntimeException e) {
            // Progress is advisory; the job row already records it. Never fail a generation over it.
            log.debug("could not publish job event: {}", e.getMessage());
        }
    }

    /** Delivers the job's events to {@code consumer} until the returned handle is closed. */
    public AutoCloseable subscribe(UUID jobId, Consumer<JobEvent> consumer) {
        ensureListening();
        subscribers.computeIfAbsent(jobId, k -> new CopyOnWriteArraySet<>()).add(consumer);
        return () -> subscribers.computeIfPresent(jobId, (k, set) -> {
            set.remove(consumer);
            return set.isEmpty() ? null : set;
        });
    }

    /** Listens from the first subscription on: a command-line run never subscribes and holds no connection for it. */
    private synchronized void ensureListening() {
        if (listener != null || stopped) return;
        running = true;
        listener = Thread.ofPlatform().daemon(true).name("job-events").start(this::listenLoop);
        awaitListening();
    }

    /** Waits briefly until LISTEN is in effect, so an event published right after subscribing is not missed. */
    private void awaitListening() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!listening && System.nanoTime() < deadline) sleepQuietly(10);
    }

    @Override
    public void start() { stopped = false; }

    @Override
    public synchronized void stop() {
        stopped = true;
        running = false;
        if (listener != null) listener.interrupt();
        listener = null;
    }

    @Override
    public boolean isRunning() { return !stopped; }

    private void listenLoop() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] batch = pg.getNotifications(500);
                    if (batch == null) continue;
                    for (PGNotification n : batch) dispatch(n.getParameter());
                }
            } catch (SQLException e) {
                listening = false;
                if (!running) return;
                log.warn("job event listener lost its connection ({}); reconnecting", e.getMessage());
                sleepQuietly(1000);
            }
        }
    }

    private void dispatch(String payload) {
        JobEvent event;
        try {
            event = Json.read(payload, JobEvent.class);
        } catch (RuntimeException e) {
            log.debug("ignoring malformed job event: {}", e.getMessage());
            return;
        }
        Set<Consumer<JobEvent>> set = subscribers.get(event.jobId());
        if (set == null) return;
        for (Consumer<JobEvent> c : set) {
            try {
                c.accept(event);
            } catch (RuntimeException e) {
                log.debug("subscriber failed: {}", e.getMessage());
            }
        }
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
