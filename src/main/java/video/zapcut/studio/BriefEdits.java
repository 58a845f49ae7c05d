package video.zapcut.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one rulebook for changing the brief, whoever asks: a chat message read by the rules or by the
 * LLM, or a field edited beside the chat. It says, in words, what changed, so the reply can.
 *
 * <p>A value replaces a known one when it was said plainly (labelled, a correction, an edited field),
 * when it answers the question just asked, or when it is a setting (audience, benefit, tone, music,
 * length, format). A brand or product merely implied by a later message ("... from Luna") never
 * replaces the one the user gave.
 */
final class BriefEdits {
    private BriefEdits() {}

    /**
     * Applies what a message or an edit says; returns what changed, in words ("the product from **A**
     * to **B**", "audience **students**", "I chose the music mood: **upbeat**").
     *
     * @param chosen values for handed-over fields when the LLM chose them; otherwise {@link BriefChoices} does
     */
    static List<String> apply(ConversationState s, ConversationStage stage, Map<BriefField, String> stated, Set<BriefField> plain,
                              Set<BriefField> handedOver, Map<BriefField, String> chosen, List<String> sceneIdeas, String productDescription) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<BriefField, String> e : stated.entrySet()) {
            BriefField f = e.getKey();
            if (f == BriefField.SCENES) continue;
            String before = f.get(s);
            boolean known = before != null && !before.isBlank() && (f.required || f == BriefField.TONE || f == BriefField.MUSIC);
            if (known && !replaces(f, stage, s.awaiting, plain.contains(f))) continue;
            if (Objects.equals(before, e.getValue()) && !s.isDelegated(f)) continue;
            f.set(s, e.getValue());
            s.delegate(f, false);
            if (e.getValue() == null) { // an optional field cleared: the agents choose it
                changed.add("no " + f.label + " of your own (the agents choose it)");
                continue;
            }
            if (f == BriefField.PRODUCT && productDescription != null) s.productDescription = productDescription;
            if (f == BriefField.LENGTH || f == BriefField.TONE || f == BriefField.MUSIC) s.sceneEdits = null; // the cut follows the music's bars
            changed.add(known && f != BriefField.LENGTH && f != BriefField.FORMAT
                    ? "the " + f.label + " from **" + before + "** to **" + shown(f, s) + "**"
                    : f.label + " **" + shown(f, s) + "**");
        }
        for (BriefField f : handedOver) {
            if (f == BriefField.SCENES) {
                boolean had = !s.requestedScenes.isEmpty();
                s.requestedScenes = List.of();
                s.scenesDecided = true;
                s.sceneEdits = null;
                s.delegate(f, true);
                changed.add(had ? "I'll write the scenes instead of your ideas" : "I'll write the scenes");
                continue;
            }
            String value = chosen.getOrDefault(f, null);
            f.set(s, value != null && !value.isBlank() ? value : BriefChoices.choose(f, s));
            s.delegate(f, true);
            changed.add("I chose the " + f.label + ": **" + f.get(s) + "**");
        }
        if (!sceneIdeas.isEmpty() && !sceneIdeas.equals(s.requestedScenes)) {
            s.requestedScenes = List.copyOf(sceneIdeas.subList(0, Math.min(5, sceneIdeas.size())));
            s.scenesDecided = true;
            s.sceneEdits = null;
            s.delegate(BriefField.SCENES, false);
            changed.add(s.requestedScenes.size() == 1 ? "one scene idea" : s.requestedScenes.size() + " scene ideas");
        }
        return changed;
    }

    private static boolean replaces(BriefField f, ConversationStage stage, String awaiting, boolean plain) {
        if (plain || f.key.equals(awaiting)) return true;
        return switch (f) {
            case BRAND -> stage == ConversationStage.COLLECT_BRAND_INFO;
            case PRODUCT -> stage == ConversationStage.COLLECT_PRODUCT_INFO;
            default -> true;
        };
    }

    private static String shown(BriefField f, ConversationState s) {
        return switch (f) {
            case LENGTH -> s.durationSeconds + " s";
            default -> f.get(s);
        };
    }
}
