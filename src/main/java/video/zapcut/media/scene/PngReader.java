package video.zapcut.media.scene;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes the PNGs the layer renderer writes (8-bit RGB or RGBA, not interlaced) straight into INT_RGB /
 * INT_ARGB images. ImageIO's reader decodes into byte rasters that then need converting, and was most of
 * a scene stage's time; the scene stages read three large layers each. Any other kind of PNG returns
 * null, and the caller falls back to ImageIO.
 */
final class PngReader {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Layers are at most a few thousand pixels a side; anything larger is not ours to fast-path. */
    private static final long MAX_PIXELS = 40_000_000L;

    private PngReader() {}

    /** The image, or null when the file is a PNG this reader does not handle. */
    static BufferedImage read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
            byte[] sig = new byte[8];
            in.readFully(sig);
            if (!java.util.Arrays.equals(sig, SIGNATURE)) return null;
            int width = 0, height = 0, channels = 0;
            ByteArrayOutputStream idat = null;
            while (true) {
                int length = in.readInt();
                byte[] type = new byte[4];
                in.readFully(type);
                String name = new String(type, StandardCharsets.US_ASCII);
                if (length < 0) throw new IOException("corrupt PNG chunk length in " + file);
                switch (name) {
                    case "IHDR" -> {
                        width = in.readInt();
                        height = in.readInt();
                        int depth = in.readUnsignedByte(), colour = in.readUnsignedByte();
                        in.readUnsignedByte();   // compression: always deflate
                        in.readUnsignedByte();   // filter method: always adaptive
                        int interlace = in.readUnsignedByte();
                        in.skipNBytes(length - 13L + 4);
                        if (depth != 8 || interlace != 0 || (colour != 2 && colour != 6) || width <= 0 || height <= 0
                                || (long) width * height > MAX_PIXELS) {
                            return null;
                        }
                        channels = colour == 6 ? 4 : 3;
                        idat = new ByteArrayOutputStream(width * height);
                    }
                    case "IDAT" -> {
                        if (idat == null) return null;
                        idat.write(in.readNBytes(length));
                        in.skipNBytes(4);
                    }
                    case "IEND" -> {
                        if (idat == null) return null;
                        return decode(idat.toByteArray(), width, height, channels, file);
                    }
                    default -> {
                        // Ancillary chunks (gamma, colour profile...) would change the colours: let ImageIO handle those files.
                        if (Character.isLowerCase(name.charAt(0)) && !name.equals("tEXt") && !name.equals("pHYs")) return null;
                        in.skipNBytes(length + 4L);
                    }
                }
            }
        }
    }

    private static BufferedImage decode(byte[] compressed, int w, int h, int bpp, Path file) throws IOException {
        int stride = w * bpp;
        byte[] cur = new byte[stride], prev = new byte[stride];
        BufferedImage img = new BufferedImage(w, h, bpp == 4 ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            byte[] filter = new byte[1];
            for (int y = 0; y < h; y++) {
                inflateFully(inflater, filter, file);
                inflateFully(inflater, cur, file);
                unfilter(filter[0], cur, prev, bpp, file);
                int base = y * w;
                if (bpp == 4) {
                    for (int x = 0, i = 0; x < w; x++, i += 4) {
                        px[base + x] = (cur[i + 3] & 0xff) << 24 | (cur[i] & 0xff) << 16 | (cur[i + 1] & 0xff) << 8 | (cur[i + 2] & 0xff);
                    }
                } else {
                    for (int x = 0, i = 0; x < w; x++, i += 3) {
                        px[base + x] = (cur[i] & 0xff) << 16 | (cur[i + 1] & 0xff) << 8 | (cur[i + 2] & 0xff);
                    }
                }
                byte[] t = prev;
                prev = cur;
                cur = t;
            }
        } finally {
            inflater.end();
        }
        return img;
    }

    private static void inflateFully(Inflater inflater, byte[] into, Path file) throws IOException {
        int off = 0;
        try {
            while (off < into.length) {
                int n = inflater.inflate(into, off, into.length - off);
                if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("truncated PNG data in " + file);
                }
                off += n;
            }
        } catch (DataFormatException e) {
            throw new IOException("corrupt PNG data in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reverses one row's PNG filter in place ({@code prev} is the previous row, already unfiltered). */
    private static void unfilter(byte type, byte[] cur, byte[] prev, int bpp, Path file) throws IOException {
        int n = cur.length;
        switch (type) {
            case 0 -> { }
            case 1 -> { for (int i = bpp; i < n; i++) cur[i] += cur[i - bpp]; }
            case 2 -> { for (int i = 0; i < n; i++) cur[i] += prev[i]; }
            case 3 -> {
                for (int i = 0; i < n; i++) {
                    int left = i >= bpp ? cur[i - bpp] & 0xff : 0;
                    cur[i] += (byte) ((left + (prev[i] & 0xff)) >>> 1);
                }
            }
            case 4 -> {
                for (int i = 0; i < n; i++) {
                    int a = i >= bpp ? cur[i - bpp] & 0xff : 0, b = prev[i] & 0xff, c = i >= bpp ? prev[i - bpp] & 0xff : 0;
                    int p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
                    cur[i] += (byte) (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
                }
            }
            default -> throw new IOException("unknown PNG row filter " + type + " in " + file);
        }
    }
}
