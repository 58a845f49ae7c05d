package video.zapcut.pipeline.stages;

import java.nio.file.Path;
import java.util.List;
import video.zapcut.agents.PromptPlan;
import video.zapcut.agents.Storyboard;
import video.zapcut.ai.ImageModel;
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
import video.zapcut.ads.StageOutputs.SceneOutput;

/**
 * Animates one scene from its keyframe and captures the frames on each side of its cuts (and halfway),
 * then holds it to the creative bible: a take that fails the brand check is made once more with a
 * prompt naming what failed, and the better take is kept (see {@link SceneRetake}). The five scene
 * stages run in parallel.
 */
public final class SceneStage implements StageHandler<SceneOutput> {
    /** Clips (all but the first) carry half a transition of lead-in before their scene starts. */
    static final int LEAD_IN_FRAMES = Timeline.TRANSITION_FRAMES - Timeline.TRANSITION_FRAMES / 2;
    /** The kept frames only feed colour statistics and the product match: half size is plenty. */
    static final double BOUNDARY_FRAME_SCALE = 0.5;
    /** Names the files of a scene's second take, so the first stays whole until one is chosen. */
    static final String RETAKE = "_retake";
    private final int index;
    private final VideoModel video;
    private final ImageModel images;
    private final Ffmpeg ffmpeg;

    public SceneStage(int index, VideoModel video, ImageModel images, Ffmpeg ffmpeg) {
        this.index = index;
        this.video = video;
        this.images = images;
        this.ffmpeg = ffmpeg;
    }

    @Override
    public Stage stage() { return Stage.scene(index); }

    @Override
    public SceneOutput run(GenerationContext ctx) {
        List<String> keyframe = KeyframesStage.drawn(ctx, index);
        SceneOutput first = render(ctx, video, ffmpeg, shot(ctx, index, null), keyframe, "");
        return new SceneRetake(images, video, ffmpeg).keepTheBetter(ctx, first, keyframe);
    }

    /**
     * Renders scene {@code index} from the keyframe made of {@code keyframeFiles}; {@code styleStrength}
     * overrides the prompt's (continuity re-render).
     */
    static SceneOutput render(GenerationContext ctx, VideoModel video, Ffmpeg ffmpeg, int index, Double styleStrength,
                              List<String> keyframeFiles) {
        return render(ctx, video, ffmpeg, shot(ctx, index, styleStrength), keyframeFiles, "");
    }

    /**
     * Renders {@code shot} from the keyframe made of {@code keyframeFiles} and stores the clip and the
     * frames the checks read, their names ending in {@code take} ("" for the scene's own, {@link #RETAKE}).
     */
    static SceneOutput render(GenerationContext ctx, VideoModel video, Ffmpeg ffmpeg, SceneShot shot, List<String> keyframeFiles,
                              String take) {
        int index = shot.index();
        BibleOutput bible = ctx.output(Stage.CREATIVE_BIBLE, BibleOutput.class);
        String name = "scene_" + index + take;
        Path dir = KeyframesStage.restore(ctx, keyframeFiles, ctx.work(name + "/keyframe"));
        Path work = ctx.work(name);
        SceneClip clip = video.render(shot, Shots.style(bible.bible()), dir, work.resolve("clip.mp4"));
        double sceneSeconds = ctx.output(Stage.STORYBOARD, Storyboard.class).scenes().get(index - 1).durationSeconds();
        int first = index == 1 ? 0 : LEAD_IN_FRAMES;
        int last = first + (int) Math.round(sceneSeconds * Timeline.FPS) - 1;
        int middle = (first + last) / 2;
        String clipUri = null;
        List<Path> frames;
        switch (clip) {
            case SceneClip.Video v -> {
                clipUri = ctx.store(ctx.adKey("scenes/" + name + ".mp4"), v.file());
                frames = List.of(work.resolve("first.png"), work.resolve("middle.png"), work.resolve("last.png"));
                FrameGrabber grabber = new FrameGrabber(ffmpeg);
                grabber.frameAt(v.file(), first / (double) Timeline.FPS, frames.get(0));
                grabber.frameAt(v.file(), middle / (double) Timeline.FPS, frames.get(1));
                grabber.frameAt(v.file(), last / (double) Timeline.FPS, frames.get(2));
            }
            case SceneClip.FromKeyframe k -> frames = SceneFrames.render(KeyframeFiles.layers(k.keyframeDir()),
                    k.shot().toSceneSpec(), ctx.brief().aspect(), List.of(first, middle, last), work, BOUNDARY_FRAME_SCALE);
        }
        String firstUri = ctx.store(ctx.adKey("scenes/" + name + "_first.png"), frames.get(0));
        String middleUri = ctx.store(ctx.adKey("scenes/" + name + "_middle.png"), frames.get(1));
        String lastUri = ctx.store(ctx.adKey("scenes/" + name + "_last.png"), frames.get(2));
        return new SceneOutput(index, clipUri, shot.durationSeconds(), shot.styleStrength(), video.provider(), firstUri, lastUri,
                middleUri, null, null);
    }

    /** The shot as rendered: the storyboard scene plus transition padding, at the given style strength. */
    static SceneShot shot(GenerationContext ctx, int index, Double styleStrength) {
        Storyboard board = ctx.output(Stage.STORYBOARD, Storyboard.class);
        PromptPlan plan = ctx.output(Stage.PROMPT_SYNTHESIS, PromptPlan.class);
        SceneShot shot = Shots.shot(board, plan, index, ctx.brief().aspect()).withExtraSeconds(Timeline.CLIP_PADDING_SECONDS);
        return styleStrength == null ? shot : shot.withStyleStrength(styleStrength);
    }

    /** The files of the keyframe scene {@code index} was rendered from: the brand check's redraw, or the keyframe stage's. */
    static List<String> keyframeOf(GenerationContext ctx, SceneOutput scene) {
        return scene.keyframeFiles() != null ? scene.keyframeFiles() : KeyframesStage.drawn(ctx, scene.sceneIndex());
    }
}
