package video.zapcut.studio;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import video.zapcut.common.Json;

/** Conversations and their messages; one conversation per project. */
@Repository
public class ConversationRepository {
    private final JdbcClient jdbc;

    public ConversationRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    public record Conversation(UUID id, UUID projectId, ConversationStage stage, ConversationState state,
                               OffsetDateTime updatedAt) {}

    public record Message(long id, String role, String content, String stage, OffsetDateTime createdAt) {}

    private record Row(UUID id, UUID projectId, String stage, String state, OffsetDateTime updatedAt) {}

    public Optional<Conversation> forProject(UUID projectId) {
        return jdbc.sql("SELECT id, project_id, stage, state::text AS state, updated_at FROM conversations WHERE project_id = :p")
                .param("p", projectId).query(Row.class).optional()
                .map(r -> new Conversation(r.id(), r.projectId(), ConversationStage.fromWire(r.stage()),
                        Json.read(r.state(), ConversationState.class), r.updatedAt()));
    }

    /** Creates the project's conversation unless a concurrent request already did. */
    public void createIfAbsent(UUID projectId, UUID userId, ConversationState state) {
        jdbc.sql("""
                INSERT INTO conversations (project_id, user_id, stage, state)
                VALUES (:p, :u, :s, CAST(:state AS JSONB)) ON CONFLICT (project_id) DO NOTHING""")
                .param("p", projectId).param("u", userId).param("s", ConversationStage.COLLECT_BRAND_INFO.wireName())
                .param("state", Json.write(state)).update();
    }

    public void save(UUID conversationId, ConversationStage stage, ConversationState state) {
        jdbc.sql("UPDATE conversations SET stage = :s, state = CAST(:state AS JSONB), updated_at = NOW() WHERE id = :id")
                .param("s", stage.wireName()).param("state", Json.write(state)).param("id", conversationId).update();
    }

    public void addMessage(UUID conversationId, String role, String content, ConversationStage stage) {
        jdbc.sql("INSERT INTO conversation_messages (conversation_id, role, content, stage) VALUES (:c, :r, :t, :s)")
                .param("c", conversationId).param("r", role).param("t", content).param("s", stage.wireName()).update();
    }

    public List<Message> messages(UUID conversationId) {
        return jdbc.sql("SELECT id, role, content, stage, created_at FROM conversation_messages WHERE conversation_id = :c ORDER BY id")
                .param("c", conversationId).query(Message.class).list();
    }

    /** Locks the conversation's row for the rest of the transaction, so two messages are answered one after the other. */
    public void lock(UUID conversationId) {
        jdbc.sql("SELECT id FROM conversations WHERE id = :id FOR UPDATE").param("id", conversationId).query(UUID.class).optional();
    }

    /** The status of one of the project's ads (queued, generating, completed, failed, cancelled), if it exists. */
    public Optional<String> adStatus(UUID projectId, UUID adId) {
        return jdbc.sql("SELECT status FROM generated_ads WHERE id = :a AND project_id = :p")
                .param("a", adId).param("p", projectId).query(String.class).optional();
    }

    /**
     * Whether {@code jobId} is the job of {@code adId}, and that ad is the user's and the project's.
     * Both ids come from the client, so each link is checked: the ad alone being in the project
     * would let a user bind another user's job to their conversation.
     */
    public boolean isJobOfOwnAd(UUID userId, UUID projectId, UUID adId, UUID jobId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM generation_jobs j JOIN generated_ads a ON a.id = j.ad_id
                               WHERE j.id = :j AND a.id = :a AND a.project_id = :p AND a.user_id = :u)""")
                .param("j", jobId).param("a", adId).param("p", projectId).param("u", userId).query(Boolean.class).single();
    }

    /** The product photos the user uploaded (generated reference images are assets too, but not photos). */
    public int imageCount(UUID projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM assets WHERE project_id = :p AND type = 'image' AND source = 'upload'")
                .param("p", projectId).query(Integer.class).single();
    }
}
