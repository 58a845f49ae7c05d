package video.zapcut.media.image;

/**
 * Upper bounds an input image must respect before any pixels are decoded.
 *
 * @param maxBytes  largest accepted file size
 * @param maxPixels largest accepted width*height; guards against decompression bombs, since a few-KB
 *                  PNG can declare a canvas that needs gigabytes once decoded
 * @param maxSide   largest accepted width or height on its own
 */
public record ImageLimits(long maxBytes, long maxPixels, int maxSide) {
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    public static final long DEFAULT_MAX_PIXELS = 40_000_000L;
    public static final int DEFAULT_MAX_SIDE = 16_384;

    public ImageLimits {
        if (maxBytes <= 0 || maxPixels <= 0 || maxSide <= 0) {
            throw new IllegalArgumentException("image limits must be positive: " + maxBytes + ", " + maxPixels + ", " + maxSide);
        }
    }

    public static ImageLimits defaults() { return new ImageLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS, DEFAULT_MAX_SIDE); }
}
