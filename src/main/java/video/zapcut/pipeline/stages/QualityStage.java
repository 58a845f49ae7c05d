package video.zapcut.pipeline.stages;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import video.zapcut.common.Rgb;
import video.zapcut.media.Loudness;
import video.zapcut.media.LoudnessMeter;
import video.zapcut.media.MediaInfo;
import video.zapcut.media.MediaProbe;
import video.zapcut.media.image.ColorStats;
import video.zapcut.media.image.TextContrast;
import video.zapcut.media.scene.FastPng;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;
import video.zapcut.pipeline.Timeline;
import video.zapcut.ads.StageOutputs.BibleOutput;
import video.zapcut.ads.StageOutputs.CompositionOutput;
import video.zapcut.ads.StageOutputs.ContinuityOutput;
import video.zapcut.ads.StageOutputs.QualityReport;
import video.zapcut.ads.StageOutputs.BrandScore;
import video.zapcut.ads.StageOutputs.SceneBrandCheck;
import video.zapcut.ads.StageOutputs.SceneOutput;
import video.zapcut.ads.StageOutputs.SceneQuality;
import video.zapcut.agents.Storyboard;

/**
 * The quality record: the finished file's container facts and loudness as a viewer gets them, the
 * palette adherence of frames sampled during composition, the black or frozen stretches found
 * there, and each scene's brand check (scores, retake, kept take, flags). Findings are warnings on the
 * record, not failures: the ad exists and the user decides.
 */
public final class QualityStage implements StageHandler<QualityReport> {
    private final MediaProbe probe;
    private final LoudnessMeter loudness;

    public QualityStage(MediaProbe probe, LoudnessMeter loudness) {
        this.probe = probe;
        this.loudness = loudness;
    }

    @Override
    public Stage stage() { return Stage.QUALITY; }

    @Override
    public QualityReport run(GenerationContext ctx) {
        CompositionOutput comp = ctx.output(Stage.COMPOSITION, CompositionOutput.class);
        List<Rgb> palette = ctx.output(Stage.CREATIVE_BIBLE, BibleOutput.class).bible().colors().stream().map(Rgb::hex).toList();
        var video = ctx.local(comp.videoUri());
        MediaInfo info = probe.probe(video);
        Loudness loud = loudness.measure(video);
        double adherence = 0;
        for (String uri : comp.sampledFrames()) adherence += ColorStats.paletteAdherence(read(ctx, uri), palette).withinShare();
        adherence = comp.sampledFrames().isEmpty() ? 0 : adherence / comp.sampledFrames().size();
        double errorFrames = (info.durationSeconds() - ctx.brief().durationSeconds()) * Timeline.FPS;
        List<String> warnings = new ArrayList<>();
        if (Math.abs(errorFrames) > 1) warnings.add(String.format(Locale.ROOT, "duration is off by %.1f frames", errorFrames));
        if (Math.abs(loud.integratedLufs() - MusicStage.TARGET_LUFS) > 1) {
            warnings.add(String.format(Locale.ROOT, "loudness %.1f LUFS is not within 1 LU of %.0f", loud.integratedLufs(), MusicStage.TARGET_LUFS));
        }
        if (loud.truePeakDbtp() > -1.0) warnings.add("true peak above -1 dBTP");
        if (!comp.blackStretches().isEmpty()) warnings.add(comp.blackStretches().size() + " black stretch(es)");
        if (!comp.frozenStretches().isEmpty()) warnings.add(comp.frozenStretches().size() + " frozen stretch(es)");
        if (adherence < BrandRules.AD_PALETTE_WARNING) warnings.add("rendered frames stray from the bible's palette");
        if (comp.safeArea() != null && comp.safeArea().outside() > 0) {
            warnings.add(comp.safeArea().outside() + " text layer(s) reach outside the " + comp.safeArea().format() + " safe area");
        }
        String skipped = ctx.output(Stage.CONTINUITY, ContinuityOutput.class).rerenderSkipped();
        if (skipped != null) warnings.add("continuity: " + skipped);
        warnings.addAll(ctx.output(Stage.VOICEOVER, video.zapcut.ads.StageOutputs.VoiceoverOutput.class).dropped());
        List<SceneQuality> scenes = scenes(ctx, comp);
        for (SceneQuality s : scenes) {
            if (!s.flags().isEmpty()) warnings.add("scene " + s.scene() + ": " + String.join("; ", s.flags()));
            if (Boolean.FALSE.equals(s.textClearOfProduct())) warnings.add("scene " + s.scene() + ": text covers part of the product (no place clear of it)");
            if (s.textContrast() != null && s.textContrast() < TextContrast.MIN_RATIO) {
                warnings.add(String.format(Locale.ROOT, "scene %d: text contrast %.1f:1 is below %.1f:1", s.scene(),
                        s.textContrast(), TextContrast.MIN_RATIO));
            }
        }
        return new QualityReport(info, loud, MusicStage.TARGET_LUFS, Math.round(adherence * 1000) / 1000.0,
                comp.blackStretches(), comp.frozenStretches(), comp.sampledFrames().size(),
                Math.round(errorFrames * 100) / 100.0, warnings, comp.safeArea(), scenes);
    }

    /** Each scene's brand check, scored on what the ad shows (scenes made before the check have none). */
    private static List<SceneQuality> scenes(GenerationContext ctx, CompositionOutput comp) {
        List<SceneQuality> out = new ArrayList<>();
        int count = ctx.output(Stage.STORYBOARD, Storyboard.class).scenes().size();
        for (int i = 1; i <= count; i++) {
            SceneOutput scene = ContinuityStage.finalScene(ctx, i);
            SceneBrandCheck b = scene.brand();
            if (b == null) continue;
            BrandScore shown = b.shown();
            // Only a vendor's clip had text placed by where its product was seen; Zapcut's own layout keeps it clear.
            boolean vendorClip = scene.clipUri() != null;
            out.add(new SceneQuality(i, shown.paletteAdherence(), shown.productMatch(), shown.score(), shown.passed(),
                    b.regenerated(), b.keptAttempt(), b.reason(), b.flags(), b.first(), b.retake(),
                    comp.safeArea() == null ? null : comp.safeArea().sceneInside(i), shown.productBox(),
                    comp.safeArea() == null || !vendorClip ? null : comp.safeArea().sceneClearOf(i, shown.productBounds()),
                    comp.textContrast() == null ? null : comp.textContrast().get(i)));
        }
        return out;
    }

    private static BufferedImage read(GenerationContext ctx, String uri) {
        return FastPng.read(ctx.local(uri));
    }
}
