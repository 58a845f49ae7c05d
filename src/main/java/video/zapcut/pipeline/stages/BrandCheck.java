package video.zapcut.pipeline.stages;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import video.zapcut.ads.StageOutputs.BibleOutput;
import video.zapcut.ads.StageOutputs.BrandScore;
import video.zapcut.ads.StageOutputs.SceneOutput;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.Rgb;
import video.zapcut.media.ClipFit;
import video.zapcut.media.image.ColorStats;
import video.zapcut.media.image.ProductMatch;
import video.zapcut.media.scene.FastPng;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.Stage;

/**
 * Measures a take of a scene against the creative bible, on the frames the scene stage keeps (first,
 * middle, last): the palette adherence averaged over them (colour is about the whole scene), and the
 * product match of the best of them (a product revealed late, or pushed past, is still shown). The
 * verdict is {@link BrandRules}'. Where the frames show the product is kept with the score, carried onto
 * the ad's frame, so text laid over a scene whose layout Zapcut did not design (a vendor's clip) keeps off it.
 */
final class BrandCheck {
    private final List<Rgb> palette;
    /** The uploaded product as the measure sees it; null for an ad without photos (typographic). */
    private final ProductMatch product;
    /** How the scene's frames fill the ad's frame. */
    private final ClipFit fit;

    BrandCheck(List<Rgb> palette, ProductMatch product, AspectRatio aspect) {
        this.palette = palette;
        this.product = product;
        this.fit = new ClipFit(aspect.width(), aspect.height());
    }

    static BrandCheck of(GenerationContext ctx) {
        BibleOutput bible = ctx.output(Stage.CREATIVE_BIBLE, BibleOutput.class);
        List<Rgb> palette = bible.bible().colors().stream().map(Rgb::hex).toList();
        ProductMatch product = bible.cutoutUri() == null ? null : ProductMatch.of(FastPng.read(ctx.local(bible.cutoutUri())));
        return new BrandCheck(palette, product, ctx.brief().aspect());
    }

    List<Rgb> palette() { return palette; }

    /** The take's score on its stored frames. */
    BrandScore score(GenerationContext ctx, SceneOutput take) {
        List<BufferedImage> frames = new ArrayList<>();
        for (String uri : take.frameUris()) frames.add(FastPng.read(ctx.local(uri)));
        return score(frames);
    }

    /** One still's score: a keyframe, before a retake decides whether to draw it again. */
    BrandScore score(Path image) { return score(List.of(FastPng.read(image))); }

    BrandScore score(List<BufferedImage> frames) {
        if (frames.isEmpty()) throw new IllegalArgumentException("no frames to score");
        double adherence = 0;
        Double match = null;
        Rectangle seen = null;
        for (BufferedImage f : frames) {
            adherence += ColorStats.paletteAdherence(f, palette).withinShare();
            if (product == null) continue;
            ProductMatch.Found found = product.find(f);
            match = Math.max(match == null ? 0 : match, found.score());
            if (BrandRules.showsProduct(found.score())) {
                Rectangle box = fit.toFrame(new Rectangle(found.x(), found.y(), found.width(), found.height()), f.getWidth(), f.getHeight());
                seen = seen == null ? box : seen.union(box);
            }
        }
        return BrandRules.score(adherence / frames.size(), match).seenAt(seen);
    }
}
