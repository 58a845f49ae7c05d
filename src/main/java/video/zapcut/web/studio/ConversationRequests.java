package video.zapcut.web.studio;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.studio.ConversationService;
import video.zapcut.studio.ConversationState;

/** Request bodies of the conversation API. */
final class ConversationRequests {
    private ConversationRequests() {}

    /** POST .../conversation/messages */
    record SendMessage(@NotBlank(message = "is required")
                       @Size(max = ConversationService.MAX_MESSAGE, message = "must be at most {max} characters") String text) {}

    /** PUT .../conversation/scenes */
    record EditScenes(@NotNull(message = "is required") @Size(min = 5, max = 5, message = "must list all five scenes")
                      List<@Valid @NotNull(message = "is required") SceneEdit> scenes) {
        List<ConversationState.SceneEdit> toEdits() {
            return scenes.stream().map(s -> new ConversationState.SceneEdit(s.sceneIndex(), s.description(), s.overlayText(),
                    s.durationSeconds())).toList();
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SceneEdit(int sceneIndex,
                     @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most {max} characters") String description,
                     @Size(max = 120, message = "must be at most {max} characters") String overlayText,
                     double durationSeconds) {}

    /** POST .../conversation/generation */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record GenerationStarted(@NotNull(message = "is required") UUID jobId, @NotNull(message = "is required") UUID adId) {}
}
