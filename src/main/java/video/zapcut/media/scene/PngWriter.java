package video.zapcut.media.scene;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A minimal, fast PNG encoder for the INT_RGB / INT_ARGB images we paint. ImageIO's writer tries every
 * row filter on every row and dominated layer rendering time; layers are intermediates that FFmpeg reads
 * back once, so one fixed cheap filter and the fastest deflate level are the right trade: several times
 * faster for files of about the same size (the plates' dither noise limits compression anyway).
 */
final class PngWriter {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngWriter() {}

    static void write(BufferedImage img, Path file) throws IOException {
        BufferedImage src = img.getType() == BufferedImage.TYPE_INT_RGB || img.getType() == BufferedImage.TYPE_INT_ARGB ? img
                : Raster.copy(img, img.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        boolean alpha = src.getType() == BufferedImage.TYPE_INT_ARGB;
        int w = src.getWidth(), h = src.getHeight(), bpp = alpha ? 4 : 3;
        int[] px = ((DataBufferInt) src.getRaster().getDataBuffer()).getData();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            os.write(SIGNATURE);
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(ihdr);
            d.writeInt(w);
            d.writeInt(h);
            d.writeByte(8);                 // bit depth
            d.writeByte(alpha ? 6 : 2);     // RGBA or RGB
            d.writeByte(0);
            d.writeByte(0);
            d.writeByte(0);
            chunk(os, "IHDR", ihdr.toByteArray());
            ByteArrayOutputStream idat = new ByteArrayOutputStream(w * h);
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
                byte[] out = new byte[w * bpp + 1];
                // Sub for opaque plates (dithered, horizontal detail), Up for alpha layers (smooth vertical falloff).
                int filter = alpha ? 2 : 1;
                out[0] = (byte) filter;
                for (int y = 0; y < h; y++) {
                    int base = y * w;
                    for (int x = 0, i = 1; x < w; x++) {
                        int p = px[base + x];
                        int q = filter == 1 ? (x > 0 ? px[base + x - 1] : 0) : (y > 0 ? px[base - w + x] : 0);
                        out[i++] = (byte) ((p >> 16) - (q >> 16));
                        out[i++] = (byte) ((p >> 8) - (q >> 8));
                        out[i++] = (byte) (p - q);
                        if (alpha) out[i++] = (byte) ((p >>> 24) - (q >>> 24));
                    }
                    z.write(out);
                }
            } finally {
                deflater.end();
            }
            chunk(os, "IDAT", idat.toByteArray());
            chunk(os, "IEND", new byte[0]);
        }
    }

    private static void chunk(OutputStream os, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(os);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
