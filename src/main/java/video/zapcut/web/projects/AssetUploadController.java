package video.zapcut.web.projects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import video.zapcut.web.errors.FieldViolation;
import video.zapcut.web.errors.ProblemTypes;
import video.zapcut.web.security.CurrentUser;

/**
 * Uploads of product photos and logos. Size limits: {@code spring.servlet.multipart.*} (413 over
 * them) and the image inspector's own byte and pixel limits (400).
 */
@RestController
public class AssetUploadController {
    private static final Set<String> UPLOADABLE_TYPES = Set.of("image", "logo");
    /** Column widths of assets.label and assets.role. */
    private static final int MAX_LABEL = 100;

    private final OwnedProjects owned;
    private final AssetUploads uploads;

    public AssetUploadController(OwnedProjects owned, AssetUploads uploads) {
        this.owned = owned;
        this.uploads = uploads;
    }

    @PostMapping(path = "/v1/projects/{projectId}/assets/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<UploadedAssetResponse> upload(@CurrentUser UUID userId, @PathVariable String projectId,
                                                        @RequestParam("file") MultipartFile file,
                                                        @RequestParam(name = "type", defaultValue = "image") String type,
                                                        @RequestParam(name = "label", required = false) String label,
                                                        @RequestParam(name = "role", required = false) String role) {
        UUID project = owned.require(userId, projectId).id();
        checkFields(type, label, role);
        UploadedAssetResponse stored = uploads.store(project, type, label, role, bytesOf(file));
        return ResponseEntity.created(URI.create("/v1/projects/" + project + "/assets/" + stored.id())).body(stored);
    }

    static void checkFields(String type, String label, String role) {
        List<FieldViolation> wrong = new ArrayList<>();
        if (!UPLOADABLE_TYPES.contains(type)) wrong.add(new FieldViolation("type", "must be image or logo"));
        if (label != null && label.length() > MAX_LABEL) wrong.add(new FieldViolation("label", "must be at most 100 characters"));
        if (role != null && role.length() > MAX_LABEL) wrong.add(new FieldViolation("role", "must be at most 100 characters"));
        if (!wrong.isEmpty()) throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemTypes.validation(wrong), null);
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
