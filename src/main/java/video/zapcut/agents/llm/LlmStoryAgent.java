package video.zapcut.agents.llm;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import video.zapcut.agents.VoiceoverLines;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.Brief;
import video.zapcut.agents.BriefFacts;
import video.zapcut.agents.CreativeBible;
import video.zapcut.agents.Scene;
import video.zapcut.agents.SceneAlternative;
import video.zapcut.agents.VariantAngles;
import video.zapcut.agents.StoryAgent;
import video.zapcut.agents.Storyboard;
import video.zapcut.ai.TextModel;
import video.zapcut.common.Json;
import video.zapcut.common.MusicalGrid;
import video.zapcut.ai.Provenance;

/**
 * The storyboard from an LLM. The model proposes durations; they are snapped to the ad's bar grid
 * in proportion (cuts must fall on bar lines), then the whole board is validated.
 */
public final class LlmStoryAgent implements StoryAgent {
    static final String SYSTEM = """
            You are the Story Structuring Agent of an ad studio. Turn the advertiser's brief into a storyboard of \
            exactly 5 scenes for a %d-second video ad.
            Each scene has: scene_index (1-5, in order), scene_title, description (2-3 concrete visual sentences: what \
            the camera sees), duration_seconds (the five sum to %d; setup and cta shorter, climax longest), \
            role_in_story (exactly: 1 "setup", 2 "exploration", 3 "exploration", 4 "climax", 5 "cta"), \
            camera_direction (one of: static, slow push-in, pull-back, pan left, pan right, orbit, tilt up, crane up, \
            or close variants), emotion_tone, key_story_events (3-5 short events), overlay_text (the few words shown on \
            screen, <= 6 words; scene 5 carries the call to action; "" for none), voiceover (the line a voice speaks over \
            the scene, in plain spoken words a listener takes in at once: at most %d words for each 5 seconds of the \
            scene, so it ends before the scene does; "" for a scene that should breathe; at least three scenes speak).
            Scene 1 introduces the product or the problem, scenes 2-3 develop it, scene 4 lands the key benefit, \
            scene 5 resolves with the call to action. Keep the product the hero of every scene; synthetic settings, no \
            real people, no other brands, no claims the brief does not make. Honour the advertiser's own scene ideas \
            when given, in their order. Answer with the JSON object only.""";
    private final LlmAgentSupport llm;
    private final StoryAgent fallback;
    private final AgentOutputValidator validator;

    public LlmStoryAgent(TextModel model, StoryAgent fallback, AgentOutputValidator validator, Provenance provenance) {
        this.llm = new LlmAgentSupport(model, provenance);
        this.fallback = fallback;
        this.validator = validator;
    }

    @Override
    public Storyboard createStoryboard(Brief brief, BriefFacts facts, CreativeBible bible, MusicalGrid grid) {
        List<String> input = new ArrayList<>(List.of(brief.allText()));
        input.addAll(brief.requestedScenes());
        if (llm.screen(input) != null) return fallback.createStoryboard(brief, facts, bible, grid);
        String user = LlmAgentSupport.data("brief", brief.text()) + "\n"
                + LlmAgentSupport.data("scene_ideas", String.join("\n", brief.requestedScenes())) + "\n"
                + "What the brief says (extracted): " + LlmAgentSupport.data("facts", Json.write(facts)) + "\n"
                + "Creative bible: " + Json.write(bible);
        int target = brief.durationSeconds();
        return llm.ask("story_agent", SYSTEM.formatted(target, target, VoiceoverLines.WORDS_PER_5_SECONDS), user, "storyboard", LlmAgentSupport.schema("storyboard"), 3000,
                json -> check(json, grid, target),
                b -> b.scenes().stream().flatMap(s -> java.util.stream.Stream.of(s.sceneTitle(), s.description(), s.overlayText(), s.spokenLine())).toList(),
                () -> fallback.createStoryboard(brief, facts, bible, grid));
    }

    static final String ALTERNATIVE = """
            You are the Story Structuring Agent of an ad studio, writing one scene of a variant of an existing ad.             Rewrite scene %d (role "%s") so that it takes this angle: %s. Keep the product the hero, keep the             creative bible's look, synthetic settings, no real people, no other brands, no claims the brief does not make.
            Answer with a JSON object: description (2-3 concrete visual sentences: what the camera sees),             camera_direction (one of: static, slow push-in, pull-back, pan left, pan right, orbit, or close variants),             overlay_text (the few words shown on screen, <= 6 words%s), voiceover (the line a voice says over the scene in \
            the same angle, plain spoken words, at most %d words). Answer with the JSON object only.""";

    @Override
    public SceneAlternative alternative(Brief brief, BriefFacts facts, CreativeBible bible, Scene scene, String angle) {
        if (llm.screen(List.of(brief.allText())) != null) return fallback.alternative(brief, facts, bible, scene, angle);
        String user = LlmAgentSupport.data("brief", brief.text()) + "\n"
                + "What the brief says (extracted): " + LlmAgentSupport.data("facts", Json.write(facts)) + "\n"
                + "Creative bible: " + Json.write(bible) + "\n"
                + "The scene as it is now: " + LlmAgentSupport.data("scene", Json.write(scene));
        String cta = "cta".equals(scene.roleInStory()) ? "; as \"<product name> — <call to action>\"" : "";
        return llm.ask("story_agent", ALTERNATIVE.formatted(scene.sceneIndex(), scene.roleInStory(), VariantAngles.brief(angle), cta,
                        Math.max(2, VoiceoverLines.wordBudget(scene.durationSeconds()))),
                user, "scene_alternative", LlmAgentSupport.schema("scene_alternative"), 800,
                json -> new SceneAlternative(angle, json.path("description").asString().strip(),
                        json.path("camera_direction").asString().strip(), json.path("overlay_text").asString().strip(),
                        json.path("voiceover").isString() ? json.path("voiceover").asString().strip() : null),
                a -> java.util.stream.Stream.of(a.description(), a.overlayText(), a.voiceover()).filter(java.util.Objects::nonNull).toList(),
                () -> fallback.alternative(brief, facts, bible, scene, angle));
    }

    Storyboard check(JsonNode json, MusicalGrid grid, int target) {
        Storyboard raw = Json.convert(json, Storyboard.class);
        validator.problems("storyboard", raw).stream().findFirst().ifPresent(p -> {
            throw new video.zapcut.agents.AgentOutputException("story agent", validator.problems("storyboard", raw));
        });
        double[] weights = raw.scenes().stream().mapToDouble(s -> Math.max(0.5, s.durationSeconds())).toArray();
        List<Double> durations = grid.split(weights);
        List<Scene> snapped = new ArrayList<>();
        for (int i = 0; i < raw.scenes().size(); i++) {
            Scene s = raw.scenes().get(i);
            snapped.add(s.overlayText() == null ? new Scene(s.sceneIndex(), s.sceneTitle(), s.description(), durations.get(i), s.roleInStory(),
                    s.cameraDirection(), s.emotionTone(), s.keyStoryEvents(), "", s.voiceover()) : s.withDuration(durations.get(i)));
        }
        return validator.checkStoryboard(new Storyboard(snapped), target);
    }
}
