package video.zapcut.web.generate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.agents.Brief;
import video.zapcut.pipeline.SceneEdit;

/**
 * POST /v1/generate/video, as the seed specifies it, plus optional fields a client may add: the
 * whole {@code brief} (else it is written from the project), {@code product_name}, {@code budget_cents}
 * (the most the ad may spend on AI vendors), and per scene the {@code duration_seconds} and
 * {@code overlay_text} the storyboard must keep.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GenerateVideoRequest(
        @NotNull(message = "is required") UUID projectId,
        @Size(max = 2000, message = "must be at most {max} characters") String creativeDirection,
        Integer durationSeconds,
        @Pattern(regexp = "16:9|9:16|1:1", message = "must be one of 16:9, 9:16, 1:1") String aspectRatio,
        @Valid @Size(max = 5, message = "must have at most {max} scenes (the storyboard has five)") List<@NotNull(message = "must not be null") SceneRequest> scenes,
        UUID reuseCreativeBibleId,
        @Size(max = Brief.MAX_LENGTH, message = "must be at most {max} characters") String brief,
        @Size(max = 200, message = "must be at most {max} characters") String productName,
        @Min(value = 0, message = "must not be negative (0 means no limit)") Integer budgetCents) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SceneRequest(
            @Size(max = 1000, message = "must be at most {max} characters") String prompt,
            @Valid @Size(max = 4, message = "must name at most {max} media") List<@NotNull(message = "must not be null") MediaRef> media,
            Double durationSeconds,
            @Size(max = SceneEdit.MAX_OVERLAY_TEXT, message = "must be at most {max} characters") String overlayText) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record MediaRef(@NotNull(message = "is required") UUID assetId, String role) {}
}
