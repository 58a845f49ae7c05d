package video.zapcut.web.generate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.common.Json;
import video.zapcut.ads.AdDelivery;
import video.zapcut.jobs.JobView;

/**
 * GET /v1/generate/video/job/{job_id}: the seed's progress shape while the job runs, with the
 * completed shape's fields (video_url, thumbnail_url, ...) once it is done; fields without a value
 * are left out. Beyond the seed: failed_stage, error_message, attempts, next_attempt_at (a retry is
 * scheduled) and cancel_requested.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobStatusResponse(UUID jobId, UUID adId, String status, String currentStage, int progressPercentage,
                                Integer estimatedRemainingSeconds, JsonNode stagesCompleted, String failedStage,
                                String errorMessage, int attempts, OffsetDateTime nextAttemptAt, Boolean cancelRequested,
                                OffsetDateTime createdAt, OffsetDateTime updatedAt, String videoUrl, String thumbnailUrl,
                                Double durationSeconds, Long fileSizeBytes, Integer generationDurationSeconds,
                                Integer apiCostCents) {

    /** @param d the finished file's facts once the job completed, else null */
    static JobStatusResponse of(JobView j, AdDelivery d, java.util.function.UnaryOperator<String> link) {
        return new JobStatusResponse(j.jobId(), j.adId(), j.status(), j.currentStage(), j.progressPercentage(),
                j.estimatedRemainingSeconds(), Json.MAPPER.readTree(j.stagesCompletedJson()), j.failedStage(),
                j.errorMessage(), j.attempts(), "queued".equals(j.status()) && j.attempts() > 0 ? j.nextAttemptAt() : null,
                j.cancelRequested() ? Boolean.TRUE : null, j.createdAt(), j.updatedAt(),
                d != null && d.videoUri() != null ? link.apply(MediaLinks.videoPath(j.adId())) : null,
                d != null && d.thumbnailUri() != null ? link.apply(MediaLinks.thumbnailPath(j.adId())) : null,
                d == null ? null : d.durationSeconds(), d == null ? null : d.fileSizeBytes(),
                d == null ? null : d.generationDurationSeconds(), d == null ? null : d.apiCostCents());
    }
}
