package video.zapcut.web.projects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import video.zapcut.ads.Ads;
import video.zapcut.projects.AssetRepository;
import video.zapcut.projects.AssetRepository.Asset;
import video.zapcut.storage.BlobDeletions;
import video.zapcut.storage.BlobStore;
import video.zapcut.web.errors.NotFound;
import video.zapcut.web.security.CurrentUser;

/**
 * One asset of a project: its bytes (for the studio's previews) and its removal. Another user's
 * asset, an unknown one and a malformed id all answer 404.
 */
@RestController
public class AssetController {
    private final OwnedProjects owned;
    private final AssetRepository assets;
    private final BlobStore blobs;
    private final Ads ads;
    private final BlobDeletions deletions;
    private final TransactionTemplate tx;

    public AssetController(OwnedProjects owned, AssetRepository assets, BlobStore blobs, Ads ads, BlobDeletions deletions,
                           TransactionTemplate tx) {
        this.owned = owned;
        this.assets = assets;
        this.blobs = blobs;
        this.ads = ads;
        this.deletions = deletions;
        this.tx = tx;
    }

    @GetMapping("/v1/projects/{projectId}/assets/{assetId}/content")
    public ResponseEntity<byte[]> content(@CurrentUser UUID userId, @PathVariable String projectId, @PathVariable String assetId) {
        Asset asset = require(userId, projectId, assetId);
        byte[] bytes;
        try (InputStream in = blobs.open(asset.s3Key())) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read asset " + asset.id(), e);
        }
        MediaType type = asset.mimeType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(asset.mimeType());
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff").body(bytes);
    }

    /** The row and the file's place in the delete outbox together, then the file. An asset an unfinished generation is using cannot be removed (409). */
    @DeleteMapping("/v1/projects/{projectId}/assets/{assetId}")
    public ResponseEntity<Void> delete(@CurrentUser UUID userId, @PathVariable String projectId, @PathVariable String assetId) {
        Asset asset = require(userId, projectId, assetId);
        if (ads.photoInUse(asset.projectId(), asset.id())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "asset " + asset.id() + " is used by a generation in progress");
        }
        boolean deleted = Boolean.TRUE.equals(tx.execute(status -> {
            if (!assets.delete(asset.projectId(), asset.id())) return false;
            if (asset.s3Key() != null) deletions.schedule(java.util.List.of(asset.s3Key()));
            return true;
        }));
        if (!deleted) throw notFound(assetId);
        deletions.runDue(1);
        return ResponseEntity.noContent().build();
    }

    private Asset require(UUID userId, String projectId, String assetId) {
        UUID project = owned.require(userId, projectId).id();
        UUID id = NotFound.uuid("asset", assetId);
        return assets.find(project, id).orElseThrow(() -> notFound(assetId));
    }

    private static ResponseStatusException notFound(String assetId) { return NotFound.of("asset", assetId); }
}
