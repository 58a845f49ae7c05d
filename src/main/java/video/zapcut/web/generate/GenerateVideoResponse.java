package video.zapcut.web.generate;

import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** 202 of POST /v1/generate/video: the seed's fields plus the estimated vendor cost (0 on local providers). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GenerateVideoResponse(UUID jobId, UUID adId, String status, int estimatedDurationSeconds,
                                    long estimatedCostCents) {}
