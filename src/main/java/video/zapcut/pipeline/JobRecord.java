package video.zapcut.pipeline;

import java.util.UUID;

/** A generation_jobs row. */
public record JobRecord(UUID id, UUID adId, String status, String currentStage, int progressPercentage,
                        String failedStage, String errorMessage, int attempts) {}
