package video.zapcut.web.projects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.media.image.ImageLimits;
import video.zapcut.media.image.PhotoIntake;
import video.zapcut.storage.BlobStore;
import video.zapcut.web.errors.FieldViolation;
import video.zapcut.web.errors.NotFound;
import video.zapcut.web.errors.ProblemTypes;
import video.zapcut.web.security.CurrentUser;

/**
 * Uploads that bypass the API: the client asks for a presigned PUT, sends the photo straight to the
 * bucket, then confirms. Only the confirmation makes an asset, after the same content check as a
 * multipart upload (magic bytes, a full decode, byte and pixel limits); whatever was sent is then
 * removed from its pending place, so a rejected object never stays in the bucket.
 */
@RestController
public class DirectUploadController {
    /** How long the presigned PUT is valid. */
    static final Duration UPLOAD_WINDOW = Duration.ofMinutes(15);
    private final OwnedProjects owned;
    private final AssetUploads uploads;
    private final BlobStore blobs;

    public DirectUploadController(OwnedProjects owned, AssetUploads uploads, BlobStore blobs) {
        this.owned = owned;
        this.uploads = uploads;
        this.blobs = blobs;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record UploadUrlRequest(String contentType, Long sizeBytes) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record UploadUrlResponse(UUID uploadId, String uploadUrl, String method, Map<String, String> headers, Instant expiresAt,
                                    String confirmUrl) {}

    @PostMapping("/v1/projects/{projectId}/assets/upload-url")
    public ResponseEntity<UploadUrlResponse> uploadUrl(@CurrentUser UUID userId, @PathVariable String projectId,
                                                       @RequestBody UploadUrlRequest body) {
        UUID project = owned.require(userId, projectId).id();
        String type = body.contentType() == null ? "" : body.contentType().strip().toLowerCase(java.util.Locale.ROOT);
        List<String> accepted = PhotoIntake.acceptedMediaTypes();
        if (!accepted.contains(type)) {
            throw invalid("content_type", "must be one of " + String.join(", ", accepted) + ", not '" + body.contentType() + "'");
        }
        if (body.sizeBytes() != null && (body.sizeBytes() < 1 || body.sizeBytes() > ImageLimits.DEFAULT_MAX_BYTES)) {
            throw invalid("size_bytes", "a photo may have 1 byte to " + ImageLimits.DEFAULT_MAX_BYTES / 1024 / 1024 + " MB");
        }
        UUID uploadId = UUID.randomUUID();
        URI url = blobs.uploadLink(pendingKey(project, uploadId), type, UPLOAD_WINDOW).orElseThrow(() -> new ErrorResponseException(
                HttpStatus.CONFLICT, ProblemTypes.problem(HttpStatus.CONFLICT, ProblemTypes.DIRECT_UPLOAD_UNAVAILABLE,
                        "Direct uploads unavailable", "this server keeps media on its own disk, so photos go through the API: "
                                + "POST /v1/projects/" + project + "/assets/upload"), null));
        String confirm = "/v1/projects/" + project + "/assets/upload-url/" + uploadId + "/confirm";
        return ResponseEntity.ok(new UploadUrlResponse(uploadId, url.toString(), "PUT", Map.of("Content-Type", type),
                Instant.now().plus(UPLOAD_WINDOW), confirm));
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ConfirmRequest(String type, String label, String role) {}

    @PostMapping("/v1/projects/{projectId}/assets/upload-url/{uploadId}/confirm")
    public ResponseEntity<UploadedAssetResponse> confirm(@CurrentUser UUID userId, @PathVariable String projectId,
                                                         @PathVariable String uploadId, @RequestBody(required = false) ConfirmRequest body) {
        UUID project = owned.require(userId, projectId).id();
        String key = pendingKey(project, NotFound.uuid("upload", uploadId));
        if (!blobs.exists(key)) throw NotFound.of("upload", uploadId + " (nothing was sent to its link, or it was already confirmed)");
        ConfirmRequest fields = body == null ? new ConfirmRequest(null, null, null) : body;
        String type = fields.type() == null ? "image" : fields.type();
        AssetUploadController.checkFields(type, fields.label(), fields.role());
        try {
            if (blobs.size(key) > ImageLimits.DEFAULT_MAX_BYTES) {
                throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "the uploaded file is larger than "
                        + ImageLimits.DEFAULT_MAX_BYTES / 1024 / 1024 + " MB");
            }
            byte[] bytes;
            try (InputStream in = blobs.open(key)) {
                bytes = in.readNBytes((int) ImageLimits.DEFAULT_MAX_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the uploaded object", e);
            }
            UploadedAssetResponse stored = uploads.store(project, type, fields.label(), fields.role(), bytes);
            return ResponseEntity.created(URI.create("/v1/projects/" + project + "/assets/" + stored.id())).body(stored);
        } finally {
            // Accepted, it now lives under the asset's own key; refused, it must not stay in the bucket.
            blobs.delete(key);
        }
    }

    static String pendingKey(UUID project, UUID uploadId) { return "uploads/pending/" + project + "/" + uploadId; }

    private static ErrorResponseException invalid(String field, String message) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemTypes.validation(List.of(new FieldViolation(field, message))), null);
    }
}
