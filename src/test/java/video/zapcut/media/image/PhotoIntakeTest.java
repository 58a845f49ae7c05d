package video.zapcut.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.media.image.InvalidImageException.Reason;
import video.zapcut.testing.WebpFiles;

class PhotoIntakeTest {
    private static BufferedImage photo;
    private static byte[] webp;

    @TempDir Path dir;
    private final PhotoIntake intake = new PhotoIntake(new ImageInspector());

    @BeforeAll
    static void drawPhoto() {
        photo = TestImages.bottle(300, 200, TestImages.WHITE);
        webp = WebpFiles.lossless(photo);
    }

    @Test
    void aWebpIsKeptAsAPngOfExactlyItsPixels() throws IOException {
        StoredPhoto stored = intake.accept(webp, "upload.webp");

        assertThat(stored.receivedFormat()).isEqualTo("webp");
        assertThat(stored.converted()).isTrue();
        assertThat(stored.info()).isEqualTo(new InspectedImage("image/png", "png", 300, 200, stored.bytes().length));
        // The stored file is a PNG the JDK reads on its own (no WebP reader needed downstream), pixel for pixel.
        assertThat(ImageFormat.sniff(stored.bytes())).contains(ImageFormat.PNG);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(stored.bytes()));
        assertThat(rgb(back)).isEqualTo(rgb(photo));
    }

    @Test
    void aWebpKeepsItsTransparency() throws IOException {
        BufferedImage cutout = new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = cutout.createGraphics();
        g.setColor(new Color(200, 30, 40));
        g.fillOval(8, 4, 48, 40);
        g.dispose();

        StoredPhoto stored = intake.accept(WebpFiles.lossless(cutout), "logo.webp");

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(stored.bytes()));
        assertThat(back.getColorModel().hasAlpha()).isTrue();
        assertThat(back.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
        assertThat(back.getRGB(32, 24)).isEqualTo(cutout.getRGB(32, 24));
    }

    @Test
    void aLossyWebpIsAcceptedToo() {
        StoredPhoto stored = intake.accept(WebpFiles.lossy(photo), "camera.webp");

        assertThat(stored.info().format()).isEqualTo("png");
        assertThat(stored.info().width()).isEqualTo(300);
    }

    @Test
    void formatsEveryReaderKnowsAreStoredAsReceived() {
        byte[] png = TestImages.encode(photo, "png");
        byte[] jpeg = TestImages.jpeg(photo, 0.9f);

        assertThat(intake.accept(png, "a.png").bytes()).isSameAs(png);
        StoredPhoto keptJpeg = intake.accept(jpeg, "a.jpg");
        assertThat(keptJpeg.bytes()).isSameAs(jpeg);
        assertThat(keptJpeg.converted()).isFalse();
        assertThat(keptJpeg.info().mimeType()).isEqualTo("image/jpeg");
    }

    @Test
    void aCommandLineFileGoesThroughTheSameIntake() {
        StoredPhoto stored = intake.accept(WebpFiles.write(webp, dir.resolve("bottle.webp")));

        assertThat(stored.info().format()).isEqualTo("png");
        assertThat(stored.receivedFormat()).isEqualTo("webp");
    }

    @Test
    void aTruncatedWebpIsRefusedAlthoughItsDecoderWouldNotNotice() {
        InvalidImageException e = catchThrowableOfType(InvalidImageException.class,
                () -> intake.accept(WebpFiles.truncated(webp), "cut.webp"));

        assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(e).hasMessage("cut.webp is damaged or truncated and cannot be opened as an image.");
    }

    @Test
    void aWebpWhosePictureIsNoiseIsRefused() {
        InvalidImageException e = catchThrowableOfType(InvalidImageException.class,
                () -> intake.accept(WebpFiles.scrambled(WebpFiles.lossy(photo)), "noise.webp"));

        assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void aWebpDeclaringAHugeCanvasIsRefusedFromItsHeader() {
        // A VP8L header for 16384 x 16384 (268 megapixels) and 11 bytes of nothing behind it.
        byte[] bomb = java.util.Arrays.copyOf(new byte[] {'R', 'I', 'F', 'F', 28, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L',
                16, 0, 0, 0, 0x2F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F}, 36);

        InvalidImageException e = catchThrowableOfType(InvalidImageException.class, () -> intake.accept(bomb, "bomb.webp"));

        assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_PIXELS);
    }

    private static int[] rgb(BufferedImage image) {
        int[] out = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        for (int i = 0; i < out.length; i++) out[i] &= 0xFFFFFF;
        return out;
    }
}
