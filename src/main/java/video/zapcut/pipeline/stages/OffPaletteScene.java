package video.zapcut.pipeline.stages;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import video.zapcut.ai.ImageModel;
import video.zapcut.ai.ProductImages;
import video.zapcut.ai.SceneShot;
import video.zapcut.ai.VisualStyleSpec;
import video.zapcut.common.AspectRatio;
import video.zapcut.media.scene.FastPng;

/**
 * A test hook ({@code ZAPCUT_DEBUG_OFF_PALETTE_SCENE=N}, like {@code ZAPCUT_FAIL_AT_STAGE}): an image model
 * that draws scene N's keyframe off the palette until it is asked for a brand correction, the way a model
 * drifts until told. Its set and light layers (and the keyframe still) get the green channel inverted,
 * which turns cream into magenta and brown into olive; the product layer stays as drawn, so only the
 * palette fails. Everything else passes straight through. Never set it outside tests.
 */
public final class OffPaletteScene implements ImageModel {
    private static final List<String> RECOLOURED = List.of("background.png", "light.png", "keyframe.png");
    private final ImageModel drawn;
    private final int scene;

    public OffPaletteScene(ImageModel drawn, int scene) {
        this.drawn = drawn;
        this.scene = scene;
    }

    @Override
    public String provider() { return drawn.provider(); }

    @Override
    public Map<String, Path> referenceImages(ProductImages product, VisualStyleSpec style, AspectRatio aspect, Path dir) {
        return drawn.referenceImages(product, style, aspect, dir);
    }

    @Override
    public Path keyframe(SceneShot shot, ProductImages product, VisualStyleSpec style, Map<String, Path> references,
                         Path previousKeyframeDir, Path dir) {
        Path keyframe = drawn.keyframe(shot, product, style, references, previousKeyframeDir, dir);
        if (shot.index() == scene && !shot.prompt().contains(BrandCorrection.PREFIX)) {
            for (String name : RECOLOURED) {
                Path f = dir.resolve(name);
                if (Files.isRegularFile(f)) FastPng.write(invertGreen(FastPng.read(f)), f);
            }
        }
        return keyframe;
    }

    private static BufferedImage invertGreen(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        int[] px = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < px.length; i++) px[i] ^= 0x0000FF00;
        image.setRGB(0, 0, w, h, px, 0, w);
        return image;
    }
}
