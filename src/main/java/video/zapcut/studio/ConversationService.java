package video.zapcut.studio;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import video.zapcut.ads.Ads;
import video.zapcut.ads.Order;
import video.zapcut.ads.OrderRules;
import video.zapcut.ads.SceneEdit;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.LlmChatAgent;
import video.zapcut.agents.StoryAgent;
import video.zapcut.agents.StyleAgent;
import video.zapcut.ai.ProviderChoices;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.Json;
import video.zapcut.costs.CostEstimator;
import video.zapcut.jobs.GenerationEstimates;
import video.zapcut.jobs.GenerationOrders;
import video.zapcut.projects.AssetRepository;
import video.zapcut.projects.ProjectRepository;
import video.zapcut.projects.ProjectRepository.ProjectFields;

/**
 * The studio's conversations: one per project, its stage and state kept in PostgreSQL so a reload
 * resumes it. Callers have checked that the project belongs to the user.
 *
 * <p>Work that may call an LLM (a chat turn, writing the review's plan) runs outside any transaction,
 * holding neither a pooled connection nor the conversation's lock; its result is then saved under the
 * lock only if the conversation did not change meanwhile (another tab: 409, send again).
 */
@Service
public class ConversationService {
    /** A message may be a whole brand document: it is read whole, and a longer one is refused before anything is cut. */
    public static final int MAX_MESSAGE = 50_000;
    /** How many earlier messages the LLM orchestrator sees as context. */
    private static final int RECENT = 8;

    private final ConversationRepository conversations;
    private final ProjectRepository projects;
    private final AssetRepository assets;
    private final Ads ads;
    private final PhotoPalettes palettes;
    private final GenerationEstimates estimates;
    private final GenerationOrders orders;
    private final CostEstimator costs;
    private final Orchestrator orchestrator;
    private final ReviewPlanner planner;
    private final ProviderChoices providers;
    private final TransactionTemplate tx;

    public ConversationService(ConversationRepository conversations, ProjectRepository projects, AssetRepository assets, Ads ads,
                               PhotoPalettes palettes, GenerationEstimates estimates, GenerationOrders orders, CostEstimator costs,
                               Orchestrator orchestrator, StyleAgent style, StoryAgent story, AgentOutputValidator validator,
                               ProviderChoices providers, TransactionTemplate tx) {
        this.conversations = conversations;
        this.projects = projects;
        this.assets = assets;
        this.ads = ads;
        this.palettes = palettes;
        this.estimates = estimates;
        this.orders = orders;
        this.costs = costs;
        this.orchestrator = orchestrator;
        this.planner = new ReviewPlanner(style, story, validator);
        this.providers = providers;
        this.tx = tx;
    }

    /**
     * The conversation as the studio shows it; {@code review} is present from final review on;
     * {@code reachable} is the furthest step it could move to now with what it knows (a step label can go there).
     */
    public record View(ConversationRepository.Conversation conversation, List<ConversationRepository.Message> messages,
                       List<String> missing, int imageCount, ReviewPlan review, ConversationStage reachable) {}

    /** A generation the conversation started, with the conversation after it. */
    public record Started(View view, UUID jobId, UUID adId) {}

    /** Thrown when a request does not fit the conversation's stage or state (a 409 or 400 for the web layer). */
    public static final class ConversationConflict extends RuntimeException {
        private final boolean badInput;

        ConversationConflict(String message, boolean badInput) {
            super(message);
            this.badInput = badInput;
        }

        public boolean badInput() { return badInput; }
    }

    public View open(UUID userId, UUID projectId) {
        tx.executeWithoutResult(s -> ensure(userId, projectId));
        return withCurrentReview(projectId);
    }

    /** Answers a message (see the class comment for why the answer is made outside a transaction). */
    public View send(UUID userId, UUID projectId, String text) {
        record Snapshot(ConversationRepository.Conversation conversation, List<LlmChatAgent.Line> recent, int images) {}
        Snapshot before = tx.execute(status -> {
            ConversationRepository.Conversation c = ensure(userId, projectId);
            List<ConversationRepository.Message> earlier = conversations.messages(c.id());
            List<LlmChatAgent.Line> recent = earlier.subList(Math.max(0, earlier.size() - RECENT), earlier.size()).stream()
                    .map(m -> new LlmChatAgent.Line(m.role(), m.content())).toList();
            return new Snapshot(c, recent, assets.countUploadedPhotos(projectId));
        });
        ConversationRepository.Conversation c = before.conversation();
        Orchestrator.Turn turn = orchestrator.respond(c.stage(), c.state(), text, before.images(), before.recent());
        ConversationState state = turn.refused() ? turn.state() : planned(projectId, turn.stage(), turn.state());
        return tx.execute(status -> {
            lockUnchanged(projectId, c);
            conversations.addMessage(c.id(), "user", text, c.stage());
            conversations.save(c.id(), turn.stage(), state);
            conversations.addMessage(c.id(), "assistant", turn.reply(), turn.stage());
            if (!turn.refused()) syncProject(userId, projectId, state);
            return view(conversations.forProject(projectId).orElseThrow());
        });
    }

    /** Something outside the chat changed (photos, a job's progress): move on if the conversation now can. */
    public View recheck(UUID userId, UUID projectId) {
        ConversationRepository.Conversation c = tx.execute(s -> ensure(userId, projectId));
        if (c.stage() == ConversationStage.GENERATE_VIDEO && c.state().adId != null) {
            Optional<String> status = ads.statusInProject(projectId, UUID.fromString(c.state().adId));
            if (status.filter("completed"::equals).isPresent()) {
                return tx.execute(s -> {
                    lockUnchanged(projectId, c);
                    conversations.save(c.id(), ConversationStage.EXPORT_VIDEO, c.state());
                    conversations.addMessage(c.id(), "assistant",
                            "Your ad is ready! Watch it below, check its details, and download the MP4 or its thumbnail.",
                            ConversationStage.EXPORT_VIDEO);
                    return view(conversations.forProject(projectId).orElseThrow());
                });
            }
            return withCurrentReview(projectId);
        }
        Orchestrator.Turn turn = orchestrator.recheck(c.stage(), c.state(), assets.countUploadedPhotos(projectId));
        if (turn.stage() == c.stage()) return withCurrentReview(projectId);
        ConversationState state = planned(projectId, turn.stage(), turn.state());
        return tx.execute(s -> {
            lockUnchanged(projectId, c);
            conversations.save(c.id(), turn.stage(), state);
            conversations.addMessage(c.id(), "assistant", turn.reply(), turn.stage());
            return view(conversations.forProject(projectId).orElseThrow());
        });
    }

    /**
     * The brief edited in place beside the chat: the same rules as a chat message ({@link BriefEdits}),
     * checked first ({@link BriefForm}), nothing saved when a value is wrong. An assistant message says what
     * changed, so the chat and the fields stay two views of one state; a complete brief moves the
     * conversation on (never past the review), and at the review the plan is written again.
     */
    public View editBrief(UUID userId, UUID projectId, BriefForm form) {
        ConversationRepository.Conversation c = tx.execute(s -> ensure(userId, projectId));
        if (!c.stage().isBefore(ConversationStage.GENERATE_VIDEO)) {
            throw new ConversationConflict("the brief can't change while this ad is being made or after it was made; go back to the review "
                    + "first (POST .../conversation/review), then edit", false);
        }
        int images = assets.countUploadedPhotos(projectId);
        ConversationState state = c.state().copy();
        List<String> changed = BriefEdits.apply(state, c.stage(), form.values(), form.values().keySet(), form.choose(), Map.of(),
                form.scenes() == null ? List.of() : form.scenes(), null);
        if (form.scenes() != null && form.scenes().isEmpty() && !state.requestedScenes.isEmpty()) {
            state.requestedScenes = List.of();
            state.sceneEdits = null;
            changed.add("no scene ideas (I'll write the scenes)");
        }
        ConversationStage next = Orchestrator.advance(c.stage(), state, images);
        state.awaiting = Orchestrator.missing(next, state, images).stream().findFirst().orElse(null);
        String reply = changed.isEmpty() ? null : "Updated the brief: " + String.join(", ", changed) + "."
                + (next != c.stage() ? " " + Orchestrator.question(next, state, images) : "");
        ConversationState planned = planned(projectId, next, state);
        return tx.execute(s -> {
            lockUnchanged(projectId, c);
            if (reply == null) return view(conversations.forProject(projectId).orElseThrow());
            conversations.save(c.id(), next, planned);
            conversations.addMessage(c.id(), "assistant", reply, next);
            syncProject(userId, projectId, planned);
            return view(conversations.forProject(projectId).orElseThrow());
        });
    }

    /**
     * A step label pressed: back to a step, or forward to one the facts already reach (after going back),
     * keeping everything already given. Moving on to the review writes its plan first.
     */
    public View goTo(UUID userId, UUID projectId, ConversationStage step) {
        View moved = tx.execute(s -> {
            ConversationRepository.Conversation c = lockedCurrent(userId, projectId);
            if (!step.isBefore(ConversationStage.GENERATE_VIDEO)) {
                throw new ConversationConflict("the steps you can go back to are the brand, the product, the photos, the scenes and "
                        + "the review; generating starts with the Generate button", true);
            }
            int images = assets.countUploadedPhotos(projectId);
            boolean forward = c.stage().isBefore(step);
            if (forward && Orchestrator.advance(c.stage(), c.state(), images).isBefore(step)) {
                throw new ConversationConflict("the conversation has not reached " + step.wireName() + " yet (it is at "
                        + c.stage().wireName() + " and still needs " + String.join(", ",
                        Orchestrator.missing(c.stage(), c.state(), images)) + ")", false);
            }
            if (step == c.stage()) return view(c);
            ConversationState state = c.state().copy();
            state.awaiting = Orchestrator.missing(step, state, images).stream().findFirst().orElse(null);
            conversations.save(c.id(), step, state);
            conversations.addMessage(c.id(), "assistant", forward ? Orchestrator.onTo(step, state, images)
                    : Orchestrator.backTo(step, state, images), step);
            return view(conversations.forProject(projectId).orElseThrow());
        });
        return step == ConversationStage.FINAL_REVIEW ? withCurrentReview(projectId) : moved;
    }

    /** Saves the user's edits of the previewed storyboard, checked by the same rules as every order. */
    public View editScenes(UUID userId, UUID projectId, List<SceneEdit> edits) {
        return tx.execute(s -> {
            ConversationRepository.Conversation c = lockedCurrent(userId, projectId);
            if (c.stage() != ConversationStage.FINAL_REVIEW) {
                throw new ConversationConflict("scenes can be edited at final review; the conversation is at " + c.stage().wireName(), false);
            }
            ConversationState state = c.state().copy();
            state.sceneEdits = OrderRules.checkSceneEdits(edits, state.durationSeconds).stream()
                    .sorted((a, b) -> Integer.compare(a.sceneIndex(), b.sceneIndex())).toList();
            conversations.save(c.id(), c.stage(), state);
            return view(conversations.forProject(projectId).orElseThrow());
        });
    }

    /**
     * Generates the reviewed plan: the order (the conversation's facts, the project's photos, the plan
     * as reviewed with the user's edits), its ad and queued job, and the conversation's move to
     * generate_video are written in one transaction, so a job the conversation does not know cannot exist.
     */
    public Started generate(UUID userId, UUID projectId, Integer budgetCents) {
        withCurrentReview(projectId);
        return tx.execute(s -> {
            ConversationRepository.Conversation c = lockedCurrent(userId, projectId);
            if (c.stage() != ConversationStage.FINAL_REVIEW) {
                throw new ConversationConflict(c.stage().isBefore(ConversationStage.FINAL_REVIEW)
                        ? "the ad cannot be generated yet: the conversation is at " + c.stage().wireName() + " and still needs "
                          + String.join(", ", Orchestrator.missing(c.stage(), c.state(), assets.countUploadedPhotos(projectId)))
                        : "this conversation already started a generation (job " + c.state().jobId + "); go back to the review to make another", false);
            }
            ConversationState state = c.state().copy();
            List<Order.Photo> photos = assets.uploadedPhotos(projectId).stream().map(a -> new Order.Photo(a.id(), a.url())).toList();
            if (state.reviewPlan == null || !ReviewPlanner.inputs(state, photoIds(photos)).equals(state.reviewInputs)) {
                throw new ConversationConflict("the review changed while it was being generated; look at it again, then generate", false);
            }
            Order order = OrderRules.check(new Order(projectId, ReviewPlanner.briefText(state), state.product, ReviewPlanner.direction(state),
                    state.durationSeconds, aspect(state), state.requestedScenes, photos,
                    state.sceneEdits == null ? List.of() : state.sceneEdits, null, budgetCents,
                    new Order.Facts(state.brand, state.audience, state.benefit), state.reviewPlan));
            GenerationOrders.Accepted accepted = orders.place(userId, order);
            state.jobId = accepted.jobId().toString();
            state.adId = accepted.adId().toString();
            conversations.save(c.id(), ConversationStage.GENERATE_VIDEO, state);
            conversations.addMessage(c.id(), "assistant", "Generating your ad now. You can watch each stage below, or cancel.",
                    ConversationStage.GENERATE_VIDEO);
            return new Started(view(conversations.forProject(projectId).orElseThrow()), accepted.jobId(), accepted.adId());
        });
    }

    /** Back to final review, to change the plan and generate again. */
    public View backToReview(UUID userId, UUID projectId) {
        return tx.execute(s -> {
            ConversationRepository.Conversation c = lockedCurrent(userId, projectId);
            if (c.stage().isBefore(ConversationStage.GENERATE_VIDEO)) {
                throw new ConversationConflict("the conversation is at " + c.stage().wireName() + ", not past final review", false);
            }
            conversations.save(c.id(), ConversationStage.FINAL_REVIEW, c.state());
            conversations.addMessage(c.id(), "assistant", Orchestrator.question(ConversationStage.FINAL_REVIEW, c.state(), 1),
                    ConversationStage.FINAL_REVIEW);
            return view(conversations.forProject(projectId).orElseThrow());
        });
    }

    /**
     * The conversation's view, its review plan first written again (outside any transaction) if the
     * conversation is at final review and what the plan was written from has changed.
     */
    private View withCurrentReview(UUID projectId) {
        ConversationRepository.Conversation c = conversations.forProject(projectId).orElseThrow();
        if (c.stage() == ConversationStage.FINAL_REVIEW) {
            ConversationState state = planned(projectId, c.stage(), c.state());
            if (state != c.state()) {
                return tx.execute(s -> {
                    // Saved only if nothing changed meanwhile; otherwise the next view writes it again.
                    if (unchanged(projectId, c)) conversations.save(c.id(), c.stage(), state);
                    return view(conversations.forProject(projectId).orElseThrow());
                });
            }
        }
        return view(c);
    }

    /** The state with a review plan written for it when it has reached final review and has none that is current. */
    private ConversationState planned(UUID projectId, ConversationStage stage, ConversationState state) {
        if (stage != ConversationStage.FINAL_REVIEW) return state;
        String inputs = ReviewPlanner.inputs(state, photoIds(assets.uploadedPhotos(projectId).stream()
                .map(a -> new Order.Photo(a.id(), a.url())).toList()));
        if (state.reviewPlan != null && inputs.equals(state.reviewInputs)) return state;
        ConversationState next = state.copy();
        next.reviewPlan = planner.write(state, palettes.of(projectId));
        next.reviewInputs = inputs;
        if (state.reviewPlan != null && !durationsFit(next)) next.sceneEdits = null; // edits for another length
        return next;
    }

    private static boolean durationsFit(ConversationState s) {
        if (s.sceneEdits == null) return true;
        try {
            OrderRules.checkSceneEdits(s.sceneEdits, s.durationSeconds);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static List<UUID> photoIds(List<Order.Photo> photos) { return photos.stream().map(Order.Photo::assetId).toList(); }

    private static AspectRatio aspect(ConversationState s) {
        return AspectRatio.parse(s.aspectRatio).orElse(OrderRules.DEFAULT_ASPECT);
    }

    /** Inside a transaction: locks the conversation and fails with 409 if it changed since {@code read}. */
    private void lockUnchanged(UUID projectId, ConversationRepository.Conversation read) {
        if (!unchanged(projectId, read)) {
            throw new ConversationConflict("the conversation changed while this message was being answered; send it again", false);
        }
    }

    private boolean unchanged(UUID projectId, ConversationRepository.Conversation read) {
        conversations.lock(read.id());
        ConversationRepository.Conversation now = conversations.forProject(projectId).orElseThrow();
        return now.stage() == read.stage() && Json.write(now.state()).equals(Json.write(read.state()))
                && now.updatedAt().equals(read.updatedAt());
    }

    private ConversationRepository.Conversation lockedCurrent(UUID userId, UUID projectId) {
        ConversationRepository.Conversation c = ensure(userId, projectId);
        conversations.lock(c.id());
        return conversations.forProject(projectId).orElseThrow();
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
        int images = assets.countUploadedPhotos(c.projectId());
        ConversationState s = c.state();
        ReviewPlan review = c.stage().isBefore(ConversationStage.FINAL_REVIEW) || s.reviewPlan == null ? null
                : ReviewPlanner.present(s, s.reviewPlan, estimates.secondsFor(s.durationSeconds),
                        costs.estimatedCostCents(s.durationSeconds, aspect(s)), renderingNote());
        ConversationStage reachable = c.stage().isBefore(ConversationStage.GENERATE_VIDEO) ? Orchestrator.advance(c.stage(), s, images) : c.stage();
        return new View(c, conversations.messages(c.id()), Orchestrator.missing(c.stage(), s, images), images, review, reachable);
    }

    /** Offline, the scenes are camera moves over the product photos: said before the user generates, with how to get more. */
    private String renderingNote() {
        if (!providers.local("video")) return null;
        return "Offline mode: each scene is rendered from your product photos (camera moves, light, colour and text), so the "
                + "scenes described in the storyboard, like people or places, are not filmed. To have them generated, connect a "
                + "video model: set ZAPCUT_VIDEO_PROVIDER=replicate and REPLICATE_API_TOKEN (see the README's providers section).";
    }

    private void syncProject(UUID userId, UUID projectId, ConversationState s) {
        projects.update(userId, projectId, new ProjectFields(null, null, s.product, s.productDescription, s.audience, s.benefit));
    }
}
