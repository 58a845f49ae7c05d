package video.zapcut.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import video.zapcut.common.Rgb;
import video.zapcut.media.image.InvalidImageException.Reason;
import video.zapcut.testing.PngBombs;

class ImageInspectorTest {
    private static BufferedImage photo;
    private static byte[] png;
    private static byte[] jpeg;

    @TempDir Path dir;
    private final ImageInspector inspector = new ImageInspector();

    @BeforeAll
    static void drawPhoto() {
        photo = TestImages.bottle(300, 200, TestImages.WHITE);
        png = TestImages.encode(photo, "png");
        jpeg = TestImages.jpeg(photo, 0.9f);
    }

    @Test
    void acceptsPngAndDescribesItFromItsContent() throws IOException {
        Path file = write("photo.png", png);

        InspectedImage info = inspector.inspect(file);

        assertThat(info).isEqualTo(new InspectedImage("image/png", "png", 300, 200, Files.size(file)));
    }

    @Test
    void judgesByContentNotByExtension() throws IOException {
        InspectedImage info = inspector.inspect(write("photo.png", jpeg));

        assertThat(info.format()).isEqualTo("jpeg");
        assertThat(info.mimeType()).isEqualTo("image/jpeg");
        assertThat(info.width()).isEqualTo(300);
        assertThat(info.height()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"gif, image/gif", "bmp, image/bmp", "jpeg, image/jpeg"})
    void acceptsEverySupportedFormat(String format, String mimeType) {
        InspectedImage info = inspector.inspect(TestImages.encode(photo, format), "upload." + format);

        assertThat(info.format()).isEqualTo(format);
        assertThat(info.mimeType()).isEqualTo(mimeType);
        assertThat(info.width()).isEqualTo(300);
        assertThat(info.height()).isEqualTo(200);
    }

    @Test
    void decodeReturnsThePixels() throws IOException {
        DecodedImage decoded = inspector.decode(write("photo.png", png));

        assertThat(decoded.info().format()).isEqualTo("png");
        assertThat(decoded.image().getWidth()).isEqualTo(300);
        assertThat(decoded.image().getRGB(150, 40)).isEqualTo(photo.getRGB(150, 40));
        assertThat(Rgb.of(decoded.image().getRGB(2, 2))).isEqualTo(TestImages.WHITE);
    }

    @Test
    void refusesMissingFileWithoutRevealingItsFolder() {
        InvalidImageException e = refused(() -> inspector.inspect(dir.resolve("missing.png")), Reason.MISSING);

        assertThat(e).hasMessage("missing.png could not be found.");
        assertThat(e.getMessage()).doesNotContain(dir.toString());
    }

    @Test
    void refusesFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("photos.png"));

        assertThat(refused(() -> inspector.inspect(folder), Reason.NOT_A_FILE))
                .hasMessage("photos.png is a folder, not an image file.");
    }

    @Test
    void refusesEmptyFile() throws IOException {
        Path file = write("empty.jpg", new byte[0]);

        assertThat(refused(() -> inspector.inspect(file), Reason.EMPTY)).hasMessage("empty.jpg is empty (0 bytes).");
    }

    @Test
    void refusesTextNamedAsPng() throws IOException {
        Path file = write("photo.png", "Our new bottle, now 20% lighter!\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused(() -> inspector.inspect(file), Reason.UNSUPPORTED_FORMAT))
                .hasMessage("photo.png is not a supported image (PNG, JPEG, WebP, GIF or BMP): its content is text.");
    }

    @Test
    void refusesPdf() throws IOException {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("brochure.jpg", pdf);

        assertThat(refused(() -> inspector.inspect(file), Reason.UNSUPPORTED_FORMAT))
                .hasMessage("brochure.jpg is not a supported image (PNG, JPEG, WebP, GIF or BMP): its content is a PDF document.");
    }

    @Test
    void refusesTextThatHappensToStartLikeABitmap() {
        byte[] text = "BM is our brand's initials, written out long enough to pass a two-byte check".getBytes(StandardCharsets.US_ASCII);

        assertThat(refused(() -> inspector.inspect(text, "notes.bmp"), Reason.UNSUPPORTED_FORMAT))
                .hasMessageContaining("its content is text");
    }

    @Test
    void refusesTruncatedPng() throws IOException {
        Path file = write("half.png", Arrays.copyOf(png, png.length / 2));

        assertThat(refused(() -> inspector.inspect(file), Reason.DAMAGED))
                .hasMessage("half.png is damaged or truncated and cannot be opened as an image.");
    }

    @Test
    void refusesTruncatedJpegThatImageIoWouldPartlyDecode() throws IOException {
        Path file = write("half.jpg", Arrays.copyOf(jpeg, jpeg.length / 2));

        assertThat(refused(() -> inspector.inspect(file), Reason.DAMAGED)).hasMessageContaining("half.jpg is damaged or truncated");
    }

    @Test
    void refusesPngWhoseHeaderIsCutOff() {
        byte[] signatureOnly = Arrays.copyOf(png, 20);

        assertThat(refused(() -> inspector.inspect(signatureOnly, "stub.png"), Reason.DAMAGED))
                .hasMessageContaining("stub.png is damaged or truncated");
    }

    @Test
    void refusesDecompressionBombFromItsHeaderAlone() throws IOException {
        byte[] bomb = PngBombs.declaring(30_000, 30_000);
        Path file = write("bomb.png", bomb);
        assertThat(bomb.length).isLessThan(200);

        // Decoding 30000x30000 RGB would need 2.7 GB; refusal must come from the header, at once.
        InvalidImageException e = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> refused(() -> inspector.inspect(file), Reason.TOO_MANY_PIXELS));

        assertThat(e).hasMessage("bomb.png is 30000 × 30000 pixels (900 megapixels); images may have at most 40 megapixels.");
    }

    @Test
    void refusesImageWithOneSideTooLong() {
        byte[] banner = PngBombs.declaring(20_000, 100);

        assertThat(refused(() -> inspector.inspect(banner, "banner.png"), Reason.TOO_MANY_PIXELS))
                .hasMessage("banner.png is 20000 × 100 pixels; images may be at most 16384 pixels on a side.");
    }

    @Test
    void refusesFileOverTheByteLimitBeforeReadingIt() throws IOException {
        ImageInspector strict = new ImageInspector(new ImageLimits(1000, ImageLimits.DEFAULT_MAX_PIXELS, ImageLimits.DEFAULT_MAX_SIDE));
        Path file = write("photo.png", png);

        assertThat(refused(() -> strict.inspect(file), Reason.TOO_LARGE))
                .hasMessage("photo.png is " + ImageInspector.humanBytes(png.length) + ", larger than the 1000 bytes limit for images.")
                .hasMessageContaining(" KB,");
    }

    @Test
    void appliesCustomPixelLimit() {
        ImageInspector strict = new ImageInspector(new ImageLimits(ImageLimits.DEFAULT_MAX_BYTES, 50_000, ImageLimits.DEFAULT_MAX_SIDE));

        assertThat(refused(() -> strict.inspect(png, "photo.png"), Reason.TOO_MANY_PIXELS))
                .hasMessageContaining("photo.png is 300 × 200 pixels");
        assertThat(strict.inspect(TestImages.encode(TestImages.bottle(200, 200, TestImages.WHITE), "png"), "small.png").width())
                .isEqualTo(200);
    }

    @Test
    void bytesVariantAppliesTheSameRules() {
        assertThat(inspector.inspect(jpeg, "upload.bin").format()).isEqualTo("jpeg");
        refused(() -> inspector.inspect(new byte[0], "upload.jpg"), Reason.EMPTY);
        refused(() -> inspector.inspect(Arrays.copyOf(jpeg, jpeg.length / 3), "upload.jpg"), Reason.DAMAGED);
        // A WebP container with no picture in it.
        refused(() -> inspector.inspect(new byte[] {'R', 'I', 'F', 'F', 4, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '},
                "upload.webp"), Reason.DAMAGED);
    }

    @Test
    void theNamedFormatsAreExactlyTheAcceptedOnes() {
        String named = ImageInspector.SUPPORTED_FORMATS.toLowerCase(java.util.Locale.ROOT);
        java.util.List<String> names = Arrays.asList(named.split(", | or "));
        assertThat(names).containsExactlyInAnyOrder(Arrays.stream(ImageFormat.values()).map(f -> f.id).toArray(String[]::new));
    }

    @Test
    void acceptsWebp() {
        InspectedImage info = inspector.inspect(video.zapcut.testing.WebpFiles.lossless(photo), "upload.bin");

        assertThat(info).isEqualTo(new InspectedImage("image/webp", "webp", 300, 200, info.sizeBytes()));
    }

    @Test
    void defaultLimitsAreTheDocumentedOnes() {
        assertThat(ImageLimits.defaults()).isEqualTo(new ImageLimits(50L * 1024 * 1024, 40_000_000, 16_384));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static InvalidImageException refused(Runnable action, Reason reason) {
        InvalidImageException e = catchThrowableOfType(InvalidImageException.class, action::run);
        assertThat(e).as("expected the image to be refused").isNotNull();
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
        return e;
    }
}
