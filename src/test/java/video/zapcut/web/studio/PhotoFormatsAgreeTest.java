package video.zapcut.web.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import video.zapcut.media.image.ImageInspector;

/**
 * The studio's upload hint and file picker promise exactly the formats the server accepts: the server
 * is the source of truth, and the studio's constants must say the same.
 */
class PhotoFormatsAgreeTest {
    private static final Path STUDIO_FORMATS = Path.of("studio", "src", "lib", "photoFormats.ts");

    @Test
    void theStudioNamesTheFormatsTheServerAccepts() throws IOException {
        String source = Files.readString(STUDIO_FORMATS);

        assertThat(constant(source, "PHOTO_FORMATS")).isEqualTo(ImageInspector.SUPPORTED_FORMATS);
        assertThat(Arrays.asList(constant(source, "PHOTO_MIME_TYPES").split(",")))
                .containsExactlyElementsOf(ImageInspector.supportedMimeTypes());
    }

    private static String constant(String source, String name) {
        Matcher m = Pattern.compile("export const " + name + " = '([^']*)'").matcher(source);
        assertThat(m.find()).as(name + " in " + STUDIO_FORMATS).isTrue();
        return m.group(1);
    }
}
