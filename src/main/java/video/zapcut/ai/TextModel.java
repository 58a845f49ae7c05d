package video.zapcut.ai;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** Port for the agents' language model: one structured (JSON-schema) answer per call. */
public interface TextModel {
    String provider();

    String model();

    Answer complete(Prompt prompt);

    /** A message of the conversation: role {@code user} or {@code assistant}. */
    record Message(String role, String content) {}

    /**
     * @param agent      who asks (for costs and logs)
     * @param schemaName the answer's schema name (tool or json_schema name)
     * @param schema     JSON schema the answer must follow
     */
    record Prompt(String agent, String system, List<Message> messages, String schemaName, JsonNode schema, int maxTokens,
                  double temperature) {}

    /**
     * @param json       the structured answer, or null when the model returned no parseable JSON
     * @param text       the raw answer text (for a repair request)
     * @param stopReason the vendor's stop reason, normalised: end_turn, max_tokens, refusal, tool_use, other
     */
    record Answer(JsonNode json, String text, String stopReason, long inputTokens, long outputTokens) {}
}
