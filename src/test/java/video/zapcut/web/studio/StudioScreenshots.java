package video.zapcut.web.studio;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Screenshots of the studio's browser tests: always to {@code target/studio-screenshots/}, and with
 * {@code -Dzapcut.docs.screenshots} also to {@code docs/studio/}, so the pictures in the docs are made
 * by the same flows the tests check (and are refreshed on purpose, never by an ordinary test run).
 */
final class StudioScreenshots {
    static final Path TARGET = Paths.get("target", "studio-screenshots");
    static final Path DOCS = Paths.get("docs", "studio");
    static final String DOCS_PROPERTY = "zapcut.docs.screenshots";

    private StudioScreenshots() {}

    static void save(Page page, String name) {
        byte[] png = page.screenshot(new Page.ScreenshotOptions().setFullPage(true));
        write(TARGET.resolve(name + ".png"), png);
        if (System.getProperty(DOCS_PROPERTY) != null) write(DOCS.resolve(name + ".png"), png);
    }

    /** One part of the page (a panel), for docs that show a single step. */
    static void save(Locator element, String name) {
        byte[] png = element.screenshot(new Locator.ScreenshotOptions());
        write(TARGET.resolve(name + ".png"), png);
        if (System.getProperty(DOCS_PROPERTY) != null) write(DOCS.resolve(name + ".png"), png);
    }

    private static void write(Path file, byte[] png) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
