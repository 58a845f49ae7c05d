package video.zapcut.media.scene;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.Rgb;
import video.zapcut.media.image.ProductCutout;

/**
 * Builds one scene's keyframe as separate layers (background plate, product, moving light) so the clip
 * renderer can move them at different speeds. The composition follows the scene's role, the grade its
 * emotional tone, and the colours continue from the previous scene (the keyframe chain).
 */
public final class SceneRenderer {
    public static final String BACKGROUND = "background.png";
    public static final String PRODUCT = "product.png";
    public static final String LIGHT = "light.png";
    public static final String KEYFRAME = "keyframe.png";

    /**
     * Writes background.png, product.png (omitted for a text-only end card), light.png, keyframe.png and
     * look.properties into {@code dir}.
     *
     * @param references     the reference stills; without a previous scene, the one matching this role
     *                       anchors the colours (so an externally supplied reference steers the look)
     * @param productOrNull  the product; null renders the product name as staged lettering
     * @param previousOrNull the previous scene's layers: colours and light start from where it ended
     */
    public SceneLayers renderLayers(SceneSpec scene, Map<String, BufferedImage> references, ProductCutout productOrNull,
                                    String productName, VisualStyle style, AspectRatio aspect, SceneLayers previousOrNull,
                                    Path dir) {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(aspect, "aspect");
        Palette palette = Palette.of(style);
        CameraPath path = CameraPath.of(scene.move(), scene.motionStrength(), aspect);
        Role role = Role.of(scene);
        boolean typographic = productOrNull == null || productOrNull.image() == null;
        SetDesign design = design(role, scene, palette, aspect, productOrNull, productName, typographic);
        Composition composition = role.composition(design, scene.index());
        SceneLook previous = previousOrNull == null ? null : SceneLook.read(previousOrNull);

        Grade grade = Grade.forTone(scene.emotionTone());
        // The three layers are painted and graded independently of each other: the plate and the
        // product (the two large paints) on other threads while this one paints the light.
        CompletableFuture<BufferedImage> backgroundJob = CompletableFuture.supplyAsync(() -> {
            BufferedImage img = paintBackground(composition, aspect);
            grade.apply(img);
            return img;
        }, PAINTERS);
        // A text-only end card carries the name in the overlay; standing lettering would say it twice.
        CompletableFuture<BufferedImage> productJob = typographic && role == Role.CTA ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> {
                    BufferedImage img = paintProduct(composition, aspect, path);
                    // Product colours are the brand's: graded at half strength so it sits in the scene but stays true.
                    grade.scaled(0.5).apply(img);
                    return img;
                }, PAINTERS);
        double[] lightStart = lightStart(previous, path, aspect, role);
        int[] lightSize = CameraPath.layerSize(aspect, path.light());
        BufferedImage light = LightLeak.paint(Stage.centred(aspect, lightSize[0], lightSize[1]), palette,
                lightStart[0] * aspect.width(), lightStart[1] * aspect.height(), design.lightBoost());
        grade.apply(light);
        BufferedImage background = join(backgroundJob), product = join(productJob);

        Rgb anchor = previous != null ? previous.mean() : referenceMean(references, role.referenceKey(scene.index()));
        if (anchor != null) {
            // A reference only suggests the look of the first scene; a previous scene is a hard constraint.
            double strength = previous != null ? scene.styleStrength() : scene.styleStrength() * 0.5;
            // The mean colour needs no more than a quarter-size composite (a sixteenth of the work).
            Rgb current = Raster.mean(keyframe(aspect, path, background, product, light, MEAN_SCALE), null);
            SceneLook.pullToward(background, current, anchor, strength);
            SceneLook.pullToward(light, current, anchor, strength);
        }
        Raster.dither(background, scene.seed(), 0.8);
        BufferedImage key = keyframe(aspect, path, background, product, light, 1.0);
        SceneLook end = new SceneLook(Raster.mean(key, null), lightStart[0] + path.light().dx1() / aspect.width(),
                lightStart[1] + path.light().dy1() / aspect.height());
        return write(dir, background, product, light, key, end);
    }

    /**
     * Threads for painting layers side by side; daemon threads, so they never hold the JVM open. The
     * common pool is not used: on two cores it has a single worker, which the PNG writes also use.
     */
    private static final java.util.concurrent.ExecutorService PAINTERS = java.util.concurrent.Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "layer-painter");
                t.setDaemon(true);
                return t;
            });

    private static <T> T join(CompletableFuture<T> job) {
        try {
            return job.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static BufferedImage paintBackground(Composition composition, AspectRatio aspect) {
        int[] plate = CameraPath.plateSize(aspect);
        Stage stage = Stage.centred(aspect, plate[0], plate[1]);
        BufferedImage img = stage.newRgb();
        Graphics2D g = stage.graphics(img);
        composition.paintSet(g, stage);
        g.dispose();
        return img;
    }

    private static BufferedImage paintProduct(Composition composition, AspectRatio aspect, CameraPath path) {
        int[] size = CameraPath.layerSize(aspect, path.product());
        Stage stage = Stage.centred(aspect, size[0], size[1]);
        BufferedImage img = stage.newArgb();
        Graphics2D g = stage.graphics(img);
        composition.paintSubject(g, stage);
        g.dispose();
        return img;
    }

    private static SceneLayers write(Path dir, BufferedImage background, BufferedImage product, BufferedImage light,
                                     BufferedImage key, SceneLook end) {
        Path bg = dir.resolve(BACKGROUND), pr = dir.resolve(PRODUCT), li = dir.resolve(LIGHT), kf = dir.resolve(KEYFRAME);
        // Encoding the PNGs was the largest share of a keyframe's time; they are independent, so they
        // are written side by side (the layers are complete once this method returns).
        List<CompletableFuture<Void>> writes = new ArrayList<>(List.of(
                CompletableFuture.runAsync(() -> Raster.writePng(background, bg)),
                CompletableFuture.runAsync(() -> Raster.writePng(light, li))));
        if (product != null) writes.add(CompletableFuture.runAsync(() -> Raster.writePng(product, pr)));
        Raster.writePng(key, kf);
        try {
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        // The bounds cache is keyed to the written files, so it follows the writes.
        LayerBounds.write(dir, li, Raster.alphaBounds(light, LayerBounds.VISIBLE_ALPHA));
        if (product != null) LayerBounds.write(dir, pr, Raster.alphaBounds(product, LayerBounds.VISIBLE_ALPHA));
        end.write(dir);
        return new SceneLayers(bg, product == null ? null : pr, li, kf);
    }

    private static SetDesign design(Role role, SceneSpec scene, Palette palette, AspectRatio aspect, ProductCutout product,
                                    String name, boolean typographic) {
        double roll = role == Role.CLIMAX ? ((scene.seed() & 1) == 0 ? -3 : 3) : 0;
        return Subject.of(typographic ? null : product, name, aspect)
                .design(palette, scene.seed(), role.lightBoost, role.slot(aspect, scene.index()), roll);
    }

    /**
     * Where the light sweep starts: where the previous scene's ended (continuity), kept far enough from
     * the edge that this scene's sweep still ends inside the frame.
     */
    static double[] lightStart(SceneLook previous, CameraPath path, AspectRatio a, Role role) {
        double travel = path.light().dx1() / a.width();
        double lo = travel >= 0 ? 0.08 : 0.08 - travel, hi = travel >= 0 ? 0.92 - travel : 0.92;
        double x = previous != null ? previous.lightX() : (travel >= 0 ? 0.18 : 0.82);
        double y = previous != null ? previous.lightY() : (role == Role.CLIMAX ? 0.2 : 0.3);
        x = hi < lo ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, x));
        return new double[] {x, Math.max(0.1, Math.min(0.6, y))};
    }

    private static Rgb referenceMean(Map<String, BufferedImage> references, String key) {
        if (references == null) return null;
        BufferedImage ref = references.get(key);
        return ref == null ? null : Raster.mean(ref, null);
    }

    /** Scale of the composite a scene's colour pull measures its mean on. */
    private static final double MEAN_SCALE = 0.25;

    /**
     * The first frame: every layer placed by the camera path at progress 0, exactly as the clip starts,
     * at {@code scale} times the frame size. Bilinear, as FFmpeg scales the layers in the clip: bicubic
     * cost 100 ms a keyframe more wherever the first frame is not an identity placement.
     */
    static BufferedImage keyframe(AspectRatio a, CameraPath path, BufferedImage bg, BufferedImage product, BufferedImage light,
                                  double scale) {
        BufferedImage key = Raster.rgb((int) Math.round(a.width() * scale), (int) Math.round(a.height() * scale));
        Graphics2D g = Raster.quality(key);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        if (scale != 1.0) g.scale(scale, scale);
        g.drawImage(bg, path.background().at(0, a, bg.getWidth(), bg.getHeight()), null);
        if (product != null) g.drawImage(product, path.product().at(0, a, product.getWidth(), product.getHeight()), null);
        if (light != null) g.drawImage(light, path.light().at(0, a, light.getWidth(), light.getHeight()), null);
        g.dispose();
        return key;
    }

    /**
     * The storyboard role, and what it means for staging. The climax keeps the brand's dominant colour
     * rather than the alternate still's rotated palette: in the film a cut into a different backdrop
     * colour reads as a jump, so drama comes from the set and a stronger key light instead.
     */
    enum Role {
        SETUP(1.0), EXPLORATION(1.0), CLIMAX(1.5), CTA(0.9);

        final double lightBoost;

        Role(double lightBoost) { this.lightBoost = lightBoost; }

        /** The reference still this role's staging corresponds to. */
        String referenceKey(int index) {
            return switch (this) {
                case SETUP, CTA -> ReferenceImageRenderer.HERO;
                case EXPLORATION -> detail(index) ? ReferenceImageRenderer.DETAIL : ReferenceImageRenderer.LIFESTYLE;
                case CLIMAX -> ReferenceImageRenderer.ALTERNATE;
            };
        }

        static Role of(SceneSpec s) {
            String r = s.role() == null ? "" : s.role().toLowerCase(Locale.ROOT).strip();
            return switch (r) {
                case "exploration" -> EXPLORATION;
                case "climax" -> CLIMAX;
                case "cta" -> CTA;
                default -> SETUP;
            };
        }

        /** Exploration alternates between a lifestyle set and a macro detail so consecutive ones differ. */
        boolean detail(int index) { return this == EXPLORATION && index % 2 == 1; }

        SetDesign.Slot slot(AspectRatio a, int index) {
            return switch (this) {
                case SETUP -> FrameLayout.withHeadline(a);
                case EXPLORATION -> detail(index) ? FrameLayout.detail(a) : FrameLayout.lifestyle(a);
                case CLIMAX -> FrameLayout.withBenefit(a);
                case CTA -> FrameLayout.withEndCard(a);
            };
        }

        Composition composition(SetDesign d, int index) {
            return switch (this) {
                case SETUP, CTA -> new StudioSweep(d);
                case EXPLORATION -> detail(index) ? new DetailCloseUp(d) : new LifestyleSet(d);
                case CLIMAX -> new PodiumStage(d);
            };
        }
    }
}
