package video.zapcut.publishing;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs exports in the background, in {@code serve} and {@code worker} processes: those asked for with
 * {@code Prefer: respond-async} at once ({@link #kick}), and every few seconds whatever waits in the
 * table, which includes exports whose runner died half-way (their lease lapsed). Posting is slow I/O
 * (uploads, platform processing), so each export gets a virtual thread; at most {@code parallel} run at once.
 */
public class ExportWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ExportWorker.class);
    private final Exports exports;
    private final ExportRunner runner;
    private final Duration poll;
    private final int parallel;
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService scheduler;
    private ExecutorService threads;
    private volatile boolean started;

    public ExportWorker(Exports exports, ExportRunner runner, Duration poll, int parallel) {
        this.exports = exports;
        this.runner = runner;
        this.poll = poll;
        this.parallel = parallel;
    }

    /** Starts {@code exportId} now rather than at the next poll. */
    public void kick(UUID exportId) {
        if (started) submit(exportId);
    }

    private void submit(UUID id) {
        if (running.size() >= parallel || !running.add(id)) return;
        threads.submit(() -> {
            try {
                runner.run(id);
            } catch (RuntimeException e) {
                log.warn("export {} could not run: {}", id, e.toString());
            } finally {
                running.remove(id);
            }
        });
    }

    private void sweep() {
        try {
            for (UUID id : exports.waiting(parallel)) submit(id);
        } catch (RuntimeException e) {
            log.debug("export sweep failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (started) return;
        threads = Executors.newVirtualThreadPerTaskExecutor();
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("export-sweep").factory());
        scheduler.scheduleWithFixedDelay(this::sweep, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
        started = true;
    }

    @Override
    public synchronized void stop() {
        if (!started) return;
        started = false;
        scheduler.shutdownNow();
        // Running exports are interrupted: their checkpoints stay, their leases lapse, and the next
        // process to sweep resumes them (never posting twice: see PostOnce).
        threads.shutdownNow();
        try {
            threads.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() { return started; }
}
