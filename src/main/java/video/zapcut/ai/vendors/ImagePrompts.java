package video.zapcut.ai.vendors;

import java.util.Map;
import java.util.stream.Collectors;
import video.zapcut.ai.ProductImages;
import video.zapcut.ai.SceneShot;
import video.zapcut.ai.VisualStyleSpec;
import video.zapcut.common.Rgb;

/** The words image models get: the creative bible's look plus what each reference or keyframe shows. */
public final class ImagePrompts {
    static final Map<String, String> ROLES = Map.of(
            "hero", "hero product shot, the product centred and fully visible, clean backdrop",
            "detail", "macro close-up of the product's texture, label and materials",
            "lifestyle", "the product in use in a real setting that fits its audience",
            "alternate", "the product from a different angle with dramatic composition");

    private ImagePrompts() {}

    public static String reference(String role, ProductImages product, VisualStyleSpec style) {
        return String.format("%s of %s. Style: %s, %s. Lighting: %s. Camera: %s. Colour palette %s. "
                        + "Photographic, advertising quality, no text, no watermark, no logos other than the product's own.",
                ROLES.getOrDefault(role, role), name(product), style.brandStyle(), style.vibe(), style.lighting(), style.camera(),
                palette(style));
    }

    public static String keyframe(SceneShot shot, ProductImages product, VisualStyleSpec style) {
        return String.format("%s. Product: %s. Style: %s, %s. Lighting: %s. Palette %s. First frame of a video shot; "
                        + "keep the product's shape, colours and label identical to the reference images. No text.",
                shot.prompt(), name(product), style.brandStyle(), style.vibe(), style.lighting(), palette(style));
    }

    static String name(ProductImages p) { return p.productName() == null || p.productName().isBlank() ? "the product" : p.productName(); }

    static String palette(VisualStyleSpec s) {
        return s.palette().stream().map(Rgb::toHex).collect(Collectors.joining(", "));
    }
}
