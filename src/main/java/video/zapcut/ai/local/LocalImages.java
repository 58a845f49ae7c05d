package video.zapcut.ai.local;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import video.zapcut.ai.VisualStyleSpec;
import video.zapcut.common.Rgb;
import video.zapcut.media.scene.FastPng;
import video.zapcut.media.image.ProductCutout;
import video.zapcut.media.scene.VisualStyle;

/** Conversions between the ai ports' types and the local renderers' types. */
final class LocalImages {
    private LocalImages() {}

    static VisualStyle style(VisualStyleSpec s) { return new VisualStyle(s.palette(), s.energyLevel(), s.lighting()); }


    /** Reloads the stored cutout; its transparency says whether the photo's background was removed. */
    static ProductCutout cutout(Path png) {
        if (png == null) return null;
        BufferedImage img = read(png);
        BufferedImage argb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_ARGB);
        argb.createGraphics().drawImage(img, 0, 0, null);
        long opaque = 0;
        boolean transparent = false;
        for (int y = 0; y < argb.getHeight(); y++) {
            for (int x = 0; x < argb.getWidth(); x++) {
                int a = argb.getRGB(x, y) >>> 24;
                if (a > 0) opaque++;
                if (a < 255) transparent = true;
            }
        }
        double share = opaque / (double) (argb.getWidth() * (long) argb.getHeight());
        return new ProductCutout(argb, transparent, new Rgb(255, 255, 255), share);
    }

    static BufferedImage read(Path p) {
        return FastPng.read(p);
    }

    static Path write(BufferedImage img, Path file) {
        FastPng.write(img, file);
        return file;
    }
}
