package video.zapcut.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Debian's Chromium under Playwright, as every browser test starts it (Playwright never downloads a browser). */
public final class Chromium {
    public static final Path BINARY = Paths.get(System.getenv().getOrDefault("ZAPCUT_CHROMIUM", "/usr/bin/chromium"));
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    private Chromium() {}

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Headless, with the switches a container needs, plus {@code extraArgs}. */
    public static Browser launch(Playwright playwright, String... extraArgs) {
        List<String> args = new ArrayList<>(ARGS);
        args.addAll(List.of(extraArgs));
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(BINARY).setHeadless(true).setArgs(args));
    }
}
