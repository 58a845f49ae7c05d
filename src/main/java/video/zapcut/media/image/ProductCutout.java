package video.zapcut.media.image;

import java.awt.image.BufferedImage;
import video.zapcut.common.Rgb;

/**
 * A product photo reduced to the product itself.
 *
 * @param image            ARGB image cropped to the product's bounds; background pixels are
 *                         transparent when {@code plainBackground} is true, otherwise the whole photo
 * @param plainBackground  true when the photo's border was a near-uniform color that was removed
 * @param background       the detected background color (meaningful only when plainBackground)
 * @param productMask      fraction of the original photo's pixels that belong to the product, 0..1
 */
public record ProductCutout(BufferedImage image, boolean plainBackground, Rgb background, double productMask) {}
