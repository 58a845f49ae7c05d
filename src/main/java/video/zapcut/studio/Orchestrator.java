package video.zapcut.studio;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    private final BriefReader reader = new BriefReader();
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

        BriefReader.Reading reading = reader.read(text, stage.isBefore(ConversationStage.FINAL_REVIEW) ? state.awaiting : null,
                stage == ConversationStage.COLLECT_SCENES, given(state));
        return turn(stage, state, reading, Map.of(), imageCount, null);
    }

    /**
     * One understood message, whoever read it: the brief changes under {@link BriefEdits}' rules, scene
     * lengths change at the review, "go back" goes back, and the stage is the rules' decision.
     *
     * @param llmReply the LLM's own reply, or null to answer with the rules' words
     */
    private Turn turn(ConversationStage stage, ConversationState state, BriefReader.Reading r, Map<BriefField, String> chosen,
                      int imageCount, LlmChatAgent.ChatAnswer llmReply) {
        List<String> changed = BriefEdits.apply(state, stage, r.stated(), r.corrected(), r.delegated(), chosen, r.sceneIdeas(),
                r.productDescription());
        String sceneProblem = null;
        if (!r.sceneChanges().isEmpty()) {
            SceneTiming.Outcome o = stage == ConversationStage.FINAL_REVIEW && changed.isEmpty() ? SceneTiming.change(state, r.sceneChanges())
                    : new SceneTiming.Outcome(null, stage == ConversationStage.FINAL_REVIEW
                            ? "The plan is being written again for that change, so I left the scene lengths as they were; ask again once it's updated."
                            : "Scene lengths can be changed once the storyboard is written, at the review.");
            if (o.edits() != null) {
                state.sceneEdits = o.edits();
                for (BriefReader.SceneChange c : r.sceneChanges()) {
                    double seconds = o.edits().get(c.sceneNumber() - 1).durationSeconds();
                    changed.add("scene " + c.sceneNumber() + " " + (c.steps() < 0 ? "shorter" : "longer") + " (now " + seconds(seconds)
                            + " s; the others share the difference)");
                }
            } else {
                sceneProblem = o.problem();
            }
        }
        ConversationStage target = r.backTo() != null ? r.backTo() : r.goBack() ? previous(stage) : null;
        if (target != null && !target.isBefore(ConversationStage.GENERATE_VIDEO)) target = null;
        if (target != null && (target.isBefore(stage) || target == stage)) {
            // back at the brand, the reply asks for the new name, so a bare name answers it
            state.awaiting = missing(target, state, imageCount).stream().findFirst()
                    .orElse(target == ConversationStage.COLLECT_BRAND_INFO ? BriefField.BRAND.key : null);
            String said = changed.isEmpty() ? "" : "Got it: " + String.join(", ", changed) + ". ";
            return new Turn(target, state, said + backTo(target, state, imageCount), false);
        }
        ConversationStage next = advance(stage, state, imageCount);
        state.awaiting = missing(next, state, imageCount).stream().findFirst().orElse(null);
        if (llmReply != null) return new Turn(next, state, llmReplyFitted(llmReply, stage, next, state, imageCount), false);
        return new Turn(next, state, reply(stage, next, state, changed, sceneProblem, imageCount), false);
    }

    /** The fields the user gave themselves (not handed to Zapcut): "surprise me on everything" leaves them alone. */
    private static Set<BriefField> given(ConversationState s) {
        Set<BriefField> given = EnumSet.noneOf(BriefField.class);
        for (BriefField f : BriefField.values()) {
            String v = f.get(s);
            if (f != BriefField.SCENES && v != null && !v.isBlank() && !s.isDelegated(f)) given.add(f);
        }
        if (!s.requestedScenes.isEmpty()) given.add(BriefField.SCENES);
        return given;
    }

    /** The step before this one (never before the brand, and from after the review, the review). */
    private static ConversationStage previous(ConversationStage stage) {
        if (!stage.isBefore(ConversationStage.GENERATE_VIDEO)) return ConversationStage.FINAL_REVIEW;
        return stage == ConversationStage.COLLECT_BRAND_INFO ? stage : ConversationStage.values()[stage.ordinal() - 1];
    }

    /** What a step holds, said when the user goes back to it; nothing given is forgotten. */
    static String backTo(ConversationStage step, ConversationState s, int imageCount) {
        return switch (step) {
            case COLLECT_BRAND_INFO -> "Back to the brand" + (blank(s.brand) ? ". What's it called?"
                    : ": it's **" + s.brand + "**. Tell me the new name, or carry on; everything else is kept.");
            case COLLECT_PRODUCT_INFO -> "Back to the product: **" + orDash(s.product) + "**, for **" + orDash(s.audience) + "**, promising **"
                    + orDash(s.benefit) + "**. What would you like to change? Everything else is kept.";
            case COLLECT_ASSETS -> "Back to the photos: you have " + imageCount + ". Add or remove photos in the upload area, then say \"next\".";
            case COLLECT_SCENES -> "Back to the scenes: " + (s.requestedScenes.isEmpty() ? "I'm writing them for you" : "you gave "
                    + s.requestedScenes.size() + " idea" + (s.requestedScenes.size() == 1 ? "" : "s")) + ". Send new ideas (one per line), "
                    + "or say \"you choose\". Length " + s.durationSeconds + " s, format " + s.aspectRatio + ".";
            default -> question(ConversationStage.FINAL_REVIEW, s, imageCount);
        };
    }

    /** What is said when a step label moves the conversation forward again (after going back). */
    static String onTo(ConversationStage step, ConversationState s, int imageCount) {
        String q = question(step, s, imageCount);
        return q.isBlank() ? "On to the " + step.label() + "; everything you gave is kept." : q;
    }

    private static String orDash(String s) { return blank(s) ? "(not given yet)" : s; }

    private static String seconds(double s) {
        return s == Math.rint(s) ? String.valueOf((long) s) : String.format(java.util.Locale.ROOT, "%.2f", s);
    }

    /**
     * A turn the LLM answered: its facts are merged under the same rules as extracted ones and the stage
     * is still the rules' decision. When the model's reply asks for something other than what the server
     * now needs (it assumed the conversation would move on, or not), the server's question is added.
     */
    private Turn llmTurn(ConversationStage stage, ConversationState state, LlmChatAgent.ChatAnswer a, int imageCount) {
        Map<BriefField, String> stated = new LinkedHashMap<>();
        putIf(stated, BriefField.BRAND, a.brand());
        putIf(stated, BriefField.PRODUCT, a.product());
        putIf(stated, BriefField.AUDIENCE, a.audience());
        putIf(stated, BriefField.BENEFIT, a.benefit());
        putIf(stated, BriefField.TONE, a.creativeDirection());
        putIf(stated, BriefField.MUSIC, a.musicMood());
        if (a.durationSeconds() != null) stated.put(BriefField.LENGTH, String.valueOf(a.durationSeconds()));
        putIf(stated, BriefField.FORMAT, a.aspectRatio());
        Set<BriefField> handedOver = EnumSet.noneOf(BriefField.class);
        Map<BriefField, String> chosen = new LinkedHashMap<>();
        for (String key : a.delegated()) {
            BriefField.byKey(key).filter(f -> f.delegable).ifPresent(f -> {
                handedOver.add(f);
                String v = stated.remove(f);
                if (v != null) chosen.put(f, v);
            });
        }
        List<String> ideas = a.requestedScenes() == null ? List.of() : a.requestedScenes();
        if (Boolean.TRUE.equals(a.scenesDecided()) && ideas.isEmpty() && !state.scenesDecided) handedOver.add(BriefField.SCENES);
        List<BriefReader.SceneChange> changes = a.sceneChanges().stream()
                .map(c -> new BriefReader.SceneChange(c.sceneNumber(), "longer".equals(c.change()) ? 1 : -1)).toList();
        Set<BriefField> plain = EnumSet.noneOf(BriefField.class); // what the model returns, it read as said plainly
        plain.addAll(stated.keySet());
        BriefReader.Reading r = new BriefReader.Reading(stated, plain, handedOver, a.productDescription(), ideas, changes, a.goesBack(), null);
        return turn(stage, state, r, chosen, imageCount, a);
    }

    private static void putIf(Map<BriefField, String> m, BriefField f, String v) { if (v != null && !v.isBlank()) m.put(f, v); }

    /** The LLM's reply, with the server's question added when the model expected another step. */
    private static String llmReplyFitted(LlmChatAgent.ChatAnswer a, ConversationStage stage, ConversationStage next, ConversationState state,
                                         int imageCount) {
        String expected = state.awaiting == null ? "none" : state.awaiting;
        String reply = a.reply();
        if ((!expected.equals(a.asksFor()) && next.isBefore(ConversationStage.FINAL_REVIEW))
                || (next != stage && next == ConversationStage.FINAL_REVIEW)) {
            String q = question(next, state, imageCount);
            if (!q.isBlank()) reply = reply + "\n\n" + q;
        }
        return reply;
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
        k.put("music_mood", s.musicMood);
        k.put("delegated", s.delegated);
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

    private static String reply(ConversationStage from, ConversationStage to, ConversationState s, List<String> changed, String problem,
                                int imageCount) {
        StringBuilder r = new StringBuilder();
        if (!changed.isEmpty()) r.append("Got it: ").append(String.join(", ", changed)).append(". ");
        if (problem != null) r.append(problem).append(' ');
        if (to == ConversationStage.FINAL_REVIEW && from == ConversationStage.FINAL_REVIEW) {
            if (!changed.isEmpty()) r.append("The plan below is updated.");
            else if (problem == null) r.append("I didn't catch a change there. You can say things like \"change the brand to ...\", "
                    + "\"make the music more upbeat\", \"make scene 3 shorter\" or \"go back a step\", or edit the brief beside the chat. "
                    + "Press Generate when you're happy.");
        } else if (to == ConversationStage.GENERATE_VIDEO) {
            r.append("Your ad is being generated; progress is shown below.");
        } else if (to == ConversationStage.EXPORT_VIDEO) {
            r.append("Your ad is ready: watch it below and download the MP4 or its thumbnail.");
        } else {
            if (changed.isEmpty() && problem == null && from == to) r.append("Sorry, I didn't catch that. ");
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
            case "audience" -> "Who is " + name(s) + " for? (For example: busy professionals, new parents, trail runners; or say \"you choose\".)";
            case "benefit" -> "What's the one benefit people should remember about " + name(s) + "? (For example: calm energy without the crash; or say \"you choose\".)";
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
