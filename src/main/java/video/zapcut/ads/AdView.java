package video.zapcut.ads;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An ad as its owner reads it over the API. JSON columns come as text. */
public record AdView(UUID id, UUID projectId, UUID creativeBibleId, String status, String brief, String productName,
                     String creativeDirection, int targetDurationSeconds, String videoUri, String thumbnailUri,
                     Double durationSeconds, String aspectRatio, String resolution, Long fileSizeBytes,
                     String storyboardJson, String keyframeUrlsJson, String qualityReportJson, String costBreakdownJson,
                     Integer generationDurationSeconds, int apiCostCents, String errorMessage, OffsetDateTime createdAt,
                     OffsetDateTime updatedAt, String captions) {}
