package video.zapcut.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import video.zapcut.common.MusicalGrid;

/**
 * Builds prompts in the seed's structure: "[bible style], [scene description], [camera direction],
 * [continuity note if scene > 1], [emotion tone]", with the seed's parameters.
 */
public final class RuleBasedPromptAgent implements PromptAgent {
    private static final String[] KEYS = {"C", "D", "E", "F", "G", "A", "Bb"};
    /** Which reference image each scene follows: the same order the local renderer composes them in. */
    public static final List<String> REFERENCE_FOR_SCENE = List.of("hero", "detail", "lifestyle", "alternate", "hero");

    @Override
    public PromptPlan synthesize(Brief brief, BriefFacts facts, CreativeBible bible, Storyboard storyboard,
                                 Map<String, String> referenceImages, String negativePrompt, MusicalGrid grid, long adSeed) {
        String style = bible.brandStyle() + " style, " + bible.lighting() + ", palette " + String.join(" ", bible.colors());
        double motion = round2(0.3 + 0.06 * bible.energyLevel());
        List<ScenePrompt> prompts = new ArrayList<>();
        for (Scene s : storyboard.scenes()) {
            String ref = REFERENCE_FOR_SCENE.get(s.sceneIndex() - 1);
            StringBuilder p = new StringBuilder()
                    .append(cap(style)).append(". ")
                    .append(s.description()).append(' ')
                    .append(s.cameraDirection()).append(". ");
            if (s.sceneIndex() > 1) {
                p.append("Continue from the previous scene's final frame: same palette, lighting and product appearance. ");
            }
            p.append(cap(s.emotionTone())).append(" atmosphere. ")
                    .append("Product must match the reference image exactly. No text overlays, no logos, synthetic environment and synthetic humans only.");
            prompts.add(new ScenePrompt(s.sceneIndex(), p.toString(), negativePrompt, s.durationSeconds(), MusicalGrid.FPS,
                    brief.aspect().resolution(), brief.aspect().label(), adSeed + s.sceneIndex(), 7.5, 0.85, motion, ref,
                    null, referenceImages.get(ref)));
        }
        boolean minor = bible.vibe().contains("sophisticated") || bible.vibe().contains("mysterious")
                || bible.brandStyle().contains("futuristic");
        String key = KEYS[(int) Math.floorMod(adSeed, KEYS.length)];
        String mood = bible.energyLevel() >= 7 ? "driving, upbeat" : bible.energyLevel() <= 3 ? "gentle, airy" : "warm, steady";
        String prompt = "Instrumental " + mood + " background music for a " + grid.targetSeconds() + "-second "
                + bible.brandStyle() + " product ad, " + bible.vibe() + ", " + grid.bpm() + " BPM, " + key + " "
                + (minor ? "minor" : "major") + ", chords, bass, soft pad, simple melody"
                + (bible.energyLevel() >= 4 ? ", light percussion" : "") + ", fade in and out, no vocals, royalty-free.";
        MusicPrompt music = new MusicPrompt(prompt, grid.bpm(), key, minor ? "minor" : "major", grid.targetSeconds(),
                bible.energyLevel(), bible.vibe(), adSeed);
        return new PromptPlan(prompts, music);
    }

    private static double round2(double v) { return Math.round(v * 100) / 100.0; }

    private static String cap(String s) { return BriefAnalyzer.capitalize(s); }
}
