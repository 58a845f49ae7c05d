package video.zapcut.web.projects;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import video.zapcut.projects.AssetRepository;
import video.zapcut.ads.Ads;
import video.zapcut.projects.ProjectRepository;
import video.zapcut.projects.ProjectRepository.Project;
import video.zapcut.storage.BlobDeletions;
import video.zapcut.web.errors.FieldViolation;
import video.zapcut.web.errors.ProblemTypes;
import video.zapcut.web.security.CurrentUser;

/** The signed-in user's projects: list, create, read, change, delete. */
@RestController
@RequestMapping("/v1/projects")
public class ProjectController {
    static final int MAX_PAGE = 100;

    private final ProjectRepository projects;
    private final AssetRepository assets;
    private final Ads ads;
    private final OwnedProjects owned;
    private final BlobDeletions deletions;
    private final TransactionTemplate tx;

    public ProjectController(ProjectRepository projects, AssetRepository assets, Ads ads, OwnedProjects owned, BlobDeletions deletions,
                             TransactionTemplate tx) {
        this.projects = projects;
        this.ads = ads;
        this.assets = assets;
        this.owned = owned;
        this.deletions = deletions;
        this.tx = tx;
    }

    @GetMapping
    public ProjectListResponse list(@CurrentUser UUID userId, @RequestParam(defaultValue = "20") int limit,
                                    @RequestParam(defaultValue = "0") int offset) {
        checkPage(limit, offset);
        List<Project> found = projects.page(userId, limit, offset);
        Map<UUID, Ads.ProjectAds> counts = ads.countsByProject(found.stream().map(Project::id).toList());
        List<ProjectListResponse.Item> page = found.stream().map(p -> ProjectListResponse.Item.of(p, counts.get(p.id()))).toList();
        return new ProjectListResponse(page, projects.count(userId), limit, offset);
    }

    @PostMapping
    public ResponseEntity<ProjectCreatedResponse> create(@CurrentUser UUID userId, @Valid @RequestBody CreateProjectRequest request) {
        UUID id = projects.create(userId, request.toFields());
        Project created = projects.find(userId, id).orElseThrow();
        return ResponseEntity.created(URI.create("/v1/projects/" + id)).body(ProjectCreatedResponse.of(created));
    }

    @GetMapping("/{projectId}")
    public ProjectDetailResponse get(@CurrentUser UUID userId, @PathVariable String projectId) {
        return detail(owned.require(userId, projectId));
    }

    @PatchMapping("/{projectId}")
    public ProjectDetailResponse update(@CurrentUser UUID userId, @PathVariable String projectId,
                                        @Valid @RequestBody UpdateProjectRequest request) {
        UUID id = OwnedProjects.parse(projectId);
        if (!projects.update(userId, id, request.toChanges())) throw OwnedProjects.notFound(projectId);
        return detail(owned.require(userId, projectId));
    }

    /**
     * The rows and the media's place in the delete outbox in one transaction, then the media: a store
     * that is down delays the files' deletion (the outbox tries again) but never loses it, and no row
     * ever points at a missing file.
     */
    @DeleteMapping("/{projectId}")
    public ResponseEntity<Void> delete(@CurrentUser UUID userId, @PathVariable String projectId) {
        UUID id = owned.require(userId, projectId).id();
        List<String> mediaPrefixes = new ArrayList<>();
        mediaPrefixes.add(ProjectRepository.mediaPrefix(id));
        mediaPrefixes.addAll(ads.mediaPrefixesOfProject(id));
        boolean deleted = Boolean.TRUE.equals(tx.execute(status -> {
            if (!projects.delete(userId, id)) return false;
            deletions.schedule(mediaPrefixes);
            return true;
        }));
        if (!deleted) throw OwnedProjects.notFound(projectId);
        deletions.runDue(mediaPrefixes.size());
        return ResponseEntity.noContent().build();
    }

    private ProjectDetailResponse detail(Project p) {
        Ads.ProjectAds made = ads.countsByProject(List.of(p.id())).get(p.id());
        return ProjectDetailResponse.of(p, assets.forProject(p.id()), ads.biblesOfProject(p.id()), made == null ? 0 : made.total());
    }

    private static void checkPage(int limit, int offset) {
        List<FieldViolation> wrong = new ArrayList<>();
        if (limit < 1 || limit > MAX_PAGE) wrong.add(new FieldViolation("limit", "must be between 1 and " + MAX_PAGE));
        if (offset < 0) wrong.add(new FieldViolation("offset", "must be 0 or more"));
        if (!wrong.isEmpty()) throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemTypes.validation(wrong), null);
    }
}
