package video.zapcut.media.image;

import java.awt.image.BufferedImage;

/** An axis-aligned pixel rectangle: the crop of a cutout. */
record Box(int x, int y, int width, int height) {

    /** The tight bounds of the true cells of a row-major mask; the mask must have at least one. */
    static Box around(boolean[] mask, int stride) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int i = 0; i < mask.length; i++) {
            if (!mask[i]) continue;
            int x = i % stride, y = i / stride;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        if (maxX < 0) throw new IllegalArgumentException("mask is empty");
        return new Box(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    Box padded(int pad, int imageWidth, int imageHeight) {
        int left = Math.max(0, x - pad), top = Math.max(0, y - pad);
        int right = Math.min(imageWidth, x + width + pad), bottom = Math.min(imageHeight, y + height + pad);
        return new Box(left, top, right - left, bottom - top);
    }

    /**
     * This region of the grid as a new ARGB image. {@code coverage} (0..255 per pixel of the box, or null
     * for "all covered") scales the source's own alpha, so a source that was partly transparent stays so.
     */
    BufferedImage copyOf(PixelGrid grid, int[] coverage) {
        int[] out = new int[width * height];
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                int i = row * width + col;
                int p = grid.at(x + col, y + row);
                int alpha = coverage == null ? p >>> 24 : ((p >>> 24) * coverage[i] + 127) / 255;
                out[i] = alpha << 24 | (p & 0xFFFFFF);
            }
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, out, 0, width);
        return image;
    }
}
