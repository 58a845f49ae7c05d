package video.zapcut.media.image;

import java.awt.image.BufferedImage;

/**
 * An accepted image together with its fully decoded pixels.
 *
 * @param storableAsIs whether every reader downstream decodes the file as it is; when not (WebP), it is
 *                     kept as a PNG of {@code image} instead ({@link PhotoIntake})
 */
public record DecodedImage(InspectedImage info, BufferedImage image, boolean storableAsIs) {}
