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

/** Request bodies of the conversation API. */
final class ConversationRequests {
    private ConversationRequests() {}

    /** POST .../conversation/messages */
    record SendMessage(@NotBlank(message = "is required")
                       @Size(max = ConversationService.MAX_MESSAGE, message = "must be at most {max} characters") String text) {}

    /** PUT .../conversation/scenes */
    record EditScenes(@NotNull(message = "is required") @Size(min = 5, max = 5, message = "must list all five scenes")
                      List<@Valid @NotNull(message = "is required") SceneEdit> scenes) {
        List<video.zapcut.ads.SceneEdit> toEdits() {
            return scenes.stream().map(s -> new video.zapcut.ads.SceneEdit(s.sceneIndex(), s.description(), s.overlayText(),
                    s.durationSeconds(), s.voiceover())).toList();
        }
    }

    /** One scene of the review as the studio sends it; the rules are {@code ads.OrderRules}', as for every order. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SceneEdit(int sceneIndex, @NotBlank(message = "is required") String description, String overlayText,
                     @NotNull(message = "is required") Double durationSeconds, String voiceover) {}

    /** POST .../conversation/stage */
    record GoTo(@NotBlank(message = "is required") String stage) {}

    /** POST .../conversation/generate: optionally the most the ad may spend on AI vendors. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Generate(Integer budgetCents) {}
}
