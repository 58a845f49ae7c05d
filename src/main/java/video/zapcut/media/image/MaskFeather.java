package video.zapcut.media.image;

/**
 * Turns a hard product mask into alpha with a soft edge, so a cutout composited on a new scene does not
 * show a jagged, pixel-stepped outline.
 */
final class MaskFeather {
    private MaskFeather() {}

    /**
     * Coverage 0..255 for each pixel of {@code box}: the share of product pixels in the
     * (2·radius+1)² window around it. The feather only goes inward (pixels outside the mask stay fully
     * transparent), because an outward feather would reveal a rim of backdrop color around the product.
     * Windows are clipped to the image, so a product cut off by the photo's edge stays solid there.
     */
    static int[] alpha(boolean[] mask, int stride, Box box, int radius) {
        int imageHeight = mask.length / stride;
        Box area = box.padded(radius, stride, imageHeight);
        int[] sums = summedArea(mask, stride, area);
        int sw = area.width() + 1;
        int[] out = new int[box.width() * box.height()];
        for (int row = 0; row < box.height(); row++) {
            int y = box.y() + row;
            int top = Math.max(area.y(), y - radius) - area.y(), bottom = Math.min(area.y() + area.height(), y + radius + 1) - area.y();
            for (int col = 0; col < box.width(); col++) {
                int x = box.x() + col;
                if (!mask[y * stride + x]) continue;
                int left = Math.max(area.x(), x - radius) - area.x(), right = Math.min(area.x() + area.width(), x + radius + 1) - area.x();
                int inside = sums[bottom * sw + right] - sums[top * sw + right] - sums[bottom * sw + left] + sums[top * sw + left];
                int cells = (bottom - top) * (right - left);
                out[row * box.width() + col] = (255 * inside + cells / 2) / cells;
            }
        }
        return out;
    }

    /** sums[(r)*(w+1)+(c)] = number of mask cells in the area's first r rows and c columns. */
    private static int[] summedArea(boolean[] mask, int stride, Box area) {
        int sw = area.width() + 1;
        int[] sums = new int[sw * (area.height() + 1)];
        for (int r = 1; r <= area.height(); r++) {
            int rowCount = 0;
            for (int c = 1; c <= area.width(); c++) {
                if (mask[(area.y() + r - 1) * stride + area.x() + c - 1]) rowCount++;
                sums[r * sw + c] = sums[(r - 1) * sw + c] + rowCount;
            }
        }
        return sums;
    }
}
