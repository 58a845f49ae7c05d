package video.zapcut.web.projects;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import video.zapcut.projects.AssetRepository;
import video.zapcut.projects.AssetRepository.NewAsset;
import video.zapcut.media.image.ImageInspector;
import video.zapcut.media.image.InspectedImage;
import video.zapcut.media.image.InvalidImageException;
import video.zapcut.storage.BlobStore;

/**
 * Stores an uploaded image: checked by content first, so nothing is written for a file that is
 * not a usable image; then the blob, then its row. The key is built from ids and the detected
 * format only: the client's file name never reaches a path.
 */
@Component
class AssetUploads {
    /** How inspector messages name the file; the client's own file name is not echoed back. */
    private static final String DISPLAY_NAME = "The uploaded file";

    private final ImageInspector inspector;
    private final BlobStore blobs;
    private final AssetRepository assets;

    AssetUploads(ImageInspector inspector, BlobStore blobs, AssetRepository assets) {
        this.inspector = inspector;
        this.blobs = blobs;
        this.assets = assets;
    }

    UploadedAssetResponse store(UUID projectId, String type, String label, String role, byte[] bytes) {
        InspectedImage image = inspect(bytes);
        UUID id = UUID.randomUUID();
        String key = "projects/" + projectId + "/assets/" + id + "." + image.format();
        String url = blobs.uri(key);
        blobs.put(key, bytes);
        try {
            assets.insert(new NewAsset(id, projectId, type, "upload", url, key, label, role, bytes.length, image.mimeType(),
                    image.width(), image.height(), null));
        } catch (RuntimeException e) {
            // Without its row the blob is unreachable; remove it rather than leak it.
            blobs.deletePrefix(key);
            throw e;
        }
        return new UploadedAssetResponse(id, type, url, key, bytes.length, image.mimeType(), image.width(), image.height());
    }

    private InspectedImage inspect(byte[] bytes) {
        try {
            return inspector.inspect(bytes, DISPLAY_NAME);
        } catch (InvalidImageException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }
}
