package video.zapcut.studio;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import video.zapcut.ads.Order;
import video.zapcut.ads.SceneEdit;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.Brief;
import video.zapcut.agents.BriefAnalyzer;
import video.zapcut.agents.CreativeBible;
import video.zapcut.agents.Scene;
import video.zapcut.agents.StoryAgent;
import video.zapcut.agents.Storyboard;
import video.zapcut.agents.StyleAgent;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.Json;
import video.zapcut.common.MusicalGrid;
import video.zapcut.common.Rgb;

/**
 * Final review's plan: the creative bible and the storyboard, written by the same style and story
 * agents the generation runs (LLM ones when configured) from the conversation's facts, given to them
 * as facts. The approved plan then goes into the order, so the generation makes what was reviewed.
 */
public final class ReviewPlanner {
    private final StyleAgent style;
    private final StoryAgent story;
    private final AgentOutputValidator validator;
    private final BriefAnalyzer analyzer = new BriefAnalyzer();

    public ReviewPlanner(StyleAgent style, StoryAgent story, AgentOutputValidator validator) {
        this.style = style;
        this.story = story;
        this.validator = validator;
    }

    /** Writes the plan (seconds with an LLM: call it outside any transaction). */
    public Order.Plan write(ConversationState s, List<Rgb> photoPalette) {
        Brief b = brief(s);
        CreativeBible bible = MusicMood.apply(validator.checkBible(style.createBible(b, photoPalette)), s.musicMood);
        MusicalGrid grid = MusicalGrid.forEnergy(bible.energyLevel(), s.durationSeconds);
        Storyboard board = validator.checkStoryboard(story.createStoryboard(b, analyzer.analyze(b), bible, grid), s.durationSeconds);
        return new Order.Plan(bible, board);
    }

    /** What the plan is written from: when this changes (a fact, the length, the format, the photos), it is written again. */
    public static String inputs(ConversationState s, List<UUID> photoIds) {
        return Json.write(java.util.Arrays.asList(s.brand, s.product, s.productDescription, s.audience, s.benefit,
                s.creativeDirection, s.musicMood, s.durationSeconds, s.aspectRatio, s.requestedScenes, photoIds));
    }

    /** The plan as final review shows it, the user's scene edits applied. */
    public static ReviewPlan present(ConversationState s, Order.Plan plan, int estimatedSeconds, long estimatedCostCents, String renderingNote) {
        CreativeBible bible = plan.bible();
        List<ReviewPlan.PlannedScene> scenes = new ArrayList<>();
        for (Scene scene : plan.storyboard().scenes()) {
            SceneEdit edit = editOf(s, scene.sceneIndex());
            scenes.add(new ReviewPlan.PlannedScene(scene.sceneIndex(), scene.sceneTitle(),
                    edit != null && edit.description() != null ? edit.description() : scene.description(),
                    edit != null && edit.overlayText() != null ? edit.overlayText() : scene.overlayText(),
                    edit != null && edit.durationSeconds() != null ? edit.durationSeconds() : scene.durationSeconds(),
                    scene.roleInStory(), scene.cameraDirection(),
                    edit != null && edit.voiceover() != null ? edit.voiceover() : scene.spokenLine()));
        }
        Set<String> words = new LinkedHashSet<>();
        for (String part : List.of(bible.brandStyle(), bible.vibe(), bible.lighting(), bible.motion())) {
            for (String w : part.split("\\s*,\\s*")) if (!w.isBlank()) words.add(w.strip());
        }
        return new ReviewPlan(briefText(s), s.product, direction(s), s.musicMood, s.durationSeconds, s.aspectRatio,
                MusicalGrid.forEnergy(bible.energyLevel(), s.durationSeconds).barSeconds(), scenes, bible,
                List.copyOf(words), estimatedSeconds, estimatedCostCents, renderingNote);
    }

    /** The brief the agents read: the conversation's words, with its facts given as facts. */
    public static Brief brief(ConversationState s) {
        return new Brief(briefText(s), s.product, direction(s), s.durationSeconds,
                AspectRatio.parse(s.aspectRatio).orElse(AspectRatio.LANDSCAPE), s.requestedScenes, s.audience, s.benefit);
    }

    /** The creative direction the agents read: the tone and the music's mood, as the user put them. */
    public static String direction(ConversationState s) {
        String tone = s.creativeDirection == null || s.creativeDirection.isBlank() ? null : s.creativeDirection.strip();
        String music = s.musicMood == null || s.musicMood.isBlank() ? null : "music: " + s.musicMood.strip();
        if (tone == null) return music;
        return music == null ? tone : tone + "; " + music;
    }

    /** The marketing brief the conversation adds up to, in words (what the ad record and the safety review read). */
    public static String briefText(ConversationState s) {
        StringBuilder t = new StringBuilder("Introducing ").append(s.product);
        if (s.brand != null && !s.brand.equalsIgnoreCase(s.product)) t.append(" from ").append(s.brand);
        t.append(", made for ").append(s.audience).append(". Key message: ").append(s.benefit).append('.');
        if (s.productDescription != null && !s.productDescription.isBlank()) t.append(' ').append(s.productDescription.strip());
        return t.toString();
    }

    private static SceneEdit editOf(ConversationState s, int index) {
        if (s.sceneEdits == null) return null;
        return s.sceneEdits.stream().filter(e -> e.sceneIndex() == index).findFirst().orElse(null);
    }
}
