package video.zapcut.jobs;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import video.zapcut.accounts.Quotas;
import video.zapcut.accounts.SafetyRecord;
import video.zapcut.ads.Ads;
import video.zapcut.ads.Order;
import video.zapcut.ads.OrderRejectedException;
import video.zapcut.ads.OrderRules;
import video.zapcut.ads.StoredBible;
import video.zapcut.costs.CostEstimator;
import video.zapcut.jobs.GenerationRefusedException.Reason;
import video.zapcut.media.image.InspectedImage;
import video.zapcut.media.image.StoredPhoto;
import video.zapcut.projects.AssetRepository;
import video.zapcut.projects.AssetRepository.Asset;
import video.zapcut.projects.ProjectRepository;
import video.zapcut.projects.ProjectRepository.Project;
import video.zapcut.storage.BlobStore;

/**
 * Accepts orders from the API, the studio and the command line: resolves what the order names (the
 * project, its photos, a bible to reuse), checks it against {@link OrderRules}, checks the user's
 * standing and quota, then writes the ad and its queued job and spends one video, all in one
 * transaction, so a refused order leaves nothing behind.
 */
@Service
public class GenerationOrders {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ProjectRepository projects;
    private final AssetRepository assets;
    private final Ads ads;
    private final JobQueue queue;
    private final Quotas quotas;
    private final SafetyRecord safety;
    private final SafetyProperties safetyLimits;
    private final GenerationEstimates estimates;
    private final CostEstimator costs;
    private final BlobStore blobs;
    private final TransactionTemplate tx;

    public GenerationOrders(ProjectRepository projects, AssetRepository assets, Ads ads, JobQueue queue, Quotas quotas,
                            SafetyRecord safety, SafetyProperties safetyLimits, GenerationEstimates estimates,
                            CostEstimator costs, BlobStore blobs, TransactionTemplate tx) {
        this.projects = projects;
        this.assets = assets;
        this.ads = ads;
        this.queue = queue;
        this.quotas = quotas;
        this.safety = safety;
        this.safetyLimits = safetyLimits;
        this.estimates = estimates;
        this.costs = costs;
        this.blobs = blobs;
        this.tx = tx;
    }

    public record Accepted(UUID jobId, UUID adId, UUID projectId, int estimatedDurationSeconds, long estimatedCostCents) {}

    /**
     * An order for one of the user's projects. Its photos are the assets {@code namedPhotos} names
     * (each must be an image of the project), else the project's uploaded photos; without a brief, the
     * brief is written from the project's description.
     */
    public Accepted submit(UUID userId, Order draft, List<UUID> namedPhotos) {
        Project project = projects.find(userId, draft.projectId())
                .orElseThrow(() -> new GenerationRefusedException(Reason.NOT_FOUND, "no project " + draft.projectId()));
        if (draft.reuseBibleId() != null) checkReusable(project, draft.reuseBibleId());
        Order order = OrderRules.check(withProjectFacts(project, draft).withPhotos(photos(project, namedPhotos)));
        return place(userId, order);
    }

    /**
     * Places a checked order: the ad and its queued job, the video spent, in one transaction (the
     * caller's, when it has one, so the studio records its conversation's step with the order).
     */
    public Accepted place(UUID userId, Order order) {
        UUID adId = UUID.randomUUID();
        UUID jobId = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            boolean metered = !"local".equals(quotas.tier(userId));
            if (metered) checkNotBlocked(userId);
            switch (quotas.spendOne(userId)) {
                case NO_SUCH_USER -> throw new GenerationRefusedException(Reason.NOT_FOUND, "no such user");
                case EXHAUSTED -> throw new GenerationRefusedException(Reason.QUOTA_EXHAUSTED, "you have no videos left on the "
                        + quotas.tier(userId) + " plan (videos_remaining is 0); failed generations are refunded automatically");
                case SPENT, NOT_METERED -> { }
            }
            // The budget is fixed with the ad, in the same transaction: no worker can start the job before it.
            ads.create(adId, userId, order, newSeed(), metered);
            queue.enqueue(jobId, adId);
        });
        return new Accepted(jobId, adId, order.projectId(), estimates.secondsFor(order.durationSeconds()),
                costs.estimatedCostCents(order.durationSeconds(), order.aspect()));
    }

    /** A product photo given as a file (the command line), already checked by its content and made storable. */
    public record PhotoFile(Path file, StoredPhoto photo) {}

    /**
     * The command line's order: the photos are files, stored as uploads of the user's project named for
     * the product (created if missing). The order is checked before anything is written; blobs written
     * before a failed commit are removed, so a failure leaves nothing behind.
     */
    public Accepted submitFiles(UUID userId, Order draft, List<PhotoFile> files) {
        OrderRules.check(draft.withPhotos(files.stream().map(f -> new Order.Photo(null, f.file().toString())).toList()));
        List<String> written = new ArrayList<>();
        try {
            return tx.execute(s -> {
                String name = draft.productName() != null && !draft.productName().isBlank() ? draft.productName().strip() : "Untitled ad";
                UUID projectId = projects.findOrCreate(userId, name, draft.productName(), null);
                List<Order.Photo> photos = new ArrayList<>();
                for (PhotoFile f : files) {
                    UUID id = UUID.randomUUID();
                    InspectedImage info = f.photo().info();
                    String key = ProjectRepository.mediaPrefix(projectId) + "assets/" + id + "." + info.format().toLowerCase(Locale.ROOT);
                    blobs.put(key, f.photo().bytes());
                    written.add(key);
                    assets.insert(new AssetRepository.NewAsset(id, projectId, "image", "upload", blobs.uri(key), key,
                            photos.isEmpty() ? "hero_product" : "product_" + (photos.size() + 1), "primary_product",
                            info.sizeBytes(), info.mimeType(), info.width(), info.height(), null));
                    photos.add(new Order.Photo(id, blobs.uri(key)));
                }
                return place(userId, OrderRules.check(draft.withProject(projectId).withPhotos(photos)));
            });
        } catch (RuntimeException e) {
            for (String key : written) blobs.deletePrefix(key);
            throw e;
        }
    }

    private void checkNotBlocked(UUID userId) {
        int threshold = safetyLimits.blockAfterCriticalViolations();
        if (threshold <= 0) return;
        int critical = safety.criticalCount(userId);
        if (critical >= threshold) {
            throw new GenerationRefusedException(Reason.GENERATION_BLOCKED, "this account may not start generations: "
                    + critical + " of its briefs were blocked for critical safety violations (the limit is " + threshold
                    + "); contact support to review the block");
        }
    }

    /** The photos to use: those named (checked to be this project's images, in order, once each), else its uploads. */
    private List<Order.Photo> photos(Project project, List<UUID> named) {
        if (named.isEmpty()) {
            return assets.uploadedPhotos(project.id()).stream().map(a -> new Order.Photo(a.id(), a.url())).toList();
        }
        List<UUID> unique = List.copyOf(new LinkedHashSet<>(named));
        Map<UUID, Asset> found = assets.byIds(unique).stream().filter(a -> a.projectId().equals(project.id()))
                .collect(Collectors.toMap(Asset::id, Function.identity()));
        List<Order.Photo> out = new ArrayList<>();
        for (UUID id : unique) {
            Asset a = found.get(id);
            if (a == null) throw new OrderRejectedException("scenes.media.asset_id", "no asset " + id + " in this project");
            if (!"image".equals(a.type())) {
                throw new OrderRejectedException("scenes.media.asset_id", "asset " + id + " is " + a.type()
                        + ", not an image; product media must be photos");
            }
            out.add(new Order.Photo(a.id(), a.url()));
        }
        return out;
    }

    private void checkReusable(Project project, UUID bibleId) {
        StoredBible bible = ads.bible(bibleId).filter(b -> b.projectId().equals(project.id()))
                .orElseThrow(() -> new OrderRejectedException("reuse_creative_bible_id", "no creative bible " + bibleId + " in this project"));
        if (!bible.complete()) {
            throw new OrderRejectedException("reuse_creative_bible_id", "creative bible " + bibleId
                    + " has no reference images yet (its generation stopped before making them), so it cannot be reused");
        }
    }

    /** The product name and, without a brief, the brief itself from the project's description, direction and scene ideas. */
    private static Order withProjectFacts(Project p, Order o) {
        String product = o.productName() != null && !o.productName().isBlank() ? o.productName() : p.productName();
        String brief = o.brief();
        if (brief == null || brief.isBlank()) {
            String name = p.productName() != null ? p.productName() : p.name();
            brief = Stream.of(
                            p.productDescription() != null ? name + ": " + p.productDescription() : name,
                            p.targetAudience() != null ? "For " + p.targetAudience() : null,
                            p.brandBenefit(),
                            p.description(),
                            o.sceneIdeas().isEmpty() ? null : "Scenes: " + String.join("; ", o.sceneIdeas()))
                    .filter(t -> t != null && !t.isBlank()).map(t -> t.strip().replaceAll("[.\\s]+$", ""))
                    .collect(Collectors.joining(". ")) + ".";
        }
        return new Order(p.id(), brief, product, o.creativeDirection(), o.durationSeconds(), o.aspect(), o.sceneIdeas(),
                o.photos(), o.sceneEdits(), o.reuseBibleId(), o.budgetCents()).withSound(o.sound());
    }

    /** A seed in the range image and video models accept (0 .. 2^31 - 1), leaving room for + scene index. */
    private static long newSeed() { return RANDOM.nextInt(Integer.MAX_VALUE - 100); }
}
