package video.zapcut.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import video.zapcut.media.Ffmpeg;

/**
 * WebP files for tests, encoded by the bundled FFmpeg's libwebp (the JDK and TwelveMonkeys can only
 * read WebP), so no fixture is downloaded or committed.
 */
public final class WebpFiles {
    private static final Ffmpeg FFMPEG = Ffmpeg.locate(Path.of(System.getProperty("java.io.tmpdir"), "zapcut-bin"));

    private WebpFiles() {}

    /** Lossless: decoding gives back exactly {@code image}'s pixels (and its transparency, if any). */
    public static byte[] lossless(BufferedImage image) { return encode(image, List.of("-lossless", "1", "-pix_fmt", "bgra")); }

    /** Lossy (VP8), as cameras and web exports usually make them. */
    public static byte[] lossy(BufferedImage image) { return encode(image, List.of("-quality", "80")); }

    /** The first two thirds of a good file: the container still promises the whole. */
    public static byte[] truncated(byte[] webp) { return Arrays.copyOf(webp, webp.length * 2 / 3); }

    /** A whole file whose image data is noise: the container is fine, the picture cannot be decoded. */
    public static byte[] scrambled(byte[] webp) {
        byte[] out = webp.clone();
        for (int i = 40; i < out.length; i += 7) out[i] ^= 0x5A;
        return out;
    }

    public static Path write(byte[] webp, Path file) {
        try {
            return Files.write(file, webp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(BufferedImage image, List<String> options) {
        try {
            Path dir = Files.createTempDirectory("zapcut-webp");
            try {
                Path png = dir.resolve("in.png"), webp = dir.resolve("out.webp");
                ImageIO.write(image, "png", png.toFile());
                List<String> args = new ArrayList<>(List.of("-y", "-loglevel", "error", "-i", png.toString(), "-c:v", "libwebp"));
                args.addAll(options);
                args.add(webp.toString());
                FFMPEG.run(args);
                return Files.readAllBytes(webp);
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) Files.deleteIfExists(f);
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
