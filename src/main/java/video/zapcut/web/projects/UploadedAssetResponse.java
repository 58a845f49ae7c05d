package video.zapcut.web.projects;

import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** POST /v1/projects/{id}/assets/upload (201). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UploadedAssetResponse(UUID id, String type, String url, String s3Key, long fileSizeBytes, String mimeType,
                                    int width, int height) {}
