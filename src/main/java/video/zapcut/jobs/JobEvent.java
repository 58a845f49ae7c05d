package video.zapcut.jobs;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.pipeline.ProgressEvent;

/**
 * A progress event as live streams send it: {@code type} is job_started, stage_started,
 * stage_progress (a running stage got further: percent and ETA), stage_completed, job_completed,
 * job_failed, job_retry_scheduled or job_cancelled.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JobEvent(UUID jobId, UUID adId, String type, String stage, int progressPercentage,
                       Integer estimatedRemainingSeconds, String message, Instant at) {

    public static JobEvent of(ProgressEvent e) {
        return new JobEvent(e.jobId(), e.adId(), e.type().name().toLowerCase(Locale.ROOT), e.stage(), e.percent(),
                e.etaSeconds(), e.message(), Instant.now());
    }

    public boolean terminal() {
        return type.equals("job_completed") || type.equals("job_failed") || type.equals("job_cancelled");
    }
}
