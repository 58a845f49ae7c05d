package video.zapcut.agents.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import video.zapcut.agents.AgentOutputException;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.Brief;
import video.zapcut.agents.BriefFacts;
import video.zapcut.agents.CreativeBible;
import video.zapcut.agents.MusicPrompt;
import video.zapcut.agents.PromptAgent;
import video.zapcut.agents.PromptPlan;
import video.zapcut.agents.ScenePrompt;
import video.zapcut.agents.Storyboard;
import video.zapcut.ai.TextModel;
import video.zapcut.common.Json;
import video.zapcut.common.MusicalGrid;
import video.zapcut.ai.Provenance;

/**
 * The LLM writes the words (one image-to-video prompt per scene, one music prompt); the numbers
 * (durations, seeds, strengths, tempo, key, references) stay the rule-based agent's, so the plan
 * still matches the storyboard and the bar grid exactly.
 */
public final class LlmPromptAgent implements PromptAgent {
    static final String SYSTEM = """
            You are the Prompt Synthesis Agent of an ad studio. For each of the 5 storyboard scenes write one prompt for \
            an image-to-video model that starts from the scene's keyframe: the visual style from the creative bible, \
            what happens in the shot, the camera move, lighting, and for scenes 2-5 "continue from the previous \
            scene's final frame: same palette, lighting and product appearance". 40-90 words each; concrete and visual; \
            the product must match the reference image exactly; no on-screen text, no logos, synthetic people only.
            Then write music_prompt: one sentence for a text-to-music model (instrumental, genre, mood, instruments, \
            the tempo in BPM and the key given below, no vocals).
            Answer with JSON {"scenes":[{"scene_index":1,"prompt":"..."},...], "music_prompt":"..."} only.""";
    static final JsonNode SCHEMA = Json.MAPPER.readTree("""
            {"type":"object","required":["scenes","music_prompt"],"properties":{
              "scenes":{"type":"array","minItems":5,"maxItems":5,"items":{"type":"object","required":["scene_index","prompt"],
                "properties":{"scene_index":{"type":"integer","minimum":1,"maximum":5},"prompt":{"type":"string","minLength":20,"maxLength":1500}}}},
              "music_prompt":{"type":"string","minLength":10,"maxLength":300}}}""");
    private final LlmAgentSupport llm;
    private final PromptAgent rules;
    private final AgentOutputValidator validator;

    public LlmPromptAgent(TextModel model, PromptAgent rules, AgentOutputValidator validator, Provenance provenance) {
        this.llm = new LlmAgentSupport(model, provenance);
        this.rules = rules;
        this.validator = validator;
    }

    @Override
    public PromptPlan synthesize(Brief brief, BriefFacts facts, CreativeBible bible, Storyboard storyboard,
                                 Map<String, String> referenceImages, String negativePrompt, MusicalGrid grid, long adSeed) {
        PromptPlan base = rules.synthesize(brief, facts, bible, storyboard, referenceImages, negativePrompt, grid, adSeed);
        String user = "Creative bible: " + Json.write(bible) + "\nStoryboard:\n" + LlmAgentSupport.data("storyboard", Json.write(storyboard))
                + "\nMusic: " + base.music().bpm() + " BPM, " + base.music().key() + " " + base.music().mode() + ", "
                + grid.targetSeconds() + " seconds.";
        return llm.ask("prompt_agent", SYSTEM, user, "scene_prompts", SCHEMA, 3000,
                json -> merge(json, base, storyboard),
                p -> { List<String> t = new ArrayList<>(); p.scenes().forEach(s -> t.add(s.prompt())); t.add(p.music().prompt()); return t; },
                () -> base);
    }

    PromptPlan merge(JsonNode json, PromptPlan base, Storyboard board) {
        List<String> problems = new ArrayList<>();
        JsonNode scenes = json.path("scenes");
        if (scenes.size() != base.scenes().size()) problems.add("scenes: expected " + base.scenes().size() + " but got " + scenes.size());
        String music = json.path("music_prompt").asString("");
        if (music.length() < 10) problems.add("music_prompt: missing or too short");
        if (!problems.isEmpty()) throw new AgentOutputException("prompt agent", problems);
        List<ScenePrompt> out = new ArrayList<>();
        for (int i = 0; i < base.scenes().size(); i++) {
            ScenePrompt b = base.scenes().get(i);
            JsonNode s = scenes.get(i);
            String text = s.path("prompt").asString("");
            if (s.path("scene_index").asInt(-1) != b.sceneIndex()) problems.add("scenes[" + i + "].scene_index: expected " + b.sceneIndex());
            if (text.length() < 20) problems.add("scenes[" + i + "].prompt: too short");
            out.add(new ScenePrompt(b.sceneIndex(), text, b.negativePrompt(), b.duration(), b.fps(), b.resolution(), b.aspectRatio(),
                    b.seed(), b.guidanceScale(), b.styleStrength(), b.motionStrength(), b.referenceImage(), b.inputImageUrl(),
                    b.auxSeedImageUrl()));
        }
        if (!problems.isEmpty()) throw new AgentOutputException("prompt agent", problems);
        MusicPrompt m = base.music();
        if (!music.contains("BPM")) music = music + " " + m.bpm() + " BPM.";
        PromptPlan plan = new PromptPlan(out, new MusicPrompt(music, m.bpm(), m.key(), m.mode(), m.durationSeconds(), m.energyLevel(),
                m.vibe(), m.seed()));
        return validator.checkPrompts(plan, board);
    }
}
