package video.zapcut.media.scene;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import video.zapcut.common.AspectRatio;

/**
 * Chosen frames of a layered shot, composited in Java2D with the same camera path and easing the
 * FFmpeg motion graph uses (the keyframe is the same composite at progress 0). A frame costs a few
 * milliseconds this way, where FFmpeg would render every frame up to it.
 */
public final class SceneFrames {
    private SceneFrames() {}

    /** Writes frames {@code indices} (0-based) of the shot into {@code dir}, full size; returns the files in order. */
    public static List<Path> render(SceneLayers layers, SceneSpec spec, AspectRatio aspect, List<Integer> indices, Path dir) {
        return render(layers, spec, aspect, indices, dir, 1.0);
    }

    /**
     * As {@link #render(SceneLayers, SceneSpec, AspectRatio, List, Path)}, with the frames scaled by
     * {@code scale} (0 < scale <= 1): a colour comparison across a cut needs no more than a preview, and a
     * half-size frame costs a quarter of the compositing and encoding.
     */
    public static List<Path> render(SceneLayers layers, SceneSpec spec, AspectRatio aspect, List<Integer> indices, Path dir,
                                    double scale) {
        if (!(scale > 0 && scale <= 1)) throw new IllegalArgumentException("scale must be in (0, 1]: " + scale);
        CameraPath path = CameraPath.of(spec.move(), spec.motionStrength(), aspect);
        int frames = SceneClipRenderer.frameCount(spec.durationSeconds());
        BufferedImage bg = read(layers.background());
        BufferedImage product = layers.product() == null ? null : read(layers.product());
        BufferedImage light = layers.light() == null ? null : read(layers.light());
        List<Path> out = new ArrayList<>();
        for (int k = 0; k < indices.size(); k++) {
            double e = CameraPath.ease(indices.get(k) / (double) Math.max(1, frames - 1));
            BufferedImage frame = Raster.rgb((int) Math.round(aspect.width() * scale), (int) Math.round(aspect.height() * scale));
            Graphics2D g = Raster.quality(frame);
            g.scale(scale, scale);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(bg, path.background().at(e, aspect, bg.getWidth(), bg.getHeight()), null);
            if (product != null) g.drawImage(product, path.product().at(e, aspect, product.getWidth(), product.getHeight()), null);
            if (light != null) g.drawImage(light, path.light().at(e, aspect, light.getWidth(), light.getHeight()), null);
            g.dispose();
            Path file = dir.resolve("frame_" + (k + 1) + ".png");
            Raster.writePng(frame, file);
            out.add(file);
        }
        return out;
    }

    /** A layer as int pixels (Raster.read names the file when it cannot be read). */
    private static BufferedImage read(Path png) { return Raster.read(png); }
}
