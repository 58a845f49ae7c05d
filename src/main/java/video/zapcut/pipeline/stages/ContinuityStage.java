package video.zapcut.pipeline.stages;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import video.zapcut.agents.Storyboard;
import video.zapcut.ai.ImageModel;
import video.zapcut.ai.VideoModel;
import video.zapcut.common.Rgb;
import video.zapcut.costs.BudgetExceededException;
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
 * threshold, the later scene is rendered once more holding the previous look harder (and still asking for
 * what the brand check corrected). When the budget would be passed by that re-render, the scenes stay as
 * they are and the output says so.
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
        String skipped = null;
        if (worst.histogramDistance() > DRIFT_THRESHOLD) {
            before = worst.histogramDistance();
            int index = worst.toScene();
            SceneOutput original = scenes.get(index - 1);
            // A scene the brand check took again keeps being asked for what it lacked.
            String correction = original.brand() == null ? null : original.brand().correction();
            try {
                redrawn = KeyframesStage.regenerate(ctx, images, index, TIGHTER_STYLE_STRENGTH, correction,
                        SceneStage.keyframeOf(ctx, scenes.get(index - 2)), "keyframes/scene_" + index);
                redone = SceneStage.render(ctx, video, ffmpeg, SceneStage.shot(ctx, index, TIGHTER_STYLE_STRENGTH)
                        .withCorrection(correction), redrawn, "");
                redone = redone.withBrand(rechecked(ctx, original, redone));
                scenes.set(index - 1, redone);
                cuts = measure(ctx, scenes, palette);
            } catch (BudgetExceededException e) {
                // Every scene is made; a re-render is an improvement the budget may refuse, as the brand check's retake is.
                skipped = "scene " + index + " was not rendered again: the budget would be passed (" + e.getMessage() + ")";
                redone = null;
                redrawn = null;
            }
        }
        List<String> clips = scenes.stream().map(SceneOutput::clipUri).filter(java.util.Objects::nonNull).toList();
        return new ContinuityOutput(cuts, DRIFT_THRESHOLD, redone == null ? null : redone.sceneIndex(), before,
                "rgb-histogram-8x8x8 + palette deltaE", clips, redone, redrawn, skipped);
    }

    /** Each scene as composition uses it: its own stage's output, or the continuity check's re-render. */
    static SceneOutput finalScene(GenerationContext ctx, int index) {
        SceneOutput redone = ctx.output(Stage.CONTINUITY, ContinuityOutput.class).rerender();
        return redone != null && redone.sceneIndex() == index ? redone : ctx.output(Stage.scene(index), SceneOutput.class);
    }

    /**
     * The files of the keyframe a scene is rendered from in the end: the one this check drew again, else
     * the brand check's redraw, else the keyframe stage's.
     */
    static List<String> finalKeyframe(GenerationContext ctx, int index) {
        ContinuityOutput c = ctx.output(Stage.CONTINUITY, ContinuityOutput.class);
        if (c.rerender() != null && c.rerender().sceneIndex() == index && c.rerenderKeyframe() != null) return c.rerenderKeyframe();
        return SceneStage.keyframeOf(ctx, ctx.output(Stage.scene(index), SceneOutput.class));
    }

    /** The brand check's record of a scene, carried to its re-render with the re-render's own score. */
    private static StageOutputs.SceneBrandCheck rechecked(GenerationContext ctx, SceneOutput original, SceneOutput redone) {
        StageOutputs.BrandScore score = BrandCheck.of(ctx).score(ctx, redone);
        StageOutputs.SceneBrandCheck before = original.brand() != null ? original.brand()
                : new StageOutputs.SceneBrandCheck(score, null, 1, null, null, List.of(), null);
        return score.passed() ? before.rerendered(score, null)
                : before.rerendered(score, "the continuity check's re-render fails the brand check: " + String.join("; ", score.failures()));
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
