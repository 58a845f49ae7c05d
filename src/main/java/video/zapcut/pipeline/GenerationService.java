package video.zapcut.pipeline;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import video.zapcut.assets.AssetRepository;
import video.zapcut.costs.CostLedger;
import video.zapcut.projects.ProjectRepository;
import video.zapcut.storage.BlobStore;

/**
 * Turns a validated request into rows: the project (found or created), the photos as assets, the
 * ad and its queued job, in one transaction. Blobs written before a failed commit are removed, so
 * a failure leaves nothing behind.
 */
@Service
public class GenerationService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final ProjectRepository projects;
    private final AssetRepository assets;
    private final GenerationStore store;
    private final BlobStore blobs;
    private final TransactionTemplate tx;
    private final CostLedger costs;

    public GenerationService(ProjectRepository projects, AssetRepository assets, GenerationStore store, BlobStore blobs,
                             TransactionTemplate tx, CostLedger costs) {
        this.costs = costs;
        this.projects = projects;
        this.assets = assets;
        this.store = store;
        this.blobs = blobs;
        this.tx = tx;
    }

    public record Submitted(UUID adId, UUID jobId, UUID projectId) {}

    public Submitted submit(UUID userId, GenerationRequest request) {
        List<String> written = new ArrayList<>();
        try {
            return tx.execute(s -> {
                String name = request.brief().productName() != null ? request.brief().productName() : "Untitled ad";
                UUID projectId = projects.findOrCreate(userId, name, request.brief().productName(), null);
                List<UUID> assetIds = new ArrayList<>();
                for (GenerationRequest.Photo p : request.photos()) {
                    UUID id = UUID.randomUUID();
                    String key = "projects/" + projectId + "/assets/" + id + "." + p.info().format().toLowerCase(Locale.ROOT);
                    blobs.put(key, p.file());
                    written.add(key);
                    assets.insert(new AssetRepository.NewAsset(id, projectId, "image", "upload", blobs.uri(key), key,
                            assetIds.isEmpty() ? "hero_product" : "product_" + (assetIds.size() + 1), "primary_product",
                            p.info().sizeBytes(), p.info().mimeType(), p.info().width(), p.info().height(), null));
                    assetIds.add(id);
                }
                UUID adId = UUID.randomUUID();
                UUID jobId = UUID.randomUUID();
                store.insert(new GenerationStore.NewAd(adId, jobId, projectId, userId, request.brief().text(),
                        request.brief().productName(), request.brief().creativeDirection(), request.brief().requestedScenes(),
                        assetIds, request.brief().durationSeconds(), request.brief().aspect().label(), newSeed()));
                costs.openBudget(adId, null);
                return new Submitted(adId, jobId, projectId);
            });
        } catch (RuntimeException e) {
            for (String key : written) blobs.deletePrefix(key);
            throw e;
        }
    }

    /** A seed in the range image and video models accept (0 .. 2^31 - 1), leaving room for + scene index. */
    public static long newSeed() { return RANDOM.nextInt(Integer.MAX_VALUE - 100); }
}
