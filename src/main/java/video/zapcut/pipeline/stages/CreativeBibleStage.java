package video.zapcut.pipeline.stages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.BriefAnalyzer;
import video.zapcut.agents.BriefFacts;
import video.zapcut.agents.CreativeBible;
import video.zapcut.agents.StyleAgent;
import video.zapcut.assets.AssetRepository;
import video.zapcut.common.Json;
import video.zapcut.common.Rgb;
import video.zapcut.media.image.ImageInspector;
import video.zapcut.media.image.PaletteExtractor;
import video.zapcut.media.image.ProductCutout;
import video.zapcut.media.image.ProductCutouts;
import video.zapcut.media.scene.FastPng;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.GenerationStore;
import video.zapcut.pipeline.GenerationStore.StoredBible;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;
import video.zapcut.pipeline.StageOutputs.BibleOutput;

/**
 * Measures the palette on the product photos (background ignored), lets the style agent write the
 * bible around it, validates it, and stores it as a creative_bibles row of the project.
 */
public final class CreativeBibleStage implements StageHandler {
    private final StyleAgent agent;
    private final AgentOutputValidator validator;
    private final AssetRepository assets;
    private final ImageInspector images;
    private final GenerationStore store;
    private final BriefAnalyzer analyzer = new BriefAnalyzer();

    public CreativeBibleStage(StyleAgent agent, AgentOutputValidator validator, AssetRepository assets, ImageInspector images,
                              GenerationStore store) {
        this.store = store;
        this.agent = agent;
        this.validator = validator;
        this.assets = assets;
        this.images = images;
    }

    @Override
    public Stage stage() { return Stage.CREATIVE_BIBLE; }

    @Override
    public Result run(GenerationContext ctx) {
        List<String> photoUris = new ArrayList<>();
        List<ProductCutout> cutouts = new ArrayList<>();
        for (AssetRepository.Asset a : assets.byIds(ctx.ad().assetIds())) {
            photoUris.add(a.url());
            cutouts.add(ProductCutouts.extract(images.decode(ctx.local(a.url())).image()));
        }
        BriefFacts facts = analyzer.analyze(ctx.brief());
        UUID reuse = ctx.ad().creativeBibleId();
        StoredBible stored = reuse == null ? null : store.bible(reuse)
                .orElseThrow(() -> new IllegalStateException("creative bible " + reuse + " to reuse no longer exists"));
        CreativeBible bible;
        if (stored != null) {
            // Reused as stored (it passed validation when it was made); no agent call, no palette work.
            bible = validator.checkBible(Json.read(stored.bibleJson(), CreativeBible.class));
        } else {
            List<Rgb> palette = cutouts.isEmpty() ? List.of() : PaletteExtractor.extract(cutouts, 4, 6);
            bible = validator.checkBible(agent.createBible(ctx.brief(), palette));
        }

        UUID bibleId = stored != null ? stored.id() : UUID.randomUUID();
        String name = stored != null ? stored.name()
                : bible.brandStyle().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_" + bibleId.toString().substring(0, 8);
        String cutoutUri = null;
        if (!cutouts.isEmpty()) {
            Path file = ctx.work("bible").resolve("product_cutout.png");
            FastPng.write(cutouts.get(0).image(), file);
            // Per ad when the bible is reused: the ad's own photos may differ from the ones the bible was made from.
            cutoutUri = ctx.store(stored != null ? ctx.adKey("product_cutout.png")
                    : "creative_bibles/" + bibleId + "/product_cutout.png", file);
        }
        BibleOutput out = new BibleOutput(bibleId, name, bible, facts, cutouts.isEmpty() ? "brief" : "photos", photoUris,
                cutoutUri, stored != null ? "reused" : agent.provider(), stored != null);
        if (stored != null) return new Result(out, jdbc -> {});
        String json = Json.write(bible);
        return new Result(out, jdbc -> {
            jdbc.sql("""
                    INSERT INTO creative_bibles (id, project_id, name, creative_bible) VALUES (:id, :p, :n, CAST(:b AS JSONB))""")
                    .param("id", bibleId).param("p", ctx.ad().projectId()).param("n", name).param("b", json).update();
            jdbc.sql("UPDATE generated_ads SET creative_bible_id = :b WHERE id = :id").param("b", bibleId).param("id", ctx.adId()).update();
        });
    }
}
