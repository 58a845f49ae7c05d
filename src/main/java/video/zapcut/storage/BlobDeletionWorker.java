package video.zapcut.storage;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Works through the delete outbox every few seconds in {@code serve} and {@code worker} processes. */
public class BlobDeletionWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(BlobDeletionWorker.class);
    private final BlobDeletions deletions;
    private final Duration every;
    private ScheduledExecutorService scheduler;

    public BlobDeletionWorker(BlobDeletions deletions, Duration every) {
        this.deletions = deletions;
        this.every = every;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) return;
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("blob-deletions").factory());
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                while (deletions.runDue(100) == 100) {
                    // a full batch: there may be more due
                }
            } catch (RuntimeException e) {
                log.debug("delete outbox pass failed: {}", e.toString());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler == null) return;
        scheduler.shutdownNow();
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() { return scheduler != null; }
}
