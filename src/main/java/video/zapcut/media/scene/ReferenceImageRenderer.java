package video.zapcut.media.scene;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import video.zapcut.common.AspectRatio;
import video.zapcut.media.image.ProductCutout;

/**
 * Renders the four reference stills an ad is built from, offline: a centred studio hero, a macro detail,
 * a lifestyle set and an alternate editorial angle. Without a product photo, the product name is set as
 * bold standing lettering and staged the same way, so a text-only brief still gets a designed look.
 */
public final class ReferenceImageRenderer {
    public static final String HERO = "hero";
    public static final String DETAIL = "detail";
    public static final String LIFESTYLE = "lifestyle";
    public static final String ALTERNATE = "alternate";
    public static final List<String> KEYS = List.of(HERO, DETAIL, LIFESTYLE, ALTERNATE);

    /**
     * @return images keyed {@value #HERO}, {@value #DETAIL}, {@value #LIFESTYLE}, {@value #ALTERNATE}, each
     *         {@code aspect.width() x aspect.height()} RGB; deterministic for the same inputs
     */
    public Map<String, BufferedImage> render(ProductCutout productOrNull, String productName, VisualStyle style,
                                             AspectRatio aspect) {
        Objects.requireNonNull(aspect, "aspect");
        Palette palette = Palette.of(style);
        long seed = Objects.hash(productName, palette.colors());
        Stage stage = Stage.frame(aspect);
        Subject subject = Subject.of(productOrNull, productName, aspect);
        Map<String, BufferedImage> out = new LinkedHashMap<>();
        out.put(HERO, new StudioSweep(subject.design(palette, seed, 1.0, FrameLayout.hero(aspect), 0)).paintAll(stage));
        out.put(DETAIL, new DetailCloseUp(subject.design(palette, seed, 1.0, FrameLayout.detail(aspect), 0)).paintAll(stage));
        out.put(LIFESTYLE, new LifestyleSet(subject.design(palette, seed, 1.0, FrameLayout.lifestyle(aspect), 0)).paintAll(stage));
        out.put(ALTERNATE, new PodiumStage(subject.design(palette.rotated(), seed, 1.25, FrameLayout.alternate(aspect), -3.5))
                .paintAll(stage));
        return out;
    }
}
