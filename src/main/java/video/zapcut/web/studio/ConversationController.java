package video.zapcut.web.studio;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import video.zapcut.web.projects.OwnedProjects;
import video.zapcut.ads.OrderRejectedException;
import video.zapcut.studio.BriefForm;
import video.zapcut.studio.ConversationService;
import video.zapcut.studio.ConversationStage;
import video.zapcut.studio.ConversationService.ConversationConflict;
import video.zapcut.web.security.CurrentUser;

/**
 * The studio's conversation with the orchestrator, one per project. Another user's project, an
 * unknown one and a malformed id all answer 404.
 */
@RestController
@RequestMapping("/v1/projects/{projectId}/conversation")
public class ConversationController {
    private final ConversationService conversations;
    private final OwnedProjects projects;

    public ConversationController(ConversationService conversations, OwnedProjects projects) {
        this.conversations = conversations;
        this.projects = projects;
    }

    @GetMapping
    public ConversationResponse get(@CurrentUser UUID userId, @PathVariable String projectId) {
        UUID project = owned(userId, projectId);
        return answer(() -> conversations.open(userId, project));
    }

    @PostMapping("/messages")
    public ConversationResponse send(@CurrentUser UUID userId, @PathVariable String projectId,
                                     @Valid @RequestBody ConversationRequests.SendMessage request) {
        UUID project = owned(userId, projectId);
        return answer(() -> conversations.send(userId, project, request.text().strip()));
    }

    /** After photos were uploaded or removed, or a generation finished: lets the conversation move on. */
    @PostMapping("/recheck")
    public ConversationResponse recheck(@CurrentUser UUID userId, @PathVariable String projectId) {
        UUID project = owned(userId, projectId);
        return answer(() -> conversations.recheck(userId, project));
    }

    /**
     * The brief edited in place: any of brand, product, audience, benefit, creative_direction, music_mood,
     * duration_seconds, aspect_ratio, requested_scenes, and {@code choose} (fields handed to Zapcut).
     */
    @PatchMapping("/brief")
    public ConversationResponse editBrief(@CurrentUser UUID userId, @PathVariable String projectId,
                                          @RequestBody Map<String, Object> request) {
        UUID project = owned(userId, projectId);
        Map<String, Object> fields = new LinkedHashMap<>(request);
        Object choose = fields.remove("choose");
        List<String> handed = new ArrayList<>();
        if (choose instanceof List<?> l) l.forEach(x -> handed.add(String.valueOf(x)));
        else if (choose != null) throw new OrderRejectedException("choose", "must be a list of field names, e.g. [\"audience\"]");
        BriefForm form = BriefForm.check(fields, handed);
        return answer(() -> conversations.editBrief(userId, project, form));
    }

    /** A step label pressed: back to that step, keeping everything already given. */
    @PostMapping("/stage")
    public ConversationResponse goTo(@CurrentUser UUID userId, @PathVariable String projectId,
                                     @Valid @RequestBody ConversationRequests.GoTo request) {
        UUID project = owned(userId, projectId);
        ConversationStage step;
        try {
            step = ConversationStage.fromWire(request.stage());
        } catch (IllegalArgumentException e) {
            throw new OrderRejectedException("stage", "unknown step " + request.stage() + "; the steps are collect_brand_info, "
                    + "collect_product_info, collect_assets, collect_scenes and final_review");
        }
        return answer(() -> conversations.goTo(userId, project, step));
    }

    @PutMapping("/scenes")
    public ConversationResponse editScenes(@CurrentUser UUID userId, @PathVariable String projectId,
                                           @Valid @RequestBody ConversationRequests.EditScenes request) {
        UUID project = owned(userId, projectId);
        return answer(() -> conversations.editScenes(userId, project, request.toEdits()));
    }

    /**
     * Generates the reviewed plan in one call: the order, its ad and job and the conversation's step are
     * written together. 202 with the job's status URL; the conversation's state carries job_id and ad_id.
     */
    @PostMapping("/generate")
    public ResponseEntity<ConversationResponse> generate(@CurrentUser UUID userId, @PathVariable String projectId,
                                                         @RequestBody(required = false) ConversationRequests.Generate request) {
        UUID project = owned(userId, projectId);
        Integer budget = request == null ? null : request.budgetCents();
        ConversationService.Started started = attempt(() -> conversations.generate(userId, project, budget));
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(ServletUriComponentsBuilder.fromCurrentContextPath().path("/v1/generate/video/job/{id}")
                        .build(started.jobId()))
                .body(ConversationResponse.of(started.view()));
    }

    @PostMapping("/review")
    public ConversationResponse backToReview(@CurrentUser UUID userId, @PathVariable String projectId) {
        UUID project = owned(userId, projectId);
        return answer(() -> conversations.backToReview(userId, project));
    }

    private UUID owned(UUID userId, String projectId) { return projects.require(userId, projectId).id(); }

    private static ConversationResponse answer(Supplier<ConversationService.View> action) {
        return ConversationResponse.of(attempt(action));
    }

    private static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (ConversationConflict e) {
            throw new ResponseStatusException(e.badInput() ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT, e.getMessage(), e);
        }
    }
}
