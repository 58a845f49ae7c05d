package video.zapcut.jobs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import video.zapcut.agents.Brief;
import video.zapcut.assets.AssetRepository;
import video.zapcut.costs.CostEstimator;
import video.zapcut.costs.CostLedger;
import video.zapcut.assets.AssetRepository.Asset;
import video.zapcut.jobs.GenerationRefusedException.Reason;
import video.zapcut.pipeline.GenerationService;
import video.zapcut.pipeline.GenerationStore;
import video.zapcut.pipeline.GenerationStore.StoredBible;
import video.zapcut.pipeline.SceneEdit;
import video.zapcut.projects.ProjectRepository;
import video.zapcut.projects.ProjectRepository.Project;

/**
 * Accepts generations asked for over the API: checks what the order names (the project, its photos,
 * the bible to reuse), the user's standing (not blocked) and quota, then writes the ad and its queued
 * job and spends one video, all in one transaction, so a refused order leaves nothing behind.
 */
@Service
public class VideoOrders {
    private static final int MAX_PHOTOS = 4;

    private final ProjectRepository projects;
    private final AssetRepository assets;
    private final GenerationStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SafetyProperties safety;
    private final GenerationEstimates estimates;
    private final CostLedger costs;
    private final CostEstimator costEstimator;

    public VideoOrders(ProjectRepository projects, AssetRepository assets, GenerationStore store, JdbcClient jdbc,
                       TransactionTemplate tx, SafetyProperties safety, GenerationEstimates estimates, CostLedger costs,
                       CostEstimator costEstimator) {
        this.costs = costs;
        this.costEstimator = costEstimator;
        this.projects = projects;
        this.assets = assets;
        this.store = store;
        this.jdbc = jdbc;
        this.tx = tx;
        this.safety = safety;
        this.estimates = estimates;
    }

    public record Accepted(UUID jobId, UUID adId, int estimatedDurationSeconds, long estimatedCostCents) {}

    public Accepted submit(UUID userId, VideoOrder order) {
        Project project = projects.find(userId, order.projectId())
                .orElseThrow(() -> new GenerationRefusedException(Reason.NOT_FOUND, "no project " + order.projectId()));
        List<UUID> photos = photos(project, order.assetIds());
        checkEdits(order);
        if (order.reuseBibleId() != null) checkReusable(project, order.reuseBibleId());
        String brief = briefOf(project, order);
        String productName = order.productName() != null && !order.productName().isBlank() ? order.productName().strip()
                : project.productName();

        UUID adId = UUID.randomUUID();
        UUID jobId = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            String tier = jdbc.sql("SELECT subscription_tier FROM users WHERE id = :u FOR UPDATE").param("u", userId)
                    .query(String.class).optional()
                    .orElseThrow(() -> new GenerationRefusedException(Reason.NOT_FOUND, "no such user"));
            boolean metered = !"local".equals(tier);
            if (metered) {
                checkNotBlocked(userId);
                int spent = jdbc.sql("""
                        UPDATE users SET videos_remaining = videos_remaining - 1, updated_at = NOW()
                        WHERE id = :u AND videos_remaining > 0""").param("u", userId).update();
                if (spent == 0) {
                    throw new GenerationRefusedException(Reason.QUOTA_EXHAUSTED, "you have no videos left on the "
                            + tier + " plan (videos_remaining is 0); failed generations are refunded automatically");
                }
            }
            store.insert(new GenerationStore.NewAd(adId, jobId, project.id(), userId, brief, productName,
                    blankToNull(order.creativeDirection()), order.scenePrompts(), photos, order.durationSeconds(),
                    order.aspect().label(), GenerationService.newSeed(), order.reuseBibleId(), order.edits(),
                    metered));
            // In the same transaction: no worker can start the job before its budget is fixed.
            costs.openBudget(adId, order.budgetCents());
        });
        return new Accepted(jobId, adId, estimates.secondsFor(order.durationSeconds()),
                costEstimator.estimatedCostCents(order.durationSeconds(), order.aspect()));
    }

    private void checkNotBlocked(UUID userId) {
        int threshold = safety.blockAfterCriticalViolations();
        if (threshold <= 0) return;
        int critical = jdbc.sql("SELECT COUNT(*) FROM safety_violations WHERE user_id = :u AND severity = 'critical'")
                .param("u", userId).query(Integer.class).single();
        if (critical >= threshold) {
            throw new GenerationRefusedException(Reason.GENERATION_BLOCKED, "this account may not start generations: "
                    + critical + " of its briefs were blocked for critical safety violations (the limit is " + threshold
                    + "); contact support to review the block");
        }
    }

    /** The photos to use: those the scenes name (checked to be this project's images), else its uploads. */
    private List<UUID> photos(Project project, List<UUID> named) {
        if (named.isEmpty()) {
            return assets.forProject(project.id(), "image").stream().filter(a -> "upload".equals(a.source()))
                    .map(Asset::id).limit(MAX_PHOTOS).toList();
        }
        Set<UUID> unique = new LinkedHashSet<>(named);
        Map<UUID, Asset> found = assets.byIds(List.copyOf(unique)).stream()
                .filter(a -> a.projectId().equals(project.id()))
                .collect(Collectors.toMap(Asset::id, a -> a));
        List<UUID> out = new ArrayList<>();
        for (UUID id : unique) {
            Asset a = found.get(id);
            if (a == null) throw new GenerationRefusedException(Reason.INVALID, "scenes.media.asset_id", "no asset " + id + " in this project");
            if (!"image".equals(a.type())) {
                throw new GenerationRefusedException(Reason.INVALID, "scenes.media.asset_id",
                        "asset " + id + " is " + a.type() + ", not an image; product media must be photos");
            }
            out.add(id);
        }
        if (out.size() > MAX_PHOTOS) {
            throw new GenerationRefusedException(Reason.INVALID, "scenes.media", "at most " + MAX_PHOTOS + " product photos per ad, not " + out.size());
        }
        return out;
    }

    private void checkReusable(Project project, UUID bibleId) {
        StoredBible bible = store.bible(bibleId).filter(b -> b.projectId().equals(project.id()))
                .orElseThrow(() -> new GenerationRefusedException(Reason.INVALID, "reuse_creative_bible_id",
                        "no creative bible " + bibleId + " in this project"));
        if (bible.referenceImages().size() < 4) {
            throw new GenerationRefusedException(Reason.INVALID, "reuse_creative_bible_id", "creative bible " + bibleId
                    + " has no reference images yet (its generation stopped before making them), so it cannot be reused");
        }
    }

    /** Durations, when given, must be given for all five scenes, be whole frames, and add up to the target. */
    private static void checkEdits(VideoOrder order) {
        List<SceneEdit> timed = order.edits().stream().filter(e -> e.durationSeconds() != null).toList();
        if (timed.isEmpty()) return;
        if (timed.size() != 5) {
            throw new GenerationRefusedException(Reason.INVALID, "scenes", "give duration_seconds for all 5 scenes or for none ("
                    + timed.size() + " given)");
        }
        double sum = 0;
        for (SceneEdit e : timed) {
            double frames = e.durationSeconds() * 30;
            String field = "scenes[" + (e.sceneIndex() - 1) + "].duration_seconds";
            if (e.durationSeconds() < 1) throw new GenerationRefusedException(Reason.INVALID, field, "must be at least 1 second");
            if (Math.abs(frames - Math.round(frames)) > 1e-6) {
                throw new GenerationRefusedException(Reason.INVALID, field, "must be a whole number of frames at 30 fps (a multiple of 1/30 s)");
            }
            sum += e.durationSeconds();
        }
        if (Math.abs(sum - order.durationSeconds()) > 1e-6) {
            throw new GenerationRefusedException(Reason.INVALID, "scenes", "scene durations add up to " + trim(sum)
                    + " s but duration_seconds is " + order.durationSeconds());
        }
    }

    /** The brief as given, else written from the project's description, the direction and the scene ideas. */
    static String briefOf(Project p, VideoOrder order) {
        String text;
        if (order.brief() != null && !order.brief().isBlank()) {
            text = order.brief().strip();
        } else {
            String product = p.productName() != null ? p.productName() : p.name();
            text = Stream.of(
                            p.productDescription() != null ? product + ": " + p.productDescription() : product,
                            p.targetAudience() != null ? "For " + p.targetAudience() : null,
                            p.brandBenefit(),
                            p.description(),
                            order.scenePrompts().isEmpty() ? null : "Scenes: " + String.join("; ", order.scenePrompts()))
                    .filter(t -> t != null && !t.isBlank()).map(t -> t.strip().replaceAll("[.\\s]+$", ""))
                    .collect(Collectors.joining(". ")) + ".";
        }
        if (text.length() > Brief.MAX_LENGTH) {
            throw new GenerationRefusedException(Reason.INVALID, "brief", "the brief is " + text.length()
                    + " characters; at most " + Brief.MAX_LENGTH);
        }
        return text;
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
