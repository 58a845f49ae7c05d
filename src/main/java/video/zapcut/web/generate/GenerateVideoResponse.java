package video.zapcut.web.generate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * 202 of POST /v1/generate/video: the seed's fields plus the estimated vendor cost (0 on local providers);
 * for a campaign pack ({@code aspect_ratios}) the first format's ad and job, the whole pack's estimated
 * cost, and every format's ad and job in {@code formats}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenerateVideoResponse(UUID jobId, UUID adId, String status, int estimatedDurationSeconds,
                                    long estimatedCostCents, List<Format> formats) {
    public GenerateVideoResponse(UUID jobId, UUID adId, String status, int estimatedDurationSeconds, long estimatedCostCents) {
        this(jobId, adId, status, estimatedDurationSeconds, estimatedCostCents, null);
    }

    /** One format of a campaign pack. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Format(String aspectRatio, UUID adId, UUID jobId, int estimatedDurationSeconds, long estimatedCostCents) {}
}
