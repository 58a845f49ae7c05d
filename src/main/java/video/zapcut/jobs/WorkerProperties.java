package video.zapcut.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zapcut.worker.*}: the in-process generation workers.
 *
 * @param enabled       whether this process runs workers (true for {@code serve} and {@code worker})
 * @param concurrency   generations this process runs at once (each already uses every core for its stages)
 * @param lease         how long a claim lasts without a heartbeat; a dead worker's job is taken over after it
 * @param heartbeat     how often leases are renewed; also how soon a cancel request is seen
 * @param pollInterval  how often an idle worker looks for work
 * @param shutdownGrace how long a stopping worker lets running generations finish before releasing them
 * @param maxAttempts   runs per job in all (the seed: 3)
 * @param retryBackoff  wait before the second run; doubled for each further one
 * @param nice          the nice value generation work runs at (0: as the process), so the API answers promptly
 *                      while generations share its machine
 */
@ConfigurationProperties("zapcut.worker")
public record WorkerProperties(@DefaultValue("false") boolean enabled,
                               @DefaultValue("1") int concurrency,
                               @DefaultValue("30s") Duration lease,
                               @DefaultValue("1s") Duration heartbeat,
                               @DefaultValue("500ms") Duration pollInterval,
                               @DefaultValue("30s") Duration shutdownGrace,
                               @DefaultValue("3") int maxAttempts,
                               @DefaultValue("10s") Duration retryBackoff,
                               @DefaultValue("10") int nice) {
    public WorkerProperties {
        if (concurrency < 1) throw new IllegalArgumentException("zapcut.worker.concurrency must be at least 1");
        if (maxAttempts < 1 || maxAttempts > 10) throw new IllegalArgumentException("zapcut.worker.max-attempts must be 1..10");
        if (nice < 0 || nice > 19) throw new IllegalArgumentException("zapcut.worker.nice must be 0..19 (0: the process's own priority)");
        if (heartbeat.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("zapcut.worker.heartbeat (" + heartbeat + ") must be shorter than the lease (" + lease + ")");
        }
    }
}
