package video.zapcut.pipeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import video.zapcut.agents.safety.Violation;
import video.zapcut.common.Json;

/**
 * All the SQL of a generation: the ad and job rows, and the stage checkpoints. A stage's output, its
 * entry in {@code stages_completed} and the ad columns it fills are written in one transaction, so a
 * crash leaves either all of a stage or none of it.
 */
@Repository
public class GenerationStore {
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public GenerationStore(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * @param creativeBibleId a bible of the project to reuse (its bible and reference stages then only
     *                        load it), or null for a new one
     * @param quotaSpent      whether the ad took one of the user's videos_remaining
     */
    public record NewAd(UUID adId, UUID jobId, UUID projectId, UUID userId, String brief, String productName,
                        String creativeDirection, List<String> requestedScenes, List<UUID> assetIds,
                        int durationSeconds, String aspectRatio, long seed, UUID creativeBibleId,
                        List<SceneEdit> sceneEdits, boolean quotaSpent) {
        public NewAd(UUID adId, UUID jobId, UUID projectId, UUID userId, String brief, String productName,
                     String creativeDirection, List<String> requestedScenes, List<UUID> assetIds,
                     int durationSeconds, String aspectRatio, long seed) {
            this(adId, jobId, projectId, userId, brief, productName, creativeDirection, requestedScenes, assetIds,
                    durationSeconds, aspectRatio, seed, null, List.of(), false);
        }
    }

    public void insert(NewAd ad) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("""
                    INSERT INTO generated_ads (id, project_id, user_id, brief, product_name, creative_direction,
                        requested_scenes, asset_ids, target_duration_seconds, aspect_ratio, seed, status, cost_breakdown,
                        creative_bible_id, scene_overrides, quota_spent)
                    VALUES (:id, :p, :u, :b, :pn, :cd, CAST(:rs AS JSONB), CAST(:a AS JSONB), :d, :ar, :seed, 'queued',
                        '{}'::JSONB, :bible, CAST(:edits AS JSONB), :spent)""")
                    .param("bible", ad.creativeBibleId()).param("edits", Json.write(ad.sceneEdits()))
                    .param("spent", ad.quotaSpent())
                    .param("id", ad.adId()).param("p", ad.projectId()).param("u", ad.userId()).param("b", ad.brief())
                    .param("pn", ad.productName()).param("cd", ad.creativeDirection())
                    .param("rs", Json.write(ad.requestedScenes())).param("a", Json.write(ad.assetIds()))
                    .param("d", ad.durationSeconds()).param("ar", ad.aspectRatio()).param("seed", ad.seed())
                    .update();
            jdbc.sql("INSERT INTO generation_jobs (id, ad_id, status) VALUES (:id, :ad, 'queued')")
                    .param("id", ad.jobId()).param("ad", ad.adId()).update();
        });
    }

    public Optional<AdRecord> ad(UUID adId) {
        return jdbc.sql("""
                SELECT id, project_id, user_id, creative_bible_id, brief, product_name, creative_direction,
                       requested_scenes::text AS rs, asset_ids::text AS a, target_duration_seconds, aspect_ratio, seed, status,
                       scene_overrides::text AS edits
                FROM generated_ads WHERE id = :id""").param("id", adId)
                .query((rs, i) -> new AdRecord(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
                        rs.getObject("user_id", UUID.class), rs.getObject("creative_bible_id", UUID.class),
                        rs.getString("brief"), rs.getString("product_name"), rs.getString("creative_direction"),
                        Json.MAPPER.readValue(rs.getString("rs"), new TypeReference<List<String>>() {}),
                        Json.MAPPER.readValue(rs.getString("a"), new TypeReference<List<UUID>>() {}),
                        rs.getInt("target_duration_seconds"), rs.getString("aspect_ratio"), rs.getLong("seed"),
                        rs.getString("status"),
                        Json.MAPPER.readValue(rs.getString("edits"), new TypeReference<List<SceneEdit>>() {})))
                .optional();
    }

    /** A stored creative bible: its JSON and its reference images by role (empty until they exist). */
    public record StoredBible(UUID id, UUID projectId, String name, String bibleJson, Map<String, String> referenceImages) {}

    public Optional<StoredBible> bible(UUID bibleId) {
        return jdbc.sql("""
                SELECT id, project_id, name, creative_bible::text AS b, reference_image_urls::text AS r
                FROM creative_bibles WHERE id = :id""").param("id", bibleId)
                .query((rs, i) -> new StoredBible(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
                        rs.getString("name"), rs.getString("b"),
                        Json.MAPPER.readValue(rs.getString("r"), new TypeReference<Map<String, String>>() {})))
                .optional();
    }

    public Optional<JobRecord> jobForAd(UUID adId) {
        return jdbc.sql("""
                SELECT id, ad_id, status, current_stage, progress_percentage, failed_stage, error_message, attempts
                FROM generation_jobs WHERE ad_id = :ad""").param("ad", adId).query(JobRecord.class).optional();
    }

    public Optional<JobRecord> job(UUID jobId) {
        return jdbc.sql("""
                SELECT id, ad_id, status, current_stage, progress_percentage, failed_stage, error_message, attempts
                FROM generation_jobs WHERE id = :id""").param("id", jobId).query(JobRecord.class).optional();
    }

    /** Outputs of the stages this job has finished, by stage. */
    public Map<Stage, String> checkpoints(UUID jobId) {
        Map<Stage, String> out = new EnumMap<>(Stage.class);
        jdbc.sql("SELECT stage, output::text AS output FROM stage_checkpoints WHERE job_id = :j").param("j", jobId)
                .query((rs, i) -> {
                    Stage.byId(rs.getString("stage")).ifPresent(s -> {
                        try {
                            out.put(s, rs.getString("output"));
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    return null;
                }).list();
        return out;
    }

    /**
     * Makes {@code workerId} the job's holder and counts the run; returns the run's number (1 for the
     * first). The command line takes a job over this way; a queue worker has already claimed it.
     */
    public int markRunning(UUID jobId, UUID adId, String workerId) {
        return tx.execute(s -> {
            int attempt = jdbc.sql("""
                    UPDATE generation_jobs SET status = 'running', worker_id = :w, attempts = attempts + 1,
                        error_message = NULL, failed_stage = NULL, started_at = COALESCE(started_at, NOW()),
                        updated_at = NOW() WHERE id = :id RETURNING attempts""").param("w", workerId).param("id", jobId)
                    .query(Integer.class).single();
            jdbc.sql("""
                    UPDATE generated_ads SET status = 'generating', error_message = NULL, retry_count = :r,
                        generation_started_at = COALESCE(generation_started_at, NOW()), updated_at = NOW()
                    WHERE id = :id""").param("r", attempt - 1).param("id", adId).update();
            return attempt;
        });
    }

    /**
     * Inside a transaction: locks the job row and checks that {@code workerId} still holds it, so a
     * worker whose lease ran out (and was taken over) cannot record anything for the job any more.
     */
    private void assertHolder(UUID jobId, String workerId) {
        boolean holds = jdbc.sql("""
                SELECT worker_id = :w AND status = 'running' FROM generation_jobs WHERE id = :id FOR UPDATE""")
                .param("w", workerId).param("id", jobId).query(Boolean.class).optional().orElse(false);
        if (!holds) throw new LeaseLostException(jobId, workerId);
    }

    public void stageStarted(UUID jobId, Stage stage, int percent, Integer eta) {
        jdbc.sql("""
                UPDATE generation_jobs SET current_stage = :s, progress_percentage = GREATEST(progress_percentage, :p),
                    estimated_remaining_seconds = :eta, updated_at = NOW() WHERE id = :id""")
                .param("s", stage.id()).param("p", percent).param("eta", eta).param("id", jobId).update();
    }

    /**
     * Records a finished stage: its checkpoint, its entry in stages_completed, progress, and whatever
     * ad columns {@code adUpdates} writes, all in one transaction.
     */
    public void stageCompleted(UUID jobId, String workerId, Stage stage, Instant startedAt, String outputJson, int percent,
                               Integer eta, Consumer<JdbcClient> adUpdates) {
        tx.executeWithoutResult(s -> {
            assertHolder(jobId, workerId);
            jdbc.sql("""
                    INSERT INTO stage_checkpoints (job_id, stage, output, started_at)
                    VALUES (:j, :s, CAST(:o AS JSONB), :st)
                    ON CONFLICT (job_id, stage) DO UPDATE SET output = EXCLUDED.output, started_at = EXCLUDED.started_at,
                        completed_at = NOW(), attempts = stage_checkpoints.attempts + 1""")
                    .param("j", jobId).param("s", stage.id()).param("o", outputJson).param("st", Timestamp.from(startedAt))
                    .update();
            jdbc.sql("""
                    UPDATE generation_jobs SET
                        stages_completed = COALESCE((SELECT jsonb_agg(e) FROM jsonb_array_elements(stages_completed) e
                                                     WHERE e->>'stage' <> :s), '[]'::JSONB)
                            || jsonb_build_array(jsonb_build_object('stage', :s, 'started_at', :st,
                                   'completed_at', to_char(NOW() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))),
                        progress_percentage = GREATEST(progress_percentage, :p), estimated_remaining_seconds = :eta,
                        updated_at = NOW()
                    WHERE id = :id""")
                    .param("s", stage.id()).param("st", startedAt.toString()).param("p", percent).param("eta", eta)
                    .param("id", jobId).update();
            adUpdates.accept(jdbc);
        });
    }

    /**
     * Records a failed run. With {@code retryAt} the job goes back to the queue, due then; without, it
     * is failed for good, and when the failure is not the user's ({@code refundable}) the video it
     * spent of the user's quota is given back.
     */
    public void failed(UUID jobId, UUID adId, String workerId, Stage stage, String message, Instant retryAt,
                       boolean refundable) {
        tx.executeWithoutResult(s -> {
            assertHolder(jobId, workerId);
            jdbc.sql("""
                    UPDATE generation_jobs SET status = :st, failed_stage = :s, error_message = :m,
                        next_attempt_at = COALESCE(:next, next_attempt_at), estimated_remaining_seconds = NULL,
                        worker_id = NULL, lease_expires_at = NULL, updated_at = NOW() WHERE id = :id""")
                    .param("st", retryAt == null ? "failed" : "queued").param("s", stage == null ? null : stage.id())
                    .param("m", message).param("next", retryAt == null ? null : Timestamp.from(retryAt))
                    .param("id", jobId).update();
            jdbc.sql("""
                    UPDATE generated_ads SET status = :st, error_message = :m, updated_at = NOW() WHERE id = :id""")
                    .param("st", retryAt == null ? "failed" : "queued").param("m", message).param("id", adId).update();
            if (retryAt == null && refundable) refundQuota(adId);
        });
    }

    /** Gives back the video a generation spent, once; a no-op for generations that spent none. */
    public void refundQuota(UUID adId) {
        tx.executeWithoutResult(s -> {
            Optional<UUID> user = jdbc.sql("""
                    UPDATE generated_ads SET quota_refunded_at = NOW()
                    WHERE id = :id AND quota_spent AND quota_refunded_at IS NULL RETURNING user_id""")
                    .param("id", adId).query(UUID.class).optional();
            user.ifPresent(u -> jdbc.sql("UPDATE users SET videos_remaining = videos_remaining + 1 WHERE id = :u")
                    .param("u", u).update());
        });
    }

    public void completed(UUID jobId, UUID adId, String workerId, Consumer<JdbcClient> adUpdates) {
        tx.executeWithoutResult(s -> {
            assertHolder(jobId, workerId);
            adUpdates.accept(jdbc);
            jdbc.sql("""
                    UPDATE generated_ads SET status = 'completed', generation_completed_at = NOW(),
                        generation_duration_seconds = CEIL(EXTRACT(EPOCH FROM NOW() - generation_started_at))::INTEGER,
                        updated_at = NOW() WHERE id = :id""").param("id", adId).update();
            jdbc.sql("""
                    UPDATE generation_jobs SET status = 'completed', progress_percentage = 100, current_stage = NULL,
                        estimated_remaining_seconds = 0, completed_at = NOW(), worker_id = NULL, lease_expires_at = NULL,
                        updated_at = NOW()
                    WHERE id = :id""").param("id", jobId).update();
            jdbc.sql("""
                    UPDATE users SET total_videos_generated = total_videos_generated + 1,
                        total_spend_cents = total_spend_cents + (SELECT api_cost_cents FROM generated_ads WHERE id = :ad)
                    WHERE id = (SELECT user_id FROM generated_ads WHERE id = :ad)""").param("ad", adId).update();
        });
    }

    public void recordViolations(UUID userId, UUID projectId, UUID adId, String userInput, String safeAlternative,
                                 List<Violation> violations, boolean blocked) {
        for (Violation v : violations) {
            jdbc.sql("""
                    INSERT INTO safety_violations (user_id, project_id, ad_id, violation_category, severity, user_input,
                        safe_alternative, blocked) VALUES (:u, :p, :a, :c, :s, :i, :alt, :b)""")
                    .param("u", userId).param("p", projectId).param("a", adId).param("c", v.category())
                    .param("s", v.severity()).param("i", v.line() != null ? v.line() : userInput)
                    .param("alt", safeAlternative).param("b", blocked).update();
        }
    }
}
