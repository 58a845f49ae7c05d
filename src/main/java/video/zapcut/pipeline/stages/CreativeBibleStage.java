package video.zapcut.pipeline.stages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import video.zapcut.ads.Ads;
import video.zapcut.ads.Order;
import video.zapcut.ads.StageOutputs.BibleOutput;
import video.zapcut.ads.StoredBible;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.BriefAnalyzer;
import video.zapcut.agents.BriefFacts;
import video.zapcut.agents.CreativeBible;
import video.zapcut.agents.StyleAgent;
import video.zapcut.common.Json;
import video.zapcut.common.Rgb;
import video.zapcut.media.image.ImageInspector;
import video.zapcut.media.image.PaletteExtractor;
import video.zapcut.media.image.ProductCutout;
import video.zapcut.media.image.ProductCutouts;
import video.zapcut.media.scene.FastPng;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;

/**
 * Measures the palette on the product photos (background ignored) and lets the style agent write the
 * bible around it, or takes the bible the user approved at review (or a bible of the project to
 * reuse); validates it. The ads module keeps it as a creative bible of the project.
 */
public final class CreativeBibleStage implements StageHandler<BibleOutput> {
    private final StyleAgent agent;
    private final AgentOutputValidator validator;
    private final ImageInspector images;
    private final BriefAnalyzer analyzer = new BriefAnalyzer();

    public CreativeBibleStage(StyleAgent agent, AgentOutputValidator validator, ImageInspector images) {
        this.agent = agent;
        this.validator = validator;
        this.images = images;
    }

    @Override
    public Stage stage() { return Stage.CREATIVE_BIBLE; }

    @Override
    public BibleOutput run(GenerationContext ctx) {
        List<String> photoUris = new ArrayList<>();
        List<ProductCutout> cutouts = new ArrayList<>();
        for (Order.Photo p : ctx.ad().order().photos()) {
            photoUris.add(p.uri());
            cutouts.add(ProductCutouts.extract(images.decode(ctx.local(p.uri())).image()));
        }
        BriefFacts facts = analyzer.analyze(ctx.brief());
        StoredBible stored = ctx.reusedBible();
        Order.Plan approved = ctx.ad().order().approvedPlan();
        CreativeBible bible;
        if (stored != null) {
            // Reused as stored (it passed validation when it was made); no agent call, no palette work.
            bible = validator.checkBible(Json.read(stored.bibleJson(), CreativeBible.class));
        } else if (approved != null) {
            // What the user reviewed (written by this same agent on the same photos' palette): made as approved.
            bible = validator.checkBible(approved.bible());
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
                    : Ads.bibleMediaKey(bibleId, "product_cutout.png"), file);
        }
        return new BibleOutput(bibleId, name, bible, facts, cutouts.isEmpty() ? "brief" : "photos", photoUris,
                cutoutUri, stored != null ? "reused" : approved != null ? "approved at review (" + agent.provider() + ")"
                : agent.provider(), stored != null);
    }
}
