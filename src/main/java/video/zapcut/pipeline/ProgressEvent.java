package video.zapcut.pipeline;

import java.util.UUID;

/**
 * A change in a job's progress, pushed to listeners as it happens (the command line's progress
 * line now, live streams later). The job row remains the source of truth.
 */
public record ProgressEvent(UUID jobId, UUID adId, Type type, String stage, int percent, Integer etaSeconds, String message) {
    public enum Type {
        JOB_STARTED, STAGE_STARTED,
        /** a running stage got further (composition: frames encoded); percent and ETA moved, nothing else */
        STAGE_PROGRESS,
        STAGE_COMPLETED, JOB_COMPLETED, JOB_FAILED,
        /** the run failed and the job went back to the queue for another attempt */
        JOB_RETRY_SCHEDULED,
        JOB_CANCELLED;

        public boolean terminal() { return this == JOB_COMPLETED || this == JOB_FAILED || this == JOB_CANCELLED; }
    }
}
