package video.zapcut.pipeline.stages;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import video.zapcut.ai.ImageModel;
import video.zapcut.ai.ProductImages;
import video.zapcut.common.Json;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.GenerationStore;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;
import video.zapcut.pipeline.StageOutputs.BibleOutput;
import video.zapcut.pipeline.StageOutputs.ReferenceOutput;

/** Hero, detail, lifestyle and alternate images for the bible; stored as assets of the project. */
public final class ReferenceImagesStage implements StageHandler {
    private final ImageModel images;

    private final GenerationStore store;

    public ReferenceImagesStage(ImageModel images, GenerationStore store) {
        this.images = images;
        this.store = store;
    }

    @Override
    public Stage stage() { return Stage.REFERENCE_IMAGES; }

    @Override
    public Result run(GenerationContext ctx) {
        BibleOutput bible = ctx.output(Stage.CREATIVE_BIBLE, BibleOutput.class);
        if (bible.reused()) {
            Map<String, String> existing = store.bible(bible.creativeBibleId()).orElseThrow().referenceImages();
            if (existing.keySet().containsAll(ImageModel.REFERENCE_ROLES)) return new Result(new ReferenceOutput(existing, "reused"), jdbc -> {});
        }
        ProductImages product = Products.of(ctx, bible);
        Path dir = ctx.work("references");
        Map<String, Path> files = images.referenceImages(product, Shots.style(bible.bible()), ctx.brief().aspect(), dir);
        Map<String, String> uris = new LinkedHashMap<>();
        for (String role : ImageModel.REFERENCE_ROLES) {
            Path f = files.get(role);
            if (f == null) throw new IllegalStateException("image model returned no " + role + " image");
            uris.put(role, ctx.store("creative_bibles/" + bible.creativeBibleId() + "/" + role + ".png", f));
        }
        String json = Json.write(uris);
        return new Result(new ReferenceOutput(uris, images.provider()), jdbc -> {
            jdbc.sql("UPDATE creative_bibles SET reference_image_urls = CAST(:u AS JSONB) WHERE id = :id")
                    .param("u", json).param("id", bible.creativeBibleId()).update();
            for (Map.Entry<String, String> e : uris.entrySet()) {
                jdbc.sql("""
                        INSERT INTO assets (project_id, type, source, url, s3_key, label, role, mime_type, file_size_bytes)
                        VALUES (:p, 'image', :src, :url, :key, :label, 'reference', 'image/png', :size)""")
                        .param("p", ctx.ad().projectId()).param("src", "local".equals(images.provider()) ? "local" : "image_model")
                        .param("url", e.getValue()).param("key", video.zapcut.storage.BlobStore.keyOf(e.getValue()))
                        .param("label", e.getKey()).param("size", ctx.blobs().size(video.zapcut.storage.BlobStore.keyOf(e.getValue())))
                        .update();
            }
        });
    }
}
