package video.zapcut.jobs;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What clients read about generations, always scoped to the asking user: a job or ad of another
 * user is simply not found.
 */
@Repository
public class GenerationQueries {
    private final JdbcClient jdbc;

    public GenerationQueries(JdbcClient jdbc) { this.jdbc = jdbc; }

    /** A job with the ad facts its completed shape shows. JSON columns come as text. */
    public record JobView(UUID jobId, UUID adId, String status, String currentStage, int progressPercentage,
                          Integer estimatedRemainingSeconds, String stagesCompletedJson, String failedStage,
                          String errorMessage, int attempts, OffsetDateTime nextAttemptAt, boolean cancelRequested,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt, String videoUri, String thumbnailUri,
                          Double durationSeconds, Long fileSizeBytes, Integer generationDurationSeconds, int apiCostCents) {}

    public Optional<JobView> job(UUID userId, UUID jobId) {
        return jdbc.sql(JOB_SQL + " WHERE j.id = :id AND a.user_id = :u").param("id", jobId).param("u", userId)
                .query(JobView.class).optional();
    }

    private static final String JOB_SQL = """
            SELECT j.id AS job_id, j.ad_id, j.status, j.current_stage, j.progress_percentage, j.estimated_remaining_seconds,
                   j.stages_completed::text AS stages_completed_json, j.failed_stage, j.error_message, j.attempts,
                   j.next_attempt_at, j.cancel_requested_at IS NOT NULL AS cancel_requested, j.created_at, j.updated_at,
                   a.final_video_url AS video_uri, a.thumbnail_url AS thumbnail_uri, a.duration_seconds::float8 AS duration_seconds,
                   a.file_size_bytes, a.generation_duration_seconds, a.api_cost_cents
            FROM generation_jobs j JOIN generated_ads a ON a.id = j.ad_id""";

    public record AdView(UUID id, UUID projectId, UUID creativeBibleId, UUID jobId, String status, String brief,
                         String productName, String creativeDirection, int targetDurationSeconds, String videoUri,
                         String thumbnailUri, Double durationSeconds, String aspectRatio, String resolution,
                         Long fileSizeBytes, String storyboardJson, String keyframeUrlsJson, String qualityReportJson,
                         String costBreakdownJson, Integer generationDurationSeconds, int apiCostCents, String errorMessage,
                         OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    private static final String AD_SQL = """
            SELECT a.id, a.project_id, a.creative_bible_id, j.id AS job_id, a.status, a.brief, a.product_name,
                   a.creative_direction, a.target_duration_seconds, a.final_video_url AS video_uri,
                   a.thumbnail_url AS thumbnail_uri, a.duration_seconds::float8 AS duration_seconds, a.aspect_ratio,
                   a.resolution, a.file_size_bytes, a.storyboard::text AS storyboard_json,
                   a.keyframe_urls::text AS keyframe_urls_json, a.quality_report::text AS quality_report_json,
                   a.cost_breakdown::text AS cost_breakdown_json, a.generation_duration_seconds, a.api_cost_cents,
                   a.error_message, a.created_at, a.updated_at
            FROM generated_ads a LEFT JOIN generation_jobs j ON j.ad_id = a.id""";

    public Optional<AdView> ad(UUID userId, UUID adId) {
        return jdbc.sql(AD_SQL + " WHERE a.id = :id AND a.user_id = :u").param("id", adId).param("u", userId)
                .query(AdView.class).optional();
    }

    /** The project's ads, newest first; empty when the project is not the user's. */
    public List<AdView> adsOfProject(UUID userId, UUID projectId, int limit, int offset) {
        return jdbc.sql(AD_SQL + " WHERE a.project_id = :p AND a.user_id = :u ORDER BY a.created_at DESC, a.id LIMIT :l OFFSET :o")
                .param("p", projectId).param("u", userId).param("l", limit).param("o", offset).query(AdView.class).list();
    }

    public long countAdsOfProject(UUID userId, UUID projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM generated_ads WHERE project_id = :p AND user_id = :u")
                .param("p", projectId).param("u", userId).query(Long.class).single();
    }

    /** The media of an ad, unscoped: callers check ownership or a signed link first. */
    public record AdMedia(UUID userId, String videoUri, String thumbnailUri, String keyframeUrlsJson) {}

    public Optional<AdMedia> media(UUID adId) {
        return jdbc.sql("""
                SELECT user_id, final_video_url AS video_uri, thumbnail_url AS thumbnail_uri,
                       keyframe_urls::text AS keyframe_urls_json FROM generated_ads WHERE id = :id""")
                .param("id", adId).query(AdMedia.class).optional();
    }
}
