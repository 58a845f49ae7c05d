package video.zapcut.web.studio;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.common.Json;
import video.zapcut.studio.ConversationRepository.Message;
import video.zapcut.studio.ConversationService;
import video.zapcut.studio.ConversationStage;

/**
 * The conversation as the studio shows it: stage, gathered state, what is still missing, the
 * messages, and from final review on the plan to review (storyboard, creative bible, estimates).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConversationResponse(UUID id, UUID projectId, String stage, List<String> stages, JsonNode state,
                                   List<String> missing, int imageCount, List<MessageItem> messages, JsonNode review,
                                   OffsetDateTime updatedAt, int maxMessageChars, String reachable) {
    private static final List<String> STAGES = Arrays.stream(ConversationStage.values()).map(ConversationStage::wireName).toList();

    static ConversationResponse of(ConversationService.View v) {
        return new ConversationResponse(v.conversation().id(), v.conversation().projectId(), v.conversation().stage().wireName(),
                STAGES, Json.tree(v.conversation().state()), v.missing(), v.imageCount(),
                v.messages().stream().map(MessageItem::of).toList(), v.review() == null ? null : Json.tree(v.review()),
                v.conversation().updatedAt(), ConversationService.MAX_MESSAGE, v.reachable().wireName());
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record MessageItem(long id, String role, String content, String stage, OffsetDateTime createdAt) {
        static MessageItem of(Message m) { return new MessageItem(m.id(), m.role(), m.content(), m.stage(), m.createdAt()); }
    }
}
