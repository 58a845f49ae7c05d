package video.zapcut.pipeline.stages;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import video.zapcut.agents.Storyboard;
import video.zapcut.ai.ImageModel;
import video.zapcut.ai.VideoModel;
import video.zapcut.common.Json;
import video.zapcut.common.Rgb;
import video.zapcut.media.Ffmpeg;
import video.zapcut.media.image.ColorStats;
import video.zapcut.media.scene.FastPng;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.GenerationStore;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;
import video.zapcut.pipeline.StageOutputs.BibleOutput;
import video.zapcut.pipeline.StageOutputs.ContinuityOutput;
import video.zapcut.pipeline.StageOutputs.CutCheck;
import video.zapcut.pipeline.StageOutputs.SceneOutput;

/**
 * Measures every cut: the color-histogram distance between the last frame before it and the first
 * after it, and each side's adherence to the bible's palette. If the worst cut drifts past the
 * threshold, the later scene is rendered once more holding the previous look harder.
 */
public final class ContinuityStage implements StageHandler {
    /** Histogram distance (0..1) above which a cut reads as a jump in color rather than a cut. */
    public static final double DRIFT_THRESHOLD = 0.55;
    static final double TIGHTER_STYLE_STRENGTH = 0.95;
    private final Ffmpeg ffmpeg;
    private final ImageModel images;
    private final VideoModel video;
    private final GenerationStore store;

    public ContinuityStage(Ffmpeg ffmpeg, ImageModel images, VideoModel video, GenerationStore store) {
        this.ffmpeg = ffmpeg;
        this.images = images;
        this.video = video;
        this.store = store;
    }

    @Override
    public Stage stage() { return Stage.CONTINUITY; }

    @Override
    public Result run(GenerationContext ctx) {
        Storyboard board = ctx.output(Stage.STORYBOARD, Storyboard.class);
        List<Rgb> palette = ctx.output(Stage.CREATIVE_BIBLE, BibleOutput.class).bible().colors().stream().map(Rgb::hex).toList();
        List<CutCheck> cuts = measure(ctx, board, palette);
        CutCheck worst = cuts.stream().max((a, b) -> Double.compare(a.histogramDistance(), b.histogramDistance())).orElseThrow();
        Integer rerendered = null;
        Double before = null;
        if (worst.histogramDistance() > DRIFT_THRESHOLD) {
            rerendered = worst.toScene();
            before = worst.histogramDistance();
            KeyframesStage.regenerate(ctx, images, rerendered, TIGHTER_STYLE_STRENGTH);
            SceneOutput redone = SceneStage.render(ctx, video, ffmpeg, rerendered, TIGHTER_STYLE_STRENGTH);
            Stage scene = Stage.scene(rerendered);
            String json = Json.write(redone);
            store.stageCompleted(ctx.jobId(), ctx.workerId(), scene, java.time.Instant.now(), json, 0, null, j -> {});
            ctx.record(scene, json);
            cuts = measure(ctx, board, palette);
        }
        List<String> clips = new ArrayList<>();
        for (int i = 1; i <= board.scenes().size(); i++) {
            SceneOutput s = ctx.output(Stage.scene(i), SceneOutput.class);
            if (s.clipUri() != null) clips.add(s.clipUri());
        }
        ContinuityOutput out = new ContinuityOutput(cuts, DRIFT_THRESHOLD, rerendered, before, "rgb-histogram-8x8x8 + palette deltaE");
        String json = Json.write(out);
        String videos = Json.write(clips);
        return new Result(out, jdbc -> jdbc.sql("""
                        UPDATE generated_ads SET continuity_report = CAST(:c AS JSONB), video_urls = CAST(:v AS JSONB)
                        WHERE id = :id""")
                .param("c", json).param("v", videos).param("id", ctx.adId()).update());
    }

    /** Compares what the viewer sees on each side of every cut (frames captured by the scene stages). */
    private List<CutCheck> measure(GenerationContext ctx, Storyboard board, List<Rgb> palette) {
        List<CutCheck> cuts = new ArrayList<>();
        for (int i = 1; i < board.scenes().size(); i++) {
            BufferedImage a = read(ctx.local(ctx.output(Stage.scene(i), SceneOutput.class).lastFrameUri()));
            BufferedImage b = read(ctx.local(ctx.output(Stage.scene(i + 1), SceneOutput.class).firstFrameUri()));
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
