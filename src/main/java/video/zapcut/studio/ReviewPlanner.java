package video.zapcut.studio;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import video.zapcut.agents.Brief;
import video.zapcut.agents.BriefAnalyzer;
import video.zapcut.agents.BriefFacts;
import video.zapcut.agents.CreativeBible;
import video.zapcut.agents.RuleBasedStoryAgent;
import video.zapcut.agents.RuleBasedStyleAgent;
import video.zapcut.agents.Scene;
import video.zapcut.agents.Storyboard;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.MusicalGrid;
import video.zapcut.common.Rgb;

/**
 * Previews the generation at final review with the same rule-based style and story agents the
 * offline pipeline runs, so what the user reviews is what will be made.
 */
public final class ReviewPlanner {
    private final BriefAnalyzer analyzer = new BriefAnalyzer();

    /**
     * @param estimatedSeconds   how long the generation should take, queue included (the job queue's estimate)
     * @param estimatedCostCents what the configured providers should charge (0 offline)
     */
    public ReviewPlan plan(ConversationState s, List<Rgb> photoPalette, int estimatedSeconds, long estimatedCostCents) {
        String brief = brief(s);
        Brief b = new Brief(brief, s.product, s.creativeDirection, s.durationSeconds,
                AspectRatio.parse(s.aspectRatio).orElse(AspectRatio.LANDSCAPE), s.requestedScenes);
        CreativeBible bible = new RuleBasedStyleAgent().createBible(b, photoPalette);
        BriefFacts found = analyzer.analyze(b);
        BriefFacts facts = new BriefFacts(s.product, s.audience == null ? found.audience() : s.audience,
                s.benefit == null ? found.benefit() : s.benefit, found.headline(), found.callToAction());
        MusicalGrid grid = MusicalGrid.forEnergy(bible.energyLevel(), s.durationSeconds);
        Storyboard board = new RuleBasedStoryAgent().createStoryboard(b, facts, bible, grid);
        List<ReviewPlan.PlannedScene> scenes = new ArrayList<>();
        for (Scene scene : board.scenes()) {
            ConversationState.SceneEdit edit = editOf(s, scene.sceneIndex());
            scenes.add(new ReviewPlan.PlannedScene(scene.sceneIndex(), scene.sceneTitle(),
                    edit == null ? scene.description() : edit.description(),
                    edit == null ? scene.overlayText() : edit.overlayText(),
                    edit == null ? scene.durationSeconds() : edit.durationSeconds(),
                    scene.roleInStory(), scene.cameraDirection()));
        }
        Set<String> words = new LinkedHashSet<>();
        for (String part : List.of(bible.brandStyle(), bible.vibe(), bible.lighting(), bible.motion())) {
            for (String w : part.split("\\s*,\\s*")) if (!w.isBlank()) words.add(w.strip());
        }
        return new ReviewPlan(brief, s.product, s.creativeDirection, s.durationSeconds, s.aspectRatio, grid.barSeconds(), scenes, bible,
                List.copyOf(words), estimatedSeconds, estimatedCostCents);
    }

    /** The marketing brief the conversation adds up to, in words the brief analyser reads back. */
    public static String brief(ConversationState s) {
        StringBuilder t = new StringBuilder("Introducing ").append(s.product);
        if (s.brand != null && !s.brand.equalsIgnoreCase(s.product)) t.append(" from ").append(s.brand);
        t.append(", made for ").append(s.audience).append(". Key message: ").append(s.benefit).append('.');
        if (s.productDescription != null && !s.productDescription.isBlank()) t.append(' ').append(s.productDescription.strip());
        return t.toString();
    }

    private static ConversationState.SceneEdit editOf(ConversationState s, int index) {
        if (s.sceneEdits == null) return null;
        return s.sceneEdits.stream().filter(e -> e.sceneIndex() == index).findFirst().orElse(null);
    }
}
