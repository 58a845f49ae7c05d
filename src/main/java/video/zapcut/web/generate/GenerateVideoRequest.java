package video.zapcut.web.generate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * POST /v1/generate/video, as the seed specifies it, plus optional fields a client may add: the
 * whole {@code brief} (else it is written from the project), {@code product_name}, {@code budget_cents}
 * (the most the ad may spend on AI vendors), and per scene the {@code duration_seconds} and
 * {@code overlay_text} the storyboard must keep, and {@code aspect_ratios} (instead of {@code aspect_ratio}) for a
 * campaign pack: one ad per format, the first made from the brief, the others sharing what it makes;
 * {@code voiceover} (false: no voice) and {@code captions} (burned, sidecar or none). Only the request's shape is checked here; what an
 * order may contain is {@code ads.OrderRules}', the same for every path.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GenerateVideoRequest(
        @NotNull(message = "is required") UUID projectId,
        String creativeDirection,
        Integer durationSeconds,
        String aspectRatio,
        @Valid List<@NotNull(message = "must not be null") SceneRequest> scenes,
        UUID reuseCreativeBibleId,
        String brief,
        String productName,
        Integer budgetCents,
        List<String> aspectRatios,
        Boolean voiceover,
        String captions) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SceneRequest(
            String prompt,
            @Valid List<@NotNull(message = "must not be null") MediaRef> media,
            Double durationSeconds,
            String overlayText,
            String voiceover) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record MediaRef(@NotNull(message = "is required") UUID assetId, String role) {}
}
