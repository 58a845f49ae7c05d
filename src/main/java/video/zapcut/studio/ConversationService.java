package video.zapcut.studio;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import video.zapcut.common.Json;
import video.zapcut.agents.llm.LlmChatAgent;
import video.zapcut.common.AspectRatio;
import video.zapcut.costs.CostEstimator;
import video.zapcut.jobs.GenerationEstimates;
import video.zapcut.projects.ProjectRepository;
import video.zapcut.projects.ProjectRepository.ProjectFields;

/**
 * The studio's conversations: one per project, its stage and state kept in PostgreSQL so a reload
 * resumes it. Callers have checked that the project belongs to the user.
 */
@Service
public class ConversationService {
    public static final int MAX_MESSAGE = 4000;
    private static final double DURATION_TOLERANCE = 0.01;
    /** How many earlier messages the LLM orchestrator sees as context. */
    private static final int RECENT = 8;

    private final ConversationRepository conversations;
    private final ProjectRepository projects;
    private final PhotoPalettes palettes;
    private final GenerationEstimates estimates;
    private final CostEstimator costs;
    private final Orchestrator orchestrator;
    private final ReviewPlanner planner = new ReviewPlanner();
    private final TransactionTemplate tx;

    public ConversationService(ConversationRepository conversations, ProjectRepository projects, PhotoPalettes palettes,
                               GenerationEstimates estimates, CostEstimator costs, Orchestrator orchestrator,
                               TransactionTemplate tx) {
        this.tx = tx;
        this.conversations = conversations;
        this.orchestrator = orchestrator;
        this.projects = projects;
        this.palettes = palettes;
        this.estimates = estimates;
        this.costs = costs;
    }

    /** The conversation as the studio shows it; {@code review} is present from final review on. */
    public record View(ConversationRepository.Conversation conversation, List<ConversationRepository.Message> messages,
                       List<String> missing, int imageCount, ReviewPlan review) {}

    /** Thrown when a request does not fit the conversation's stage or state (a 409 or 400 for the web layer). */
    public static final class ConversationConflict extends RuntimeException {
        private final boolean badInput;

        ConversationConflict(String message, boolean badInput) {
            super(message);
            this.badInput = badInput;
        }

        public boolean badInput() { return badInput; }
    }

    @Transactional
    public View open(UUID userId, UUID projectId) {
        return view(ensure(userId, projectId));
    }

    /**
     * Answers a message. The orchestrator (an LLM call when one is configured, seconds with retries)
     * runs outside any transaction, so no connection or row lock is held meanwhile; the turn is then
     * saved under the conversation's lock if the conversation did not change in between (another tab
     * sending at the same moment gets a 409 and sends again). A failed turn stores nothing.
     */
    public View send(UUID userId, UUID projectId, String text) {
        record Snapshot(ConversationRepository.Conversation conversation, List<LlmChatAgent.Line> recent, int images) {}
        Snapshot before = tx.execute(status -> {
            ConversationRepository.Conversation c = ensure(userId, projectId);
            List<ConversationRepository.Message> earlier = conversations.messages(c.id());
            List<LlmChatAgent.Line> recent = earlier.subList(Math.max(0, earlier.size() - RECENT), earlier.size()).stream()
                    .map(m -> new LlmChatAgent.Line(m.role(), m.content())).toList();
            return new Snapshot(c, recent, conversations.imageCount(projectId));
        });
        ConversationRepository.Conversation c = before.conversation();
        Orchestrator.Turn turn = orchestrator.respond(c.stage(), c.state(), text, before.images(), before.recent());
        return tx.execute(status -> {
            conversations.lock(c.id());
            ConversationRepository.Conversation now = conversations.forProject(projectId).orElseThrow();
            if (now.stage() != c.stage() || !Json.write(now.state()).equals(Json.write(c.state()))
                    || !now.updatedAt().equals(c.updatedAt())) {
                throw new ConversationConflict("the conversation changed while this message was being answered; send it again", false);
            }
            conversations.addMessage(c.id(), "user", text, c.stage());
            conversations.save(c.id(), turn.stage(), turn.state());
            conversations.addMessage(c.id(), "assistant", turn.reply(), turn.stage());
            if (!turn.refused()) syncProject(userId, projectId, turn.state());
            return view(conversations.forProject(projectId).orElseThrow());
        });
    }

    /** Something outside the chat changed (photos, a job's progress): move on if the conversation now can. */
    @Transactional
    public View recheck(UUID userId, UUID projectId) {
        ConversationRepository.Conversation c = ensure(userId, projectId);
        conversations.lock(c.id());
        c = conversations.forProject(projectId).orElseThrow();
        if (c.stage() == ConversationStage.GENERATE_VIDEO && c.state().adId != null) {
            Optional<String> status = conversations.adStatus(projectId, UUID.fromString(c.state().adId));
            if (status.filter("completed"::equals).isPresent()) {
                conversations.save(c.id(), ConversationStage.EXPORT_VIDEO, c.state());
                conversations.addMessage(c.id(), "assistant",
                        "Your ad is ready! Watch it below, check its details, and download the MP4 or its thumbnail.",
                        ConversationStage.EXPORT_VIDEO);
            }
        } else {
            Orchestrator.Turn turn = orchestrator.recheck(c.stage(), c.state(), conversations.imageCount(projectId));
            if (turn.stage() != c.stage()) {
                conversations.save(c.id(), turn.stage(), turn.state());
                conversations.addMessage(c.id(), "assistant", turn.reply(), turn.stage());
            }
        }
        return view(conversations.forProject(projectId).orElseThrow());
    }

    /** Saves the user's edits of the previewed storyboard: five scenes whose durations add up to the ad's length. */
    @Transactional
    public View editScenes(UUID userId, UUID projectId, List<ConversationState.SceneEdit> edits) {
        ConversationRepository.Conversation c = ensure(userId, projectId);
        conversations.lock(c.id());
        c = conversations.forProject(projectId).orElseThrow();
        if (c.stage() != ConversationStage.FINAL_REVIEW) {
            throw new ConversationConflict("scenes can be edited at final review; the conversation is at " + c.stage().wireName(), false);
        }
        checkEdits(edits, c.state().durationSeconds, plan(c.state(), projectId).barSeconds());
        ConversationState state = c.state().copy();
        state.sceneEdits = edits.stream().sorted((a, b) -> Integer.compare(a.sceneIndex(), b.sceneIndex()))
                .map(e -> new ConversationState.SceneEdit(e.sceneIndex(), e.description().strip(),
                        e.overlayText() == null ? "" : e.overlayText().strip(), e.durationSeconds()))
                .toList();
        conversations.save(c.id(), c.stage(), state);
        return view(conversations.forProject(projectId).orElseThrow());
    }

    /** Records that the user started generating this plan: final review moves to generate_video. */
    @Transactional
    public View generationStarted(UUID userId, UUID projectId, UUID jobId, UUID adId) {
        ConversationRepository.Conversation c = ensure(userId, projectId);
        conversations.lock(c.id());
        c = conversations.forProject(projectId).orElseThrow();
        if (c.stage().isBefore(ConversationStage.FINAL_REVIEW)) {
            throw new ConversationConflict("the ad cannot be generated yet: the conversation is at " + c.stage().wireName()
                    + " and still needs " + String.join(", ", Orchestrator.missing(c.stage(), c.state(), conversations.imageCount(projectId))), false);
        }
        if (!conversations.isJobOfOwnAd(userId, projectId, adId, jobId)) {
            throw new ConversationConflict("the project has no ad " + adId + " with job " + jobId, true);
        }
        ConversationState state = c.state().copy();
        state.jobId = jobId.toString();
        state.adId = adId.toString();
        conversations.save(c.id(), ConversationStage.GENERATE_VIDEO, state);
        conversations.addMessage(c.id(), "assistant", "Generating your ad now. You can watch each stage below, or cancel.",
                ConversationStage.GENERATE_VIDEO);
        return view(conversations.forProject(projectId).orElseThrow());
    }

    /** Back to final review, to change the plan and generate again. */
    @Transactional
    public View backToReview(UUID userId, UUID projectId) {
        ConversationRepository.Conversation c = ensure(userId, projectId);
        conversations.lock(c.id());
        c = conversations.forProject(projectId).orElseThrow();
        if (c.stage().isBefore(ConversationStage.GENERATE_VIDEO)) {
            throw new ConversationConflict("the conversation is at " + c.stage().wireName() + ", not past final review", false);
        }
        conversations.save(c.id(), ConversationStage.FINAL_REVIEW, c.state());
        conversations.addMessage(c.id(), "assistant", Orchestrator.question(ConversationStage.FINAL_REVIEW, c.state(), 1),
                ConversationStage.FINAL_REVIEW);
        return view(conversations.forProject(projectId).orElseThrow());
    }

    private ConversationRepository.Conversation ensure(UUID userId, UUID projectId) {
        Optional<ConversationRepository.Conversation> found = conversations.forProject(projectId);
        if (found.isPresent()) return found.get();
        conversations.createIfAbsent(projectId, userId, new ConversationState());
        ConversationRepository.Conversation created = conversations.forProject(projectId).orElseThrow();
        conversations.lock(created.id());
        if (conversations.messages(created.id()).isEmpty()) {
            ConversationState state = created.state().copy();
            state.awaiting = "brand";
            conversations.save(created.id(), created.stage(), state);
            conversations.addMessage(created.id(), "assistant", Orchestrator.greeting(), created.stage());
        }
        return conversations.forProject(projectId).orElseThrow();
    }

    private View view(ConversationRepository.Conversation c) {
        int images = conversations.imageCount(c.projectId());
        ReviewPlan review = c.stage().isBefore(ConversationStage.FINAL_REVIEW) ? null
                : plan(c.state(), c.projectId());
        return new View(c, conversations.messages(c.id()), Orchestrator.missing(c.stage(), c.state(), images), images, review);
    }

    /** Time and cost as the job queue and the configured providers estimate them (offline: no cost). */
    private ReviewPlan plan(ConversationState state, UUID projectId) {
        return planner.plan(state, palettes.of(projectId), estimates.secondsFor(state.durationSeconds),
                costs.estimatedCostCents(state.durationSeconds, AspectRatio.parse(state.aspectRatio).orElse(AspectRatio.LANDSCAPE)));
    }

    private void syncProject(UUID userId, UUID projectId, ConversationState s) {
        projects.update(userId, projectId, new ProjectFields(null, null, s.product, s.productDescription, s.audience, s.benefit));
    }

    private static void checkEdits(List<ConversationState.SceneEdit> edits, int target, double bar) {
        if (edits == null || edits.size() != 5) throw new ConversationConflict("scenes must list all five scenes", true);
        double sum = 0;
        boolean[] seen = new boolean[6];
        for (ConversationState.SceneEdit e : edits) {
            if (e.sceneIndex() < 1 || e.sceneIndex() > 5 || seen[e.sceneIndex()]) {
                throw new ConversationConflict("scene_index must be 1 to 5, each once", true);
            }
            seen[e.sceneIndex()] = true;
            if (e.description() == null || e.description().isBlank() || e.description().length() > 1000) {
                throw new ConversationConflict("scene " + e.sceneIndex() + ": description must be 1 to 1000 characters", true);
            }
            if (e.overlayText() != null && e.overlayText().length() > 120) {
                throw new ConversationConflict("scene " + e.sceneIndex() + ": overlay_text must be at most 120 characters", true);
            }
            double bars = e.durationSeconds() / bar;
            if (!(bars >= 1 - 1e-6) || Math.abs(bars - Math.rint(bars)) > 1e-6) {
                throw new ConversationConflict("scene " + e.sceneIndex() + ": duration_seconds must be a whole number of bars of "
                        + trim(bar) + " s (cuts fall on the music's bar lines)", true);
            }
            sum += e.durationSeconds();
        }
        if (Math.abs(sum - target) > DURATION_TOLERANCE) {
            throw new ConversationConflict("scene durations add up to " + trim(sum) + " s; they must add up to " + target + " s", true);
        }
    }

    private static String trim(double d) { return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d); }
}
