package video.zapcut.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Render the bundled sample (a product photo and brief) as a 30 s 16:9 ad to out/demo.mp4.")
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE_BRIEF = "/sample/brief.txt";
    static final String SAMPLE_PHOTO = "/sample/product.png";
    static final String SAMPLE_PRODUCT = "Luna Cold Brew";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path photo = null;
        try {
            photo = Files.createTempFile("zapcut-demo", ".png");
            String brief;
            try (InputStream b = DemoCommand.class.getResourceAsStream(SAMPLE_BRIEF);
                 InputStream p = DemoCommand.class.getResourceAsStream(SAMPLE_PHOTO)) {
                if (b == null || p == null) throw new IllegalStateException("the sample is missing from the build");
                brief = new String(b.readAllBytes(), StandardCharsets.UTF_8).strip();
                Files.copy(p, photo, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return new GenerationCli(GenerateCommand.toStream(spec.commandLine().getOut()),
                    GenerateCommand.toStream(spec.commandLine().getErr()))
                    .generate(brief, SAMPLE_PRODUCT, null, "30", "16:9", List.of(photo), Path.of("out", "demo.mp4"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                if (photo != null) Files.deleteIfExists(photo);
            } catch (IOException ignored) {
                // temp file; the OS cleans it
            }
        }
    }
}
