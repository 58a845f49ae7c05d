package video.zapcut.pipeline.stages;

import java.nio.file.Path;
import java.util.List;
import video.zapcut.agents.PromptPlan;
import video.zapcut.agents.Storyboard;
import video.zapcut.ai.SceneClip;
import video.zapcut.ai.SceneShot;
import video.zapcut.ai.VideoModel;
import video.zapcut.media.Ffmpeg;
import video.zapcut.media.FrameGrabber;
import video.zapcut.media.scene.KeyframeFiles;
import video.zapcut.media.scene.SceneFrames;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;
import video.zapcut.pipeline.Timeline;
import video.zapcut.ads.StageOutputs.BibleOutput;
import video.zapcut.ads.StageOutputs.KeyframesOutput;
import video.zapcut.ads.StageOutputs.SceneOutput;

/**
 * Animates one scene from its keyframe and captures the frames on each side of its cuts. The five
 * scene stages run in parallel.
 */
public final class SceneStage implements StageHandler<SceneOutput> {
    /** Clips (all but the first) carry half a transition of lead-in before their scene starts. */
    static final int LEAD_IN_FRAMES = Timeline.TRANSITION_FRAMES - Timeline.TRANSITION_FRAMES / 2;
    /** The boundary frames only feed the continuity check's colour statistics: half size is plenty. */
    static final double BOUNDARY_FRAME_SCALE = 0.5;
    private final int index;
    private final VideoModel video;
    private final Ffmpeg ffmpeg;

    public SceneStage(int index, VideoModel video, Ffmpeg ffmpeg) {
        this.index = index;
        this.video = video;
        this.ffmpeg = ffmpeg;
    }

    @Override
    public Stage stage() { return Stage.scene(index); }

    @Override
    public SceneOutput run(GenerationContext ctx) {
        KeyframesOutput keyframes = ctx.output(Stage.KEYFRAMES, KeyframesOutput.class);
        return render(ctx, video, ffmpeg, index, null, keyframes.files().get("scene_" + index));
    }

    /**
     * Renders scene {@code index} from the keyframe made of {@code keyframeFiles}; {@code styleStrength}
     * overrides the prompt's (continuity re-render).
     */
    static SceneOutput render(GenerationContext ctx, VideoModel video, Ffmpeg ffmpeg, int index, Double styleStrength,
                              List<String> keyframeFiles) {
        BibleOutput bible = ctx.output(Stage.CREATIVE_BIBLE, BibleOutput.class);
        SceneShot shot = shot(ctx, index, styleStrength);
        Path dir = KeyframesStage.restore(ctx, keyframeFiles, ctx.work("scene_" + index + "/keyframe"));
        Path work = ctx.work("scene_" + index);
        SceneClip clip = video.render(shot, Shots.style(bible.bible()), dir, work.resolve("clip.mp4"));
        double sceneSeconds = ctx.output(Stage.STORYBOARD, Storyboard.class).scenes().get(index - 1).durationSeconds();
        int first = index == 1 ? 0 : LEAD_IN_FRAMES;
        int last = first + (int) Math.round(sceneSeconds * Timeline.FPS) - 1;
        String clipUri = null;
        List<Path> boundary;
        switch (clip) {
            case SceneClip.Video v -> {
                clipUri = ctx.store(ctx.adKey("scenes/scene_" + index + ".mp4"), v.file());
                Path f = work.resolve("first.png"), l = work.resolve("last.png");
                FrameGrabber frames = new FrameGrabber(ffmpeg);
                frames.frameAt(v.file(), first / (double) Timeline.FPS, f);
                frames.frameAt(v.file(), last / (double) Timeline.FPS, l);
                boundary = List.of(f, l);
            }
            case SceneClip.FromKeyframe k -> boundary = SceneFrames.render(KeyframeFiles.layers(k.keyframeDir()),
                    k.shot().toSceneSpec(), ctx.brief().aspect(), List.of(first, last), work, BOUNDARY_FRAME_SCALE);
        }
        String firstUri = ctx.store(ctx.adKey("scenes/scene_" + index + "_first.png"), boundary.get(0));
        String lastUri = ctx.store(ctx.adKey("scenes/scene_" + index + "_last.png"), boundary.get(1));
        return new SceneOutput(index, clipUri, shot.durationSeconds(), shot.styleStrength(), video.provider(), firstUri, lastUri);
    }

    /** The shot as rendered: the storyboard scene plus transition padding, at the given style strength. */
    static SceneShot shot(GenerationContext ctx, int index, Double styleStrength) {
        Storyboard board = ctx.output(Stage.STORYBOARD, Storyboard.class);
        PromptPlan plan = ctx.output(Stage.PROMPT_SYNTHESIS, PromptPlan.class);
        SceneShot shot = Shots.shot(board, plan, index, ctx.brief().aspect()).withExtraSeconds(Timeline.CLIP_PADDING_SECONDS);
        return styleStrength == null ? shot : shot.withStyleStrength(styleStrength);
    }
}
