package video.zapcut.pipeline;

import java.util.UUID;

/**
 * This process no longer holds the job (its lease expired and another worker claimed it, or it was
 * cancelled and released). Writes are refused so two workers never both record the same job.
 */
public class LeaseLostException extends RuntimeException {
    public LeaseLostException(UUID jobId, String workerId) {
        super("worker " + workerId + " no longer holds job " + jobId);
    }
}
