package video.zapcut.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import video.zapcut.testing.CliRun;
import video.zapcut.testing.PngBombs;
import video.zapcut.testing.ProductShots;

/**
 * Every kind of bad input gets a clear message and exit code 2, and leaves nothing behind: no
 * database, no blob, no output file.
 */
class BadInputTest {
    @TempDir
    static Path dir;
    static Path home;
    static Path goodPhoto;

    @BeforeAll
    static void setUp() throws IOException {
        home = dir.resolve("home");
        System.setProperty("zapcut.home", home.toString());
        goodPhoto = ProductShots.writePng(ProductShots.luna(400), dir.resolve("good.png"));
        Files.writeString(dir.resolve("text.png"), "this is not an image, just text pretending to be a PNG");
        byte[] png = Files.readAllBytes(goodPhoto);
        Files.write(dir.resolve("truncated.png"), java.util.Arrays.copyOf(png, png.length / 2));
        Files.write(dir.resolve("bomb.png"), PngBombs.declaring(30000, 30000));
        Files.createDirectories(dir.resolve("folder.png"));
        Files.write(dir.resolve("empty.png"), new byte[0]);
    }

    @AfterAll
    static void tearDown() { System.clearProperty("zapcut.home"); }

    record Case(String name, List<String> args, String message) {
        @Override
        public String toString() { return name; }
    }

    static Stream<Case> cases() {
        String brief = "A calm morning coffee for busy professionals";
        return Stream.of(
                new Case("empty brief", List.of("generate", "--brief", "   "), "brief is empty"),
                new Case("brief over 5000 characters", List.of("generate", "--brief", "x".repeat(5001)), "limit is 5000"),
                new Case("unknown duration", List.of("generate", "--brief", brief, "--duration", "45"), "duration must be 15, 30 or 60"),
                new Case("duration not a number", List.of("generate", "--brief", brief, "--duration", "long"), "duration must be 15, 30 or 60"),
                new Case("unknown aspect", List.of("generate", "--brief", brief, "--aspect", "4:3"), "aspect must be 16:9, 9:16 or 1:1"),
                new Case("missing image", List.of("generate", "--brief", brief, "--image", dir.resolve("nope.png").toString()), "nope.png"),
                new Case("folder as image", List.of("generate", "--brief", brief, "--image", dir.resolve("folder.png").toString()), "folder.png"),
                new Case("empty image", List.of("generate", "--brief", brief, "--image", dir.resolve("empty.png").toString()), "empty"),
                new Case("text named .png", List.of("generate", "--brief", brief, "--image", dir.resolve("text.png").toString()), "not a supported image"),
                new Case("truncated png", List.of("generate", "--brief", brief, "--image", dir.resolve("truncated.png").toString()), "damaged or truncated"),
                new Case("decompression bomb", List.of("generate", "--brief", brief, "--image", dir.resolve("bomb.png").toString()), "30000"),
                new Case("one good one bad image", List.of("generate", "--brief", brief, "--image", goodPhoto.toString(),
                        "--image", dir.resolve("text.png").toString()), "text.png"),
                new Case("no photo", List.of("generate", "--brief", brief), "at least one product photo"),
                new Case("eleven photos", elevenPhotos(brief), "at most 10 product photos per ad, not 11"),
                new Case("output is a folder", List.of("generate", "--brief", brief, "--out", dir.toString()), "is a directory"),
                new Case("missing brief option", List.of("generate"), "--brief"),
                new Case("unknown option", List.of("generate", "--brief", brief, "--colour", "red"), "--colour"),
                new Case("resume with a bad id", List.of("resume", "not-a-uuid"), "not an ad id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithExitTwoAndNothingWritten(Case c) throws IOException {
        List<Path> outBefore = listing(Path.of("out"));
        CliRun run = CliRun.of(c.args().toArray(String[]::new));
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).containsIgnoringCase(c.message());
        assertThat(Files.exists(home)).as("ZAPCUT_HOME must not be created by bad input").isFalse();
        assertThat(listing(Path.of("out"))).as("nothing new in out/").isEqualTo(outBefore);
    }

    @Test
    void theBombIsRefusedWithoutDecodingItsPixels() {
        long t = System.nanoTime();
        CliRun run = CliRun.of("generate", "--brief", "coffee", "--image", dir.resolve("bomb.png").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat((System.nanoTime() - t) / 1e9).as("seconds").isLessThan(5);
    }

    /** The same good photo eleven times: one more than an order may have. */
    static List<String> elevenPhotos(String brief) {
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--brief", brief));
        for (int i = 0; i < 11; i++) {
            args.add("--image");
            args.add(goodPhoto.toString());
        }
        return args;
    }

    static List<Path> listing(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
