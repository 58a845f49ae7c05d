package video.zapcut.pipeline.stages;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import video.zapcut.agents.Storyboard;
import video.zapcut.ai.ImageModel;
import video.zapcut.ai.VideoModel;
import video.zapcut.common.Rgb;
import video.zapcut.media.Ffmpeg;
import video.zapcut.media.image.ColorStats;
import video.zapcut.media.scene.FastPng;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;
import video.zapcut.ads.StageOutputs;
import video.zapcut.ads.StageOutputs.BibleOutput;
import video.zapcut.ads.StageOutputs.ContinuityOutput;
import video.zapcut.ads.StageOutputs.CutCheck;
import video.zapcut.ads.StageOutputs.SceneOutput;

/**
 * Measures every cut: the color-histogram distance between the last frame before it and the first
 * after it, and each side's adherence to the bible's palette. If the worst cut drifts past the
 * threshold, the later scene is rendered once more holding the previous look harder.
 */
public final class ContinuityStage implements StageHandler<ContinuityOutput> {
    /** Histogram distance (0..1) above which a cut reads as a jump in color rather than a cut. */
    public static final double DRIFT_THRESHOLD = 0.55;
    static final double TIGHTER_STYLE_STRENGTH = 0.95;
    private final Ffmpeg ffmpeg;
    private final ImageModel images;
    private final VideoModel video;

    public ContinuityStage(Ffmpeg ffmpeg, ImageModel images, VideoModel video) {
        this.ffmpeg = ffmpeg;
        this.images = images;
        this.video = video;
    }

    @Override
    public Stage stage() { return Stage.CONTINUITY; }

    @Override
    public ContinuityOutput run(GenerationContext ctx) {
        Storyboard board = ctx.output(Stage.STORYBOARD, Storyboard.class);
        List<Rgb> palette = ctx.output(Stage.CREATIVE_BIBLE, BibleOutput.class).bible().colors().stream().map(Rgb::hex).toList();
        List<SceneOutput> scenes = new ArrayList<>();
        for (int i = 1; i <= board.scenes().size(); i++) scenes.add(ctx.output(Stage.scene(i), SceneOutput.class));
        List<CutCheck> cuts = measure(ctx, scenes, palette);
        CutCheck worst = cuts.stream().max((a, b) -> Double.compare(a.histogramDistance(), b.histogramDistance())).orElseThrow();
        SceneOutput redone = null;
        List<String> redrawn = null;
        Double before = null;
        if (worst.histogramDistance() > DRIFT_THRESHOLD) {
            before = worst.histogramDistance();
            redrawn = KeyframesStage.regenerate(ctx, images, worst.toScene(), TIGHTER_STYLE_STRENGTH);
            redone = SceneStage.render(ctx, video, ffmpeg, worst.toScene(), TIGHTER_STYLE_STRENGTH, redrawn);
            scenes.set(worst.toScene() - 1, redone);
            cuts = measure(ctx, scenes, palette);
        }
        List<String> clips = scenes.stream().map(SceneOutput::clipUri).filter(java.util.Objects::nonNull).toList();
        return new ContinuityOutput(cuts, DRIFT_THRESHOLD, redone == null ? null : redone.sceneIndex(), before,
                "rgb-histogram-8x8x8 + palette deltaE", clips, redone, redrawn);
    }

    /** Each scene as composition uses it: its own stage's output, or the continuity check's re-render. */
    static SceneOutput finalScene(GenerationContext ctx, int index) {
        SceneOutput redone = ctx.output(Stage.CONTINUITY, ContinuityOutput.class).rerender();
        return redone != null && redone.sceneIndex() == index ? redone : ctx.output(Stage.scene(index), SceneOutput.class);
    }

    /** The files of the keyframe a scene is rendered from in the end: the keyframe stage's, or the one the check drew again. */
    static List<String> finalKeyframe(GenerationContext ctx, int index) {
        ContinuityOutput c = ctx.output(Stage.CONTINUITY, ContinuityOutput.class);
        if (c.rerender() != null && c.rerender().sceneIndex() == index && c.rerenderKeyframe() != null) return c.rerenderKeyframe();
        return ctx.output(Stage.KEYFRAMES, StageOutputs.KeyframesOutput.class).files().get("scene_" + index);
    }

    /** Compares what the viewer sees on each side of every cut (frames captured by the scene stages). */
    private List<CutCheck> measure(GenerationContext ctx, List<SceneOutput> scenes, List<Rgb> palette) {
        List<CutCheck> cuts = new ArrayList<>();
        for (int i = 1; i < scenes.size(); i++) {
            BufferedImage a = read(ctx.local(scenes.get(i - 1).lastFrameUri()));
            BufferedImage b = read(ctx.local(scenes.get(i).firstFrameUri()));
            cuts.add(new CutCheck(i, i + 1, round(ColorStats.colorHistogramDistance(a, b)),
                    round(ColorStats.paletteAdherence(a, palette).withinShare()),
                    round(ColorStats.paletteAdherence(b, palette).withinShare())));
        }
        return cuts;
    }

    private static BufferedImage read(Path p) {
        return FastPng.read(p);
    }

    private static double round(double v) { return Math.round(v * 10000) / 10000.0; }
}
