package video.zapcut.web.projects;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import video.zapcut.media.image.InspectedImage;
import video.zapcut.media.image.InvalidImageException;
import video.zapcut.media.image.PhotoIntake;
import video.zapcut.media.image.StoredPhoto;
import video.zapcut.projects.AssetRepository.NewAsset;
import video.zapcut.projects.AssetRepository;
import video.zapcut.projects.ProjectRepository;
import video.zapcut.storage.BlobStore;

/**
 * Stores an uploaded image: checked by content first, so nothing is written for a file that is
 * not a usable image; then the blob, then its row. The key is built from ids and the stored
 * format only: the client's file name never reaches a path. A WebP is stored as a PNG of its
 * pixels, and its key, MIME type and size say PNG.
 */
@Component
class AssetUploads {
    /** How inspector messages name the file; the client's own file name is not echoed back. */
    private static final String DISPLAY_NAME = "The uploaded file";

    private final PhotoIntake intake;
    private final BlobStore blobs;
    private final AssetRepository assets;

    AssetUploads(PhotoIntake intake, BlobStore blobs, AssetRepository assets) {
        this.intake = intake;
        this.blobs = blobs;
        this.assets = assets;
    }

    UploadedAssetResponse store(UUID projectId, String type, String label, String role, byte[] bytes) {
        StoredPhoto photo = accept(bytes);
        InspectedImage image = photo.info();
        UUID id = UUID.randomUUID();
        String key = ProjectRepository.mediaPrefix(projectId) + "assets/" + id + "." + image.format();
        String url = blobs.uri(key);
        blobs.put(key, photo.bytes());
        try {
            assets.insert(new NewAsset(id, projectId, type, "upload", url, key, label, role, image.sizeBytes(), image.mimeType(),
                    image.width(), image.height(), null));
        } catch (RuntimeException e) {
            // Without its row the blob is unreachable; remove it rather than leak it.
            blobs.deletePrefix(key);
            throw e;
        }
        return new UploadedAssetResponse(id, type, url, key, image.sizeBytes(), image.mimeType(), image.width(), image.height());
    }

    private StoredPhoto accept(byte[] bytes) {
        try {
            return intake.accept(bytes, DISPLAY_NAME);
        } catch (InvalidImageException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }
}
