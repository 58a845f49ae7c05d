package video.zapcut.jobs;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A job as its owner reads it (the seed's progress shape); {@code stagesCompletedJson} is the JSON column as text. */
public record JobView(UUID jobId, UUID adId, String status, String currentStage, int progressPercentage,
                      Integer estimatedRemainingSeconds, String stagesCompletedJson, String failedStage, String errorMessage,
                      int attempts, OffsetDateTime nextAttemptAt, boolean cancelRequested, OffsetDateTime createdAt,
                      OffsetDateTime updatedAt) {}
