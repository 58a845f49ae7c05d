package video.zapcut.media.scene;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import video.zapcut.common.AspectRatio;
import video.zapcut.media.image.ProductCutout;

/**
 * The thing being staged: the product cutout, or lettering of the product name standing in for it.
 * Lettering is set per palette, because its ink must contrast with each composition's backdrop.
 */
final class Subject {
    private final BufferedImage product;
    private final String name;
    private final AspectRatio aspect;
    private final Map<Boolean, BufferedImage> letteringByLightness = new HashMap<>();

    private Subject(BufferedImage product, String name, AspectRatio aspect) {
        this.product = product;
        this.name = name;
        this.aspect = aspect;
    }

    static Subject of(ProductCutout productOrNull, String productName, AspectRatio aspect) {
        boolean photo = productOrNull != null && productOrNull.image() != null;
        return new Subject(photo ? ProductStaging.subject(productOrNull) : null, productName, aspect);
    }

    boolean typographic() { return product == null; }

    SetDesign design(Palette palette, long seed, double lightBoost, SetDesign.Slot slot, double roll) {
        if (!typographic()) return new SetDesign(palette, product, false, seed, lightBoost, slot, roll);
        // Set large so that fitting and the detail close-up only ever scale the lettering down.
        BufferedImage lettering = letteringByLightness.computeIfAbsent(palette.light(), light -> {
            double size = Math.max(aspect.width(), aspect.height()) * 1.4;
            return Lettering.subject(name, palette, size, size * 0.6);
        });
        return new SetDesign(palette, lettering, true, seed, lightBoost, FrameLayout.forLettering(slot, aspect), roll);
    }
}
