package video.zapcut.ads;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import video.zapcut.agents.PromptPlan;
import video.zapcut.agents.Storyboard;
import video.zapcut.agents.safety.SafetyVerdict;
import video.zapcut.ads.StageOutputs.BibleOutput;
import video.zapcut.ads.StageOutputs.CompositionOutput;
import video.zapcut.ads.StageOutputs.ContinuityOutput;
import video.zapcut.ads.StageOutputs.KeyframesOutput;
import video.zapcut.ads.StageOutputs.MusicOutput;
import video.zapcut.ads.StageOutputs.QualityReport;
import video.zapcut.ads.StageOutputs.ReferenceOutput;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.Json;
import video.zapcut.costs.CostLedger;

/**
 * The one owner of ads ({@code generated_ads}), their stage outputs ({@code stage_checkpoints}) and the
 * creative bibles they make ({@code creative_bibles}). Nothing else reads or writes those tables.
 * Writes join the caller's transaction, so a job's row and its ad's row change together.
 */
@Service
public class Ads {
    private final JdbcClient jdbc;
    private final CostLedger costs;

    public Ads(JdbcClient jdbc, CostLedger costs) {
        this.jdbc = jdbc;
        this.costs = costs;
    }

    // --- creation -------------------------------------------------------------------------------

    /**
     * Writes a new queued ad for an order that passed {@link OrderRules#check}.
     *
     * @param quotaSpent whether the ad took one of the user's videos_remaining
     */
    public void create(UUID adId, UUID userId, Order order, long seed, boolean quotaSpent) {
        jdbc.sql("""
                INSERT INTO generated_ads (id, project_id, user_id, brief, product_name, creative_direction,
                    requested_scenes, photos, target_duration_seconds, aspect_ratio, seed, status, creative_bible_id,
                    reuse_creative_bible_id, scene_overrides, quota_spent, brief_facts, approved_plan, sound)
                VALUES (:id, :p, :u, :b, :pn, :cd, CAST(:rs AS JSONB), CAST(:photos AS JSONB), :d, :ar, :seed, 'queued',
                    :bible, :bible, CAST(:edits AS JSONB), :spent, CAST(:facts AS JSONB), CAST(:plan AS JSONB), CAST(:sound AS JSONB))""")
                .param("id", adId).param("p", order.projectId()).param("u", userId).param("b", order.brief())
                .param("pn", order.productName()).param("cd", order.creativeDirection())
                .param("rs", Json.write(order.sceneIdeas())).param("photos", Json.write(order.photos()))
                .param("d", order.durationSeconds()).param("ar", order.aspect().label()).param("seed", seed)
                .param("bible", order.reuseBibleId()).param("edits", Json.write(order.sceneEdits()))
                .param("spent", quotaSpent).param("facts", order.facts() == null ? null : Json.write(order.facts()))
                .param("plan", order.approvedPlan() == null ? null : Json.write(order.approvedPlan()))
                .param("sound", Json.write(order.soundOrDefault())).update();
        costs.openBudget(adId, order.budgetCents());
    }

    /**
     * Writes a queued new version of {@code parent}: its order and revision, numbered after the last
     * version of the parent's chain (the chain is locked while numbering, by an advisory lock on its first
     * ad's id, which holds even when that ad was deleted, so two revisions at once get consecutive numbers). It names the media of the parent and of every ad the parent's
     * media came from, so none of them is deleted while it lives. Returns the version's number.
     */
    public int createVersion(UUID adId, UUID parentId, Order order, Revision revision, boolean quotaSpent) {
        UUID root = jdbc.sql("SELECT COALESCE(root_ad_id, id) FROM generated_ads WHERE id = :p").param("p", parentId)
                .query(UUID.class).single();
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(CAST(:r AS TEXT), 17))").param("r", root).query().singleRow();
        int version = jdbc.sql("SELECT MAX(version) + 1 FROM generated_ads WHERE id = :r OR root_ad_id = :r").param("r", root)
                .query(Integer.class).single();
        UUID owner = owner(parentId).orElseThrow();
        long seed = jdbc.sql("SELECT seed FROM generated_ads WHERE id = :p").param("p", parentId).query(Long.class).single();
        create(adId, owner, order, seed, quotaSpent);
        jdbc.sql("""
                UPDATE generated_ads c SET root_ad_id = :root, parent_ad_id = :p, version = :v, revision = CAST(:rev AS JSONB),
                    variant_label = :label, media_from = (SELECT array_append(p.media_from, p.id) FROM generated_ads p WHERE p.id = :p),
                    generation_paths = (SELECT p.generation_paths FROM generated_ads p WHERE p.id = :p)
                WHERE c.id = :id""")
                .param("root", root).param("p", parentId).param("v", version).param("rev", Json.write(revision))
                .param("label", revision.label()).param("id", adId).update();
        return version;
    }

    /** One version of a chain as its owner lists it. */
    public record VersionView(UUID id, int version, UUID parentAdId, String variantLabel, String status, String revisionJson,
                              String videoUri, String thumbnailUri, Double durationSeconds, String aspectRatio,
                              int apiCostCents, Integer generationDurationSeconds, OffsetDateTime createdAt) {}

    /** Every version of the chain {@code adId} belongs to, first to last; empty when the ad is not the user's. */
    public List<VersionView> versions(UUID userId, UUID adId) {
        return jdbc.sql("""
                WITH chain AS (SELECT COALESCE(root_ad_id, id) AS root FROM generated_ads WHERE id = :id AND user_id = :u)
                SELECT a.id, a.version, a.parent_ad_id, a.variant_label, a.status, a.revision::text AS revision_json,
                       a.final_video_url AS video_uri, a.thumbnail_url AS thumbnail_uri,
                       a.duration_seconds::float8 AS duration_seconds, a.aspect_ratio, a.api_cost_cents,
                       a.generation_duration_seconds, a.created_at
                FROM generated_ads a, chain WHERE (a.id = chain.root OR a.root_ad_id = chain.root) AND a.user_id = :u
                ORDER BY a.version, a.created_at, a.id""")
                .param("id", adId).param("u", userId).query(VersionView.class).list();
    }

    // --- what a generation reads ----------------------------------------------------------------

    private record AdRow(UUID id, UUID projectId, UUID userId, String brief, String productName, String creativeDirection,
                         String requestedScenes, String photos, int targetDurationSeconds, String aspectRatio, long seed,
                         String status, String sceneOverrides, UUID reuseCreativeBibleId, String briefFacts,
                         String approvedPlan, String revision, String sound) {}

    public Optional<Ad> find(UUID adId) {
        return jdbc.sql("""
                SELECT id, project_id, user_id, brief, product_name, creative_direction, requested_scenes::text AS requested_scenes,
                       photos::text AS photos, target_duration_seconds, aspect_ratio, seed, status,
                       scene_overrides::text AS scene_overrides, reuse_creative_bible_id, brief_facts::text AS brief_facts,
                       approved_plan::text AS approved_plan, revision::text AS revision, sound::text AS sound
                FROM generated_ads WHERE id = :id""").param("id", adId).query(AdRow.class).optional()
                .map(r -> new Ad(r.id(), r.userId(), r.projectId(), r.seed(), r.status(), new Order(r.projectId(), r.brief(),
                        r.productName(), r.creativeDirection(), r.targetDurationSeconds(),
                        AspectRatio.parse(r.aspectRatio()).orElseThrow(),
                        Json.MAPPER.readValue(r.requestedScenes(), new TypeReference<List<String>>() {}),
                        Json.MAPPER.readValue(r.photos(), new TypeReference<List<Order.Photo>>() {}),
                        Json.MAPPER.readValue(r.sceneOverrides(), new TypeReference<List<SceneEdit>>() {}),
                        r.reuseCreativeBibleId(), null,
                        r.briefFacts() == null ? null : Json.read(r.briefFacts(), Order.Facts.class),
                        r.approvedPlan() == null ? null : Json.read(r.approvedPlan(), Order.Plan.class),
                        r.sound() == null ? null : Json.read(r.sound(), Sound.class)),
                        r.revision() == null ? null : Json.read(r.revision(), Revision.class)));
    }

    public Optional<StoredBible> bible(UUID bibleId) {
        return jdbc.sql("""
                SELECT id, project_id, name, creative_bible::text AS b, reference_image_urls::text AS r
                FROM creative_bibles WHERE id = :id""").param("id", bibleId)
                .query((rs, i) -> new StoredBible(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
                        rs.getString("name"), rs.getString("b"),
                        Json.MAPPER.readValue(rs.getString("r"), new TypeReference<Map<String, String>>() {})))
                .optional();
    }

    /** The outputs of the stages this ad has finished, as JSON by stage id. */
    public Map<String, String> checkpoints(UUID adId) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT stage, output::text AS output FROM stage_checkpoints WHERE ad_id = :a ORDER BY completed_at")
                .param("a", adId).query(rs -> { out.put(rs.getString("stage"), rs.getString("output")); });
        return out;
    }

    // --- a generation's progress (in the caller's transaction) ----------------------------------

    /** A run of the ad's generation starts; {@code attempt} counts runs, the first is 1. */
    public void started(UUID adId, int attempt) {
        jdbc.sql("""
                UPDATE generated_ads SET status = 'generating', error_message = NULL, retry_count = :r,
                    generation_started_at = COALESCE(generation_started_at, NOW()), updated_at = NOW()
                WHERE id = :id""").param("r", attempt - 1).param("id", adId).update();
    }

    /**
     * Keeps a finished stage's output as the ad's checkpoint and fills the ad's columns it stands for;
     * {@code paths} records which provider or fallback produced what.
     */
    public void recordStageOutput(UUID adId, String stage, Instant startedAt, Object output, Map<String, String> paths) {
        String json = Json.write(output);
        jdbc.sql("""
                INSERT INTO stage_checkpoints (ad_id, stage, output, started_at) VALUES (:a, :s, CAST(:o AS JSONB), :st)
                ON CONFLICT (ad_id, stage) DO UPDATE SET output = EXCLUDED.output, started_at = EXCLUDED.started_at,
                    completed_at = NOW(), attempts = stage_checkpoints.attempts + 1""")
                .param("a", adId).param("s", stage).param("o", json).param("st", Timestamp.from(startedAt)).update();
        fillColumns(adId, output);
        if (!paths.isEmpty()) {
            jdbc.sql("UPDATE generated_ads SET generation_paths = generation_paths || CAST(:p AS JSONB) WHERE id = :id")
                    .param("p", Json.write(paths)).param("id", adId).update();
        }
        rollUpCosts(adId);
    }

    /** The columns of the seed's schema that mirror a stage's output. */
    private void fillColumns(UUID adId, Object output) {
        switch (output) {
            case BibleOutput b -> {
                if (!b.reused()) {
                    UUID project = jdbc.sql("SELECT project_id FROM generated_ads WHERE id = :id").param("id", adId)
                            .query(UUID.class).single();
                    jdbc.sql("""
                            INSERT INTO creative_bibles (id, project_id, name, creative_bible) VALUES (:id, :p, :n, CAST(:b AS JSONB))
                            ON CONFLICT (id) DO UPDATE SET creative_bible = EXCLUDED.creative_bible""")
                            .param("id", b.creativeBibleId()).param("p", project).param("n", b.name())
                            .param("b", Json.write(b.bible())).update();
                }
                set(adId, "creative_bible_id = :v", b.creativeBibleId());
            }
            case Storyboard s -> set(adId, "storyboard = CAST(:v AS JSONB)", Json.write(s.scenes()));
            case SafetyVerdict v -> set(adId, "safety_verdict = CAST(:v AS JSONB)", Json.write(v));
            case ReferenceOutput r -> {
                if (!"reused".equals(r.provider())) {
                    jdbc.sql("""
                            UPDATE creative_bibles SET reference_image_urls = CAST(:u AS JSONB)
                            WHERE id = (SELECT creative_bible_id FROM generated_ads WHERE id = :ad)""")
                            .param("u", Json.write(r.images())).param("ad", adId).update();
                }
            }
            case PromptPlan p -> jdbc.sql("UPDATE generated_ads SET sora_prompts = CAST(:p AS JSONB), suno_prompt = :m WHERE id = :id")
                    .param("p", Json.write(p.scenes())).param("m", p.music().prompt()).param("id", adId).update();
            case KeyframesOutput k -> jdbc.sql("""
                            UPDATE generated_ads SET keyframe_urls = CAST(:k AS JSONB), sora_prompts = CAST(:p AS JSONB) WHERE id = :id""")
                    .param("k", Json.write(k.keyframes())).param("p", Json.write(k.prompts())).param("id", adId).update();
            case MusicOutput m -> set(adId, "music_url = :v", m.masteredUri());
            case ContinuityOutput c -> jdbc.sql("""
                            UPDATE generated_ads SET continuity_report = CAST(:c AS JSONB), video_urls = CAST(:v AS JSONB) WHERE id = :id""")
                    .param("c", Json.write(c)).param("v", Json.write(c.clipUris())).param("id", adId).update();
            case CompositionOutput c -> jdbc.sql("""
                            UPDATE generated_ads SET final_video_url = :v, thumbnail_url = :t, duration_seconds = :d, resolution = :r,
                                file_size_bytes = :s, cost_breakdown = cost_breakdown || jsonb_build_object('providers', CAST(:p AS JSONB))
                            WHERE id = :id""")
                    .param("v", c.videoUri()).param("t", c.thumbnailUri()).param("d", c.durationSeconds())
                    .param("r", c.resolution()).param("s", c.sizeBytes()).param("p", Json.write(c.providers()))
                    .param("id", adId).update();
            case QualityReport q -> set(adId, "quality_report = CAST(:v AS JSONB)", Json.write(q));
            default -> { } // scene outputs are checkpoints only
        }
    }

    private void set(UUID adId, String assignment, Object value) {
        jdbc.sql("UPDATE generated_ads SET " + assignment + ", updated_at = NOW() WHERE id = :id").param("v", value)
                .param("id", adId).update();
    }

    public void completed(UUID adId) {
        rollUpCosts(adId);
        jdbc.sql("""
                UPDATE generated_ads SET status = 'completed', generation_completed_at = NOW(),
                    generation_duration_seconds = CEIL(EXTRACT(EPOCH FROM NOW() - generation_started_at))::INTEGER,
                    updated_at = NOW() WHERE id = :id""").param("id", adId).update();
    }

    /** A run failed: for good ({@code status} failed), or to be run again (queued). */
    public void failed(UUID adId, String message, boolean forGood) {
        rollUpCosts(adId);
        jdbc.sql("UPDATE generated_ads SET status = :st, error_message = :m, updated_at = NOW() WHERE id = :id")
                .param("st", forGood ? "failed" : "queued").param("m", message).param("id", adId).update();
    }

    /** Back in the queue untouched (a worker gave it back), or at a user's request (its error cleared). */
    public void queued(UUID adId, boolean clearError) {
        jdbc.sql("UPDATE generated_ads SET status = 'queued', error_message = CASE WHEN :c THEN NULL ELSE error_message END, "
                        + "updated_at = NOW() WHERE id = :id").param("c", clearError).param("id", adId).update();
    }

    public void cancelled(UUID adId, String message) {
        jdbc.sql("UPDATE generated_ads SET status = 'cancelled', error_message = :m, updated_at = NOW() WHERE id = :id")
                .param("m", message).param("id", adId).update();
    }

    /**
     * Marks the video the ad spent of its owner's quota as given back, once; returns the owner to credit,
     * or empty when the ad spent none or was refunded already.
     */
    public Optional<UUID> markQuotaRefunded(UUID adId) {
        return jdbc.sql("""
                UPDATE generated_ads SET quota_refunded_at = NOW()
                WHERE id = :id AND quota_spent AND quota_refunded_at IS NULL RETURNING user_id""")
                .param("id", adId).query(UUID.class).optional();
    }

    public boolean quotaRefunded(UUID adId) {
        return jdbc.sql("SELECT quota_refunded_at IS NOT NULL FROM generated_ads WHERE id = :id").param("id", adId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** A refunded ad that is run again has spent a video again. */
    public void quotaSpentAgain(UUID adId) {
        jdbc.sql("UPDATE generated_ads SET quota_refunded_at = NULL WHERE id = :id").param("id", adId).update();
    }

    /** Writes the ledger's sums into the ad (whole cents, rounded up so we never under-report). */
    public void rollUpCosts(UUID adId) {
        Map<String, Object> breakdown = costs.breakdown(adId);
        jdbc.sql("""
                UPDATE generated_ads SET api_cost_cents = :t, cost_breakdown = cost_breakdown || CAST(:b AS JSONB) WHERE id = :id""")
                .param("t", (long) breakdown.get("total_cents")).param("b", Json.write(breakdown)).param("id", adId).update();
    }

    // --- what owners read ------------------------------------------------------------------------

    private static final String VIEW = """
            SELECT id, project_id, creative_bible_id, status, brief, product_name, creative_direction, target_duration_seconds,
                   final_video_url AS video_uri, thumbnail_url AS thumbnail_uri, duration_seconds::float8 AS duration_seconds,
                   aspect_ratio, resolution, file_size_bytes, storyboard::text AS storyboard_json,
                   keyframe_urls::text AS keyframe_urls_json, quality_report::text AS quality_report_json,
                   cost_breakdown::text AS cost_breakdown_json, generation_duration_seconds, api_cost_cents, error_message,
                   created_at, updated_at,
                   (SELECT CASE WHEN c.output->'spoken'->>'vtt_uri' IS NULL THEN NULL
                                WHEN (c.output->'spoken'->>'burned')::boolean THEN 'burned' ELSE 'sidecar' END
                    FROM stage_checkpoints c WHERE c.ad_id = generated_ads.id AND c.stage = 'composition') AS captions
            FROM generated_ads""";

    /** The user's ad; another user's is simply not found. */
    public Optional<AdView> forOwner(UUID userId, UUID adId) {
        return jdbc.sql(VIEW + " WHERE id = :id AND user_id = :u").param("id", adId).param("u", userId)
                .query(AdView.class).optional();
    }

    /** The project's ads, newest first; empty when the project is not the user's. */
    public List<AdView> ofProject(UUID userId, UUID projectId, int limit, int offset) {
        return jdbc.sql(VIEW + " WHERE project_id = :p AND user_id = :u ORDER BY created_at DESC, id LIMIT :l OFFSET :o")
                .param("p", projectId).param("u", userId).param("l", limit).param("o", offset).query(AdView.class).list();
    }

    public long countOfProject(UUID userId, UUID projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM generated_ads WHERE project_id = :p AND user_id = :u")
                .param("p", projectId).param("u", userId).query(Long.class).single();
    }

    /** How many ads each project has and when the newest was made (projects without ads are absent). */
    public record ProjectAds(long total, OffsetDateTime lastGeneratedAt) {}

    public Map<UUID, ProjectAds> countsByProject(List<UUID> projectIds) {
        Map<UUID, ProjectAds> out = new LinkedHashMap<>();
        if (projectIds.isEmpty()) return out;
        jdbc.sql("SELECT project_id, COUNT(*) AS n, MAX(created_at) AS last FROM generated_ads WHERE project_id IN (:p) GROUP BY project_id")
                .param("p", projectIds).query(rs -> {
                    out.put(rs.getObject("project_id", UUID.class),
                            new ProjectAds(rs.getLong("n"), rs.getObject("last", OffsetDateTime.class)));
                });
        return out;
    }

    /** The media of an ad, unscoped: callers check ownership or a signed link first. */
    public Optional<AdMedia> media(UUID adId) {
        // The product: the order's name, else the one the creative bible stage read from the brief.
        return jdbc.sql("""
                SELECT a.user_id, a.final_video_url AS video_uri, a.thumbnail_url AS thumbnail_uri,
                       a.keyframe_urls::text AS keyframe_urls_json,
                       COALESCE(NULLIF(BTRIM(a.product_name), ''), c.output->'facts'->>'product') AS product_name,
                       a.aspect_ratio, (COALESCE(a.generation_completed_at, a.created_at) AT TIME ZONE 'UTC')::date AS made_on,
                       k.output->'spoken'->>'srt_uri' AS srt_uri, k.output->'spoken'->>'vtt_uri' AS vtt_uri
                FROM generated_ads a LEFT JOIN stage_checkpoints c ON c.ad_id = a.id AND c.stage = 'creative_bible'
                     LEFT JOIN stage_checkpoints k ON k.ad_id = a.id AND k.stage = 'composition'
                WHERE a.id = :id""")
                .param("id", adId).query(AdMedia.class).optional();
    }

    /** The finished file's facts, for a job's status; empty when the ad is not the user's. */
    public Optional<AdDelivery> delivery(UUID userId, UUID adId) {
        return jdbc.sql("""
                SELECT id AS ad_id, final_video_url AS video_uri, thumbnail_url AS thumbnail_uri,
                       duration_seconds::float8 AS duration_seconds, file_size_bytes, generation_duration_seconds, api_cost_cents
                FROM generated_ads WHERE id = :id AND user_id = :u""").param("id", adId).param("u", userId)
                .query(AdDelivery.class).optional();
    }

    public Optional<UUID> owner(UUID adId) {
        return jdbc.sql("SELECT user_id FROM generated_ads WHERE id = :id").param("id", adId).query(UUID.class).optional();
    }

    /** The status of one of the project's ads (queued, generating, completed, failed, cancelled), if it exists. */
    public Optional<String> statusInProject(UUID projectId, UUID adId) {
        return jdbc.sql("SELECT status FROM generated_ads WHERE id = :a AND project_id = :p")
                .param("a", adId).param("p", projectId).query(String.class).optional();
    }

    public record BibleSummary(UUID id, String name, OffsetDateTime createdAt) {}

    public List<BibleSummary> biblesOfProject(UUID projectId) {
        return jdbc.sql("SELECT id, name, created_at FROM creative_bibles WHERE project_id = :p ORDER BY created_at, id")
                .param("p", projectId).query(BibleSummary.class).list();
    }

    /**
     * Where the media of the project's ads and creative bibles live in the blob store: {@code ads/<id>/}
     * and {@code creative_bibles/<id>/} (a bible's reference images). Deleting the project deletes these.
     */
    public List<String> mediaPrefixesOfProject(UUID projectId) {
        List<String> prefixes = new java.util.ArrayList<>();
        idsOfProject(projectId).forEach(id -> prefixes.add(mediaKey(id, "")));
        biblesOfProject(projectId).forEach(b -> prefixes.add(bibleMediaKey(b.id(), "")));
        return prefixes;
    }

    /** The blob key prefixes of an ad's media and of a creative bible's. */
    public static final String AD_MEDIA = "ads/";
    public static final String BIBLE_MEDIA = "creative_bibles/";

    /** The blob key of one of an ad's files, e.g. {@code ads/<id>/final.mp4}. */
    public static String mediaKey(UUID adId, String relative) { return AD_MEDIA + adId + "/" + relative; }

    /** The blob key of one of a creative bible's files, e.g. {@code creative_bibles/<id>/hero.png}. */
    public static String bibleMediaKey(UUID bibleId, String relative) { return BIBLE_MEDIA + bibleId + "/" + relative; }

    /**
     * Deletes one of the user's ads that is not being made (its checkpoints, jobs, costs and exports go
     * with it); false when it is not the user's or is queued or generating. Its media are the caller's
     * to schedule for deletion ({@link #mediaKey}) in the same transaction.
     */
    public boolean delete(UUID userId, UUID adId) {
        return deleteWithMedia(userId, adId).isPresent();
    }

    /**
     * Deletes the ad as {@link #delete} does and returns the media prefixes that may go with it (empty
     * when nothing was deleted): its own and those of the deleted ads its media came from, each unless
     * a version that lives on still uses it. A revision reads its parent's stage outputs, so an earlier
     * version's media outlive its row until the last version that names them is deleted.
     */
    public Optional<List<String>> deleteWithMedia(UUID userId, UUID adId) {
        List<UUID> from = jdbc.sql("""
                DELETE FROM generated_ads WHERE id = :id AND user_id = :u AND status NOT IN ('queued', 'generating')
                RETURNING array_append(media_from, id)""")
                .param("id", adId).param("u", userId)
                .query((rs, i) -> List.of((UUID[]) rs.getArray(1).getArray())).optional().orElse(null);
        if (from == null) return Optional.empty();
        List<UUID> unused = jdbc.sql("""
                SELECT c FROM unnest(CAST(:c AS UUID[])) AS c
                WHERE NOT EXISTS (SELECT 1 FROM generated_ads a WHERE a.id = c OR c = ANY(a.media_from))""")
                .param("c", from.toArray(UUID[]::new)).query(UUID.class).list();
        return Optional.of(unused.stream().map(id -> mediaKey(id, "")).toList());
    }

    /** Whether an ad's status means a job is making it now. */
    public static boolean inProgress(String status) { return "queued".equals(status) || "generating".equals(status); }

    /** Which of {@code ids} are ads whose media are in use: ads that exist, or whose media a version that exists names. */
    public java.util.Set<UUID> existingAds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) return java.util.Set.of();
        return java.util.Set.copyOf(jdbc.sql("""
                SELECT c FROM unnest(CAST(:ids AS UUID[])) AS c
                WHERE EXISTS (SELECT 1 FROM generated_ads a WHERE a.id = c OR c = ANY(a.media_from))""")
                .param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list());
    }

    /** Which of {@code ids} are creative bibles that exist. */
    public java.util.Set<UUID> existingBibles(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) return java.util.Set.of();
        return java.util.Set.copyOf(jdbc.sql("SELECT id FROM creative_bibles WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list());
    }

    /** Ids of the project's ads, whose media live under {@code ads/<id>/}. */
    public List<UUID> idsOfProject(UUID projectId) {
        return jdbc.sql("SELECT id FROM generated_ads WHERE project_id = :p").param("p", projectId).query(UUID.class).list();
    }

    /** Whether an unfinished ad of the project uses the asset as a product photo. */
    public boolean photoInUse(UUID projectId, UUID assetId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM generated_ads WHERE project_id = :p AND status IN ('queued', 'generating')
                               AND photos @> jsonb_build_array(jsonb_build_object('asset_id', CAST(:a AS TEXT))))""")
                .param("p", projectId).param("a", assetId.toString()).query(Boolean.class).single();
    }

    /** The median generation time of the last completed ads of this length, if there are any. */
    public Optional<Integer> typicalGenerationSeconds(int targetSeconds) {
        return jdbc.sql("""
                SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY generation_duration_seconds) FROM (
                    SELECT generation_duration_seconds FROM generated_ads
                    WHERE status = 'completed' AND target_duration_seconds = :t AND generation_duration_seconds IS NOT NULL
                          AND parent_ad_id IS NULL
                    ORDER BY generation_completed_at DESC LIMIT 20) recent""")
                .param("t", targetSeconds).query(Integer.class).optional();
    }

    /** A completed generation's wall time and cost, for metrics. */
    public record Outcome(long generationSeconds, int apiCostCents) {}

    public Optional<Outcome> outcome(UUID adId) {
        return jdbc.sql("SELECT COALESCE(generation_duration_seconds, 0), api_cost_cents FROM generated_ads WHERE id = :id")
                .param("id", adId).query((rs, i) -> new Outcome(rs.getLong(1), rs.getInt(2))).optional();
    }
}
