package video.zapcut.pipeline.stages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import video.zapcut.ai.ProductImages;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.ads.StageOutputs.BibleOutput;

/** The product's images as the image and video models need them, fetched from the blob store. */
final class Products {
    private Products() {}

    static ProductImages of(GenerationContext ctx, BibleOutput bible) {
        Path cutout = bible.cutoutUri() == null ? null : ctx.local(bible.cutoutUri());
        List<Path> photos = new ArrayList<>();
        for (String uri : bible.photoUris()) photos.add(ctx.local(uri));
        return new ProductImages(photos, cutout, bible.facts().product());
    }
}
