package video.zapcut.media.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.CameraMove;
import video.zapcut.common.Rgb;
import video.zapcut.media.image.ProductCutout;

class SceneRendererTest {
    @TempDir
    static Path tmp;
    private static final ProductCutout BOTTLE = SyntheticProduct.bottle(SyntheticProduct.NAVY_PALETTE);
    private static final VisualStyle STYLE = SyntheticProduct.navyStyle();
    private static SceneLayers setup;

    @BeforeAll
    static void renderSetup() {
        setup = render(new SceneSpec(1, "setup", CameraMove.PUSH_IN, "calm, inviting", 2, 0.6, 0.9, 41), BOTTLE,
                AspectRatio.LANDSCAPE, null, "setup");
    }

    private static SceneLayers render(SceneSpec s, ProductCutout product, AspectRatio a, SceneLayers previous, String dir) {
        return new SceneRenderer().renderLayers(s, Map.of(), product, "Luma Serum", STYLE, a, previous, tmp.resolve(dir));
    }

    private static BufferedImage read(Path p) { return Raster.read(p); }

    @Test
    void writesAllLayersWithTheExpectedSizesAndAlpha() {
        BufferedImage bg = read(setup.background()), product = read(setup.product()), light = read(setup.light()),
                key = read(setup.keyframe());
        // The plate is ~1.2x the frame so the camera has room; even sizes keep 4:2:0 chroma aligned.
        assertThat(bg.getWidth()).isEqualTo(2304);
        assertThat(bg.getHeight()).isEqualTo(1296);
        assertThat(bg.getColorModel().hasAlpha()).isFalse();
        assertThat(key.getWidth()).isEqualTo(1920);
        assertThat(key.getHeight()).isEqualTo(1080);
        assertThat(product.getColorModel().hasAlpha()).isTrue();
        assertThat(product.getWidth()).isGreaterThanOrEqualTo(1920);
        assertThat(product.getRGB(0, 0) >>> 24).as("corner of the product layer is transparent").isZero();
        Rectangle visible = Raster.alphaBounds(product, 200);
        assertThat(visible).isNotNull();
        assertThat(visible.height).as("product is large in frame").isGreaterThan(400);
        assertThat(maxAlpha(light)).as("light is a soft glow, never opaque").isBetween(10, 200);
        assertThat(ImageChecks.lumaStdDev(bg)).isGreaterThan(8);
        assertThat(Files.exists(setup.keyframe().resolveSibling(SceneLook.FILE))).isTrue();
    }

    @Test
    void keyframeIsThePlateCentreWithProductAndLightOnTop() {
        BufferedImage key = read(setup.keyframe()), bg = read(setup.background()), light = read(setup.light());
        // Rebuild the first frame by hand without the product: they differ only where the product is.
        BufferedImage withoutProduct = Raster.copy(bg.getSubimage(192, 108, 1920, 1080), BufferedImage.TYPE_INT_RGB);
        var g = withoutProduct.createGraphics();
        g.drawImage(light, (1920 - light.getWidth()) / 2, (1080 - light.getHeight()) / 2, null);
        g.dispose();
        SetDesign.Slot slot = FrameLayout.withHeadline(AspectRatio.LANDSCAPE);
        int cx = (int) (slot.cx() * 1920), cy = (int) ((slot.baseY() - slot.maxH() / 2) * 1080);
        assertThat(ImageChecks.meanAbsDiff(key.getSubimage(cx - 100, cy - 100, 200, 200),
                withoutProduct.getSubimage(cx - 100, cy - 100, 200, 200))).isGreaterThan(20);
        // Top left, under the headline zone, is set and light only.
        assertThat(ImageChecks.meanAbsDiff(key.getSubimage(100, 100, 500, 300), withoutProduct.getSubimage(100, 100, 500, 300)))
                .isLessThan(2);
    }

    @Test
    void typographicSceneStagesLetteringAndTheEndCardLeavesRoomForText() {
        SceneLayers setupType = render(new SceneSpec(1, "setup", CameraMove.STATIC, "bold", 1, 0.5, 0.9, 3), null,
                AspectRatio.SQUARE, null, "type-setup");
        assertThat(setupType.product()).as("lettering stands in for the product").isNotNull();
        SceneLayers cta = render(new SceneSpec(5, "cta", CameraMove.PULL_OUT, "bold", 1, 0.5, 0.9, 7), null,
                AspectRatio.SQUARE, setupType, "type-cta");
        assertThat(cta.product()).as("the end card carries the name; no lettering layer").isNull();
        assertThat(ImageChecks.lumaStdDev(read(cta.keyframe()))).isGreaterThan(8);
    }

    private static SceneSpec climax(String tone) {
        return new SceneSpec(4, "climax", CameraMove.ORBIT, tone, 1, 0.6, 0.9, 44);
    }

    @Test
    void gradeFollowsTheEmotionalTone() {
        Rgb w = Raster.mean(read(render(climax("warm, cozy"), BOTTLE, AspectRatio.SQUARE, null, "warm").keyframe()), null);
        Rgb f = Raster.mean(read(render(climax("fresh, clean"), BOTTLE, AspectRatio.SQUARE, null, "fresh").keyframe()), null);
        assertThat(w.r() - w.b()).as("warm is redder than fresh").isGreaterThan(f.r() - f.b() + 6);
        assertThat(f.luminance()).as("fresh is brighter").isGreaterThan(w.luminance());
    }

    @Test
    void continuesColoursFromThePreviousScene() {
        Rgb previous = Raster.mean(read(setup.keyframe()), null);
        // The climax has its own (podium) set; chained, its colours start from where the setup ended.
        Rgb alone = Raster.mean(read(render(climax("fresh, clean"), BOTTLE, AspectRatio.SQUARE, null, "alone").keyframe()), null);
        Rgb chained = Raster.mean(read(render(climax("fresh, clean"), BOTTLE, AspectRatio.SQUARE, setup, "chained").keyframe()), null);
        assertThat(chained.deltaE(previous)).isLessThan(alone.deltaE(previous) * 0.75);
    }

    @Test
    void isDeterministicForTheSameSeed() {
        BufferedImage a = read(render(climax("elegant"), BOTTLE, AspectRatio.SQUARE, null, "det-a").background());
        BufferedImage b = read(render(climax("elegant"), BOTTLE, AspectRatio.SQUARE, null, "det-b").background());
        assertThat(ImageChecks.meanAbsDiff(a, b)).isZero();
    }

    private static int maxAlpha(BufferedImage img) {
        int max = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) max = Math.max(max, img.getRGB(x, y) >>> 24);
        }
        return max;
    }
}
