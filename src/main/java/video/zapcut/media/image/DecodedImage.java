package video.zapcut.media.image;

import java.awt.image.BufferedImage;

/** An accepted image together with its fully decoded pixels. */
public record DecodedImage(InspectedImage info, BufferedImage image) {}
