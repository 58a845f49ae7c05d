package video.zapcut.pipeline.stages;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import video.zapcut.ads.Ads;
import video.zapcut.ads.StageOutputs.BibleOutput;
import video.zapcut.ads.StageOutputs.ReferenceOutput;
import video.zapcut.ai.ImageModel;
import video.zapcut.ai.ProductImages;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;

/** Hero, detail, lifestyle and alternate images for the bible (recorded as assets of the project with the output). */
public final class ReferenceImagesStage implements StageHandler<ReferenceOutput> {
    private final ImageModel images;

    public ReferenceImagesStage(ImageModel images) {
        this.images = images;
    }

    @Override
    public Stage stage() { return Stage.REFERENCE_IMAGES; }

    @Override
    public ReferenceOutput run(GenerationContext ctx) {
        BibleOutput bible = ctx.output(Stage.CREATIVE_BIBLE, BibleOutput.class);
        if (bible.reused() && ctx.reusedBible() != null) {
            Map<String, String> existing = ctx.reusedBible().referenceImages();
            if (existing.keySet().containsAll(ImageModel.REFERENCE_ROLES)) return new ReferenceOutput(existing, "reused");
        }
        ProductImages product = Products.of(ctx, bible);
        Path dir = ctx.work("references");
        Map<String, Path> files = images.referenceImages(product, Shots.style(bible.bible()), ctx.brief().aspect(), dir);
        Map<String, String> uris = new LinkedHashMap<>();
        for (String role : ImageModel.REFERENCE_ROLES) {
            Path f = files.get(role);
            if (f == null) throw new IllegalStateException("image model returned no " + role + " image");
            uris.put(role, ctx.store(Ads.bibleMediaKey(bible.creativeBibleId(), role + ".png"), f));
        }
        return new ReferenceOutput(uris, images.provider());
    }
}
