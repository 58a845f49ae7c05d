package video.zapcut.studio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import video.zapcut.agents.LlmChatAgent;
import video.zapcut.agents.safety.RuleBasedSafetyAgent;
import video.zapcut.agents.safety.SafetyVerdict;
import video.zapcut.agents.safety.TextUnit;
import video.zapcut.agents.safety.Violation;

/**
 * The rule-based orchestrator: a state machine over {@link ConversationStage}. Each user message is
 * screened for safety first (an unsafe one is refused kindly, with a safe direction, and changes
 * nothing), then read for facts; the stage moves forward only while the current stage's required
 * information is complete, and never past final review (generation is started by the user).
 */
public final class Orchestrator {
    static final int PATHS_KEPT = 50;
    private final FactExtractor extractor = new FactExtractor();
    private final LlmChatAgent chat;

    /** The rule-based orchestrator (text provider {@code local}). */
    public Orchestrator() { this(null); }

    /** With a text provider: the LLM writes the replies and reads the facts; the rules still gate the stages. */
    public Orchestrator(LlmChatAgent chat) { this.chat = chat; }

    /** The outcome of one user message: the new stage and state, and the assistant's reply. */
    public record Turn(ConversationStage stage, ConversationState state, String reply, boolean refused) {}

    /** The greeting of a new conversation. */
    public static String greeting() {
        return "Hi! I'm the Zapcut orchestrator. Together we'll turn your product into a video ad: brand, product, photos, "
                + "scenes, then a review before anything is generated. Let's start with your brand: what is it called? "
                + "(You can also tell me everything at once, e.g. \"Luna Coffee: introducing Luna Cold Brew, calm energy for busy professionals\".)";
    }

    public Turn respond(ConversationStage stage, ConversationState current, String text, int imageCount) {
        return respond(stage, current, text, imageCount, List.of());
    }

    /**
     * @param recent the conversation's last messages before this one, oldest first (context for the LLM; the rules ignore it)
     */
    public Turn respond(ConversationStage stage, ConversationState current, String text, int imageCount, List<LlmChatAgent.Line> recent) {
        ConversationState state = current.copy();
        SafetyVerdict verdict = new RuleBasedSafetyAgent(state.brand == null ? Set.of() : Set.of(state.brand))
                .review(List.of(new TextUnit(null, text)));
        if (verdict.blocked()) {
            verdict.violations().stream().map(Violation::category).distinct().forEach(c -> {
                if (!state.safetyFlags.contains(c)) state.safetyFlags.add(c);
            });
            record(state, "safety-screen (refused, not sent)");
            return new Turn(stage, state, refusal(verdict), true);
        }
        if (chat != null) {
            LlmChatAgent.Result r = chat.respond(new LlmChatAgent.Context(stage.wireName(), known(state),
                    missing(stage, state, imageCount), recent), text);
            record(state, r.path());
            if (r.answer() != null) return llmTurn(stage, state, r.answer(), imageCount);
        } else {
            record(state, "rule-based");
        }

        List<String> learned = new ArrayList<>();
        FactExtractor.Facts facts = extractor.extract(text, stage.isBefore(ConversationStage.FINAL_REVIEW) ? state.awaiting : null);
        Boolean decided = null;
        List<String> ideas = List.of();
        if (stage == ConversationStage.COLLECT_SCENES || stage == ConversationStage.FINAL_REVIEW) {
            if (extractor.letsZapcutChoose(text)) decided = true;
            else ideas = extractor.sceneIdeas(text);
        }
        apply(stage, state, facts, decided, ideas, learned);

        ConversationStage next = advance(stage, state, imageCount);
        state.awaiting = missing(next, state, imageCount).stream().findFirst().orElse(null);
        return new Turn(next, state, reply(stage, next, state, learned, imageCount), false);
    }

    /**
     * A turn the LLM answered: its facts are merged under the same rules as extracted ones and the stage
     * is still the rules' decision. When the model's reply asks for something other than what the server
     * now needs (it assumed the conversation would move on, or not), the server's question is added.
     */
    private Turn llmTurn(ConversationStage stage, ConversationState state, LlmChatAgent.ChatAnswer a, int imageCount) {
        FactExtractor.Facts facts = new FactExtractor.Facts(a.brand(), a.product(), a.productDescription(), a.audience(), a.benefit(),
                a.durationSeconds(), a.aspectRatio(), a.creativeDirection());
        List<String> ideas = a.requestedScenes() == null ? List.of() : a.requestedScenes();
        apply(stage, state, facts, Boolean.TRUE.equals(a.scenesDecided()) && ideas.isEmpty() ? Boolean.TRUE : null, ideas, new ArrayList<>());
        ConversationStage next = advance(stage, state, imageCount);
        state.awaiting = missing(next, state, imageCount).stream().findFirst().orElse(null);
        String expected = state.awaiting == null ? "none" : state.awaiting;
        String reply = a.reply();
        if ((!expected.equals(a.asksFor()) && next.isBefore(ConversationStage.FINAL_REVIEW))
                || (next != stage && next == ConversationStage.FINAL_REVIEW)) {
            String q = question(next, state, imageCount);
            if (!q.isBlank()) reply = reply + "\n\n" + q;
        }
        return new Turn(next, state, reply, false);
    }

    /** Merges one message's facts into the state; {@code learned} gets what changed, in words. */
    private static void apply(ConversationStage stage, ConversationState state, FactExtractor.Facts facts, Boolean letsZapcutChoose,
                              List<String> ideas, List<String> learned) {
        if (facts.brand() != null && (state.brand == null || stage == ConversationStage.COLLECT_BRAND_INFO)) {
            state.brand = facts.brand();
            learned.add("brand **" + state.brand + "**");
        }
        if (facts.product() != null && (state.product == null || !stage.isBefore(ConversationStage.COLLECT_PRODUCT_INFO))) {
            if (!facts.product().equals(state.product)) learned.add("product **" + facts.product() + "**");
            state.product = facts.product();
            if (facts.productDescription() != null) state.productDescription = facts.productDescription();
        }
        if (facts.audience() != null) {
            if (!facts.audience().equals(state.audience)) learned.add("audience **" + facts.audience() + "**");
            state.audience = facts.audience();
        }
        if (facts.benefit() != null) {
            if (!facts.benefit().equals(state.benefit)) learned.add("benefit **" + facts.benefit() + "**");
            state.benefit = facts.benefit();
        }
        if (facts.durationSeconds() != null && facts.durationSeconds() != state.durationSeconds) {
            state.durationSeconds = facts.durationSeconds();
            state.sceneEdits = null; // the durations of edited scenes no longer add up
            learned.add("length **" + state.durationSeconds + " s**");
        }
        if (facts.aspectRatio() != null && !facts.aspectRatio().equals(state.aspectRatio)) {
            state.aspectRatio = facts.aspectRatio();
            learned.add("format **" + state.aspectRatio + "**");
        }
        if (facts.creativeDirection() != null) {
            state.creativeDirection = facts.creativeDirection();
            state.sceneEdits = null; // the style sets the tempo, hence the bar lines the scenes are cut on
            learned.add("style **" + state.creativeDirection + "**");
        }
        if (stage == ConversationStage.COLLECT_SCENES || stage == ConversationStage.FINAL_REVIEW) {
            if (Boolean.TRUE.equals(letsZapcutChoose)) {
                state.scenesDecided = true;
            } else if (stage == ConversationStage.COLLECT_SCENES && learned.isEmpty() && !ideas.isEmpty()) {
                state.requestedScenes = List.copyOf(ideas.subList(0, Math.min(5, ideas.size())));
                state.scenesDecided = true;
                state.sceneEdits = null;
                learned.add(ideas.size() == 1 ? "one scene idea" : ideas.size() + " scene ideas");
            }
        }
    }

    /** The facts gathered so far, as the LLM sees them. */
    private static Map<String, Object> known(ConversationState s) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("brand", s.brand);
        k.put("product", s.product);
        k.put("product_description", s.productDescription);
        k.put("audience", s.audience);
        k.put("benefit", s.benefit);
        k.put("duration_seconds", s.durationSeconds);
        k.put("aspect_ratio", s.aspectRatio);
        k.put("creative_direction", s.creativeDirection);
        k.put("scenes_decided", s.scenesDecided);
        k.put("requested_scenes", s.requestedScenes);
        return k;
    }

    /** Which path produced this turn, kept with the conversation (the last {@value #PATHS_KEPT}). */
    private static void record(ConversationState state, String path) {
        state.turnPaths.add(path);
        while (state.turnPaths.size() > PATHS_KEPT) state.turnPaths.remove(0);
    }

    /** Called when something outside the chat changed (photos uploaded or removed): moves on if it can. */
    public Turn recheck(ConversationStage stage, ConversationState current, int imageCount) {
        ConversationState state = current.copy();
        ConversationStage next = advance(stage, state, imageCount);
        state.awaiting = missing(next, state, imageCount).stream().findFirst().orElse(null);
        if (next == stage) return new Turn(stage, state, null, false);
        String reply = stage == ConversationStage.COLLECT_ASSETS
                ? "Thanks, I've got your photo" + (imageCount == 1 ? "" : "s") + ". " + question(next, state, imageCount)
                : question(next, state, imageCount);
        return new Turn(next, state, reply, false);
    }

    /** The furthest stage reachable from {@code stage} with what we know; never beyond final review. */
    public static ConversationStage advance(ConversationStage stage, ConversationState state, int imageCount) {
        ConversationStage s = stage;
        while (s.isBefore(ConversationStage.FINAL_REVIEW) && missing(s, state, imageCount).isEmpty()) s = s.next();
        return s;
    }

    /** What the stage still needs before the conversation may leave it: brand, product, audience, benefit, photos, scenes. */
    public static List<String> missing(ConversationStage stage, ConversationState s, int imageCount) {
        Set<String> out = new LinkedHashSet<>();
        switch (stage) {
            case COLLECT_BRAND_INFO -> { if (blank(s.brand)) out.add("brand"); }
            case COLLECT_PRODUCT_INFO -> {
                if (blank(s.product)) out.add("product");
                if (blank(s.audience)) out.add("audience");
                if (blank(s.benefit)) out.add("benefit");
            }
            case COLLECT_ASSETS -> { if (imageCount < 1) out.add("photos"); }
            case COLLECT_SCENES -> { if (!s.scenesDecided) out.add("scenes"); }
            default -> { }
        }
        return List.copyOf(out);
    }

    private static String reply(ConversationStage from, ConversationStage to, ConversationState s, List<String> learned, int imageCount) {
        StringBuilder r = new StringBuilder();
        if (!learned.isEmpty()) r.append("Got it: ").append(String.join(", ", learned)).append(". ");
        if (to == ConversationStage.FINAL_REVIEW && from == ConversationStage.FINAL_REVIEW) {
            r.append(learned.isEmpty() ? "The plan is below. Edit any scene's text or duration, then press Generate when you're happy."
                    : "I've updated the plan below.");
        } else if (to == ConversationStage.GENERATE_VIDEO) {
            r.append("Your ad is being generated; progress is shown below.");
        } else if (to == ConversationStage.EXPORT_VIDEO) {
            r.append("Your ad is ready: watch it below and download the MP4 or its thumbnail.");
        } else {
            if (learned.isEmpty() && from == to) r.append("Sorry, I didn't catch that. ");
            r.append(question(to, s, imageCount));
        }
        return r.toString().strip();
    }

    static String question(ConversationStage stage, ConversationState s, int imageCount) {
        List<String> need = missing(stage, s, imageCount);
        String first = need.isEmpty() ? null : need.get(0);
        if (stage == ConversationStage.FINAL_REVIEW) {
            return "Here's the plan: a five-scene storyboard, the creative bible, and the estimated time and cost. "
                    + "Edit any scene's text or duration (they always add up to " + s.durationSeconds + " s), then press Generate.";
        }
        if (first == null) return "";
        return switch (first) {
            case "brand" -> "What's the name of your brand?";
            case "product" -> "Which product is this ad for? Tell me its name and what it is.";
            case "audience" -> "Who is " + name(s) + " for? (For example: busy professionals, new parents, trail runners.)";
            case "benefit" -> "What's the one benefit people should remember about " + name(s) + "? (For example: calm energy without the crash.)";
            case "photos" -> "Now upload at least one photo of " + name(s) + ": drag it onto the upload area or choose a file. "
                    + "A clean shot on a plain background works best.";
            case "scenes" -> "Any scene ideas? Describe up to five shots (one per line), or say \"you choose\" and I'll write the storyboard. "
                    + "You can also set the length (15, 30 or 60 s) and the format (16:9, 9:16 or 1:1); now it's "
                    + s.durationSeconds + " s, " + s.aspectRatio + ".";
            default -> "";
        };
    }

    private static String refusal(SafetyVerdict verdict) {
        String concerns = verdict.violations().stream().map(v -> v.category().replace('_', ' ')).distinct()
                .collect(Collectors.joining(", "));
        StringBuilder r = new StringBuilder("I'm sorry, I can't help with that");
        if (!concerns.isEmpty()) r.append(": it touches on ").append(concerns).append(", which ads can't include");
        r.append(". Let's keep the ad safe for everyone.");
        if (verdict.safeAlternative() != null && !verdict.safeAlternative().isBlank()) {
            r.append(" How about this instead: \"").append(verdict.safeAlternative().strip()).append("\"");
        } else {
            r.append(" How about focusing on what your product does well and who it helps?");
        }
        return r.toString();
    }

    private static String name(ConversationState s) { return blank(s.product) ? "your product" : s.product; }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
