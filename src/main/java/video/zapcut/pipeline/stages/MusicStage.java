package video.zapcut.pipeline.stages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import video.zapcut.agents.MusicPrompt;
import video.zapcut.agents.PromptPlan;
import video.zapcut.agents.Storyboard;
import video.zapcut.ai.MusicModel;
import video.zapcut.ai.MusicRequest;
import video.zapcut.media.AudioMaster;
import video.zapcut.media.Loudness;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;
import video.zapcut.ads.StageOutputs.MusicOutput;

/**
 * The soundtrack, exactly the ad's length with its sections on the scene cuts, mastered to the
 * loudness target here (in parallel with the scenes) so composition only has to encode it.
 */
public final class MusicStage implements StageHandler<MusicOutput> {
    public static final double TARGET_LUFS = -14.0;
    private final MusicModel music;
    private final AudioMaster master;

    public MusicStage(MusicModel music, AudioMaster master) {
        this.music = music;
        this.master = master;
    }

    @Override
    public Stage stage() { return Stage.MUSIC; }

    @Override
    public MusicOutput run(GenerationContext ctx) {
        Storyboard board = ctx.output(Stage.STORYBOARD, Storyboard.class);
        MusicPrompt prompt = ctx.output(Stage.PROMPT_SYNTHESIS, PromptPlan.class).music();
        // Story-agent cuts are on bar lines already. Durations a user set (scene edits) may not be:
        // the music's section then changes at the nearest bar line instead of failing the stage.
        double bar = ctx.grid().barSeconds();
        int bars = ctx.grid().bars();
        List<Double> cuts = new ArrayList<>();
        for (int i = 2; i <= board.scenes().size(); i++) {
            long n = Math.max(1, Math.min(bars - 1, Math.round(board.startOf(i) / bar)));
            cuts.add(n * bar);
        }
        Path dir = ctx.work("music");
        Path raw = music.compose(new MusicRequest(prompt.prompt(), ctx.grid(), prompt.minor(), prompt.energyLevel(),
                prompt.vibe(), prompt.seed(), cuts), dir.resolve("raw.wav"));
        Path mastered = dir.resolve("music.wav");
        Loudness loudness = master.master(raw, mastered, TARGET_LUFS);
        String rawUri = ctx.store(ctx.adKey("music/raw.wav"), raw);
        String masteredUri = ctx.store(ctx.adKey("music/music.wav"), mastered);
        return new MusicOutput(rawUri, masteredUri, prompt.bpm(), prompt.mode(), loudness, music.provider());
    }
}
