package video.zapcut.pipeline.stages;

import java.util.ArrayList;
import java.util.List;
import video.zapcut.ads.Revision;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.MusicPrompt;
import video.zapcut.agents.PromptAgent;
import video.zapcut.agents.PromptPlan;
import video.zapcut.agents.ScenePrompt;
import video.zapcut.agents.Storyboard;
import video.zapcut.agents.safety.SafetyVerdict;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;
import video.zapcut.ads.StageOutputs.BibleOutput;
import video.zapcut.ads.StageOutputs.ReferenceOutput;

/**
 * The scenes' generation prompts and the music's. In a revision only the scenes it draws anew get new
 * prompts (a prompt the user wrote is used as written; the agent writes the others) and the soundtrack
 * gets a new one only when its mood changes; every other prompt is the parent's, word for word, so the
 * scenes made from them are the parent's too.
 */
public final class PromptStage implements StageHandler<PromptPlan> {
    private final PromptAgent agent;
    private final AgentOutputValidator validator;

    public PromptStage(PromptAgent agent, AgentOutputValidator validator) {
        this.agent = agent;
        this.validator = validator;
    }

    @Override
    public Stage stage() { return Stage.PROMPT_SYNTHESIS; }

    @Override
    public PromptPlan run(GenerationContext ctx) {
        Storyboard board = ctx.output(Stage.STORYBOARD, Storyboard.class);
        PromptPlan parent = ctx.parentOutput(Stage.PROMPT_SYNTHESIS, PromptPlan.class);
        if (parent == null) return written(ctx, board);
        Revision revision = ctx.revision();
        boolean agentNeeded = revision.scenes().stream().anyMatch(c -> c.changesPicture() && c.prompt() == null);
        PromptPlan fresh = agentNeeded ? written(ctx, board) : null;
        List<ScenePrompt> scenes = new ArrayList<>();
        for (ScenePrompt p : parent.scenes()) {
            int n = p.sceneIndex();
            Revision.SceneChange change = revision.scene(n);
            double seconds = board.scenes().get(n - 1).durationSeconds();
            ScenePrompt kept;
            if (change == null || !change.changesPicture()) {
                kept = p.withDuration(seconds);
            } else {
                ScenePrompt made = change.prompt() != null ? p.withPrompt(change.prompt()).withDuration(seconds) : fresh.scenes().get(n - 1);
                kept = made.withSeed(newSeed(p.seed(), made.prompt()));
            }
            // Another format keeps the prompt and its seed (the same set), framed for the format.
            scenes.add(revision.aspect() == null ? kept : kept.inFormat(ctx.brief().aspect().label(), ctx.brief().aspect().resolution()));
        }
        MusicPrompt music = parent.music();
        if (revision.music() != null) {
            // A new composition gets a seed of its own, the same on every run of this version.
            music = music.inMood(revision.music().mood(), music.seed() + 1 + Math.floorMod(ctx.adId().getLeastSignificantBits(), 1_000_000));
        }
        return validator.checkPrompts(new PromptPlan(scenes, music), board);
    }

    /**
     * A scene drawn again is drawn from a seed of its own, derived from its new prompt: the same
     * revision draws the same picture on every run, a different one draws a different picture (the
     * offline renderer's set follows the seed as a vendor's image does). In the range models accept.
     */
    static long newSeed(long parentSeed, String prompt) {
        return Math.floorMod(parentSeed + 7919L * (1 + Math.floorMod(prompt.hashCode(), 100_000)), Integer.MAX_VALUE - 100L);
    }

    private PromptPlan written(GenerationContext ctx, Storyboard board) {
        BibleOutput bible = ctx.output(Stage.CREATIVE_BIBLE, BibleOutput.class);
        SafetyVerdict verdict = ctx.output(Stage.SAFETY, SafetyVerdict.class);
        ReferenceOutput refs = ctx.output(Stage.REFERENCE_IMAGES, ReferenceOutput.class);
        return validator.checkPrompts(agent.synthesize(ctx.brief(), bible.facts(), bible.bible(), board,
                refs.images(), verdict.negativePrompt(), ctx.grid(), ctx.ad().seed()), board);
    }
}
