package video.zapcut.web.studio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import video.zapcut.testing.Chromium;
import video.zapcut.testing.ProductShots;
import video.zapcut.testing.WebpFiles;
import video.zapcut.web.ApiTest;

/**
 * Issue 14, as a marketer meets it in Chromium: the first screen says what Zapcut does and plays a
 * sample ad; a weak password is told rule by rule, each once; a WebP photo is taken; the 9:16 player
 * and its Download fit a 1280x800 window; the download is named after the product, format and day;
 * the bar moves through composition. Same properties as {@link StudioBrowserTest}, so the two (and
 * {@code GenerationFlowTest}) share one Spring context. Screenshots go to {@code target/studio-screenshots/},
 * and also to {@code docs/studio/} when the system property {@code zapcut.docs.screenshots} is set.
 */
@TestPropertySource(properties = {"zapcut.worker.enabled=true", "zapcut.worker.heartbeat=200ms",
        "zapcut.worker.poll-interval=100ms", "zapcut.worker.shutdown-grace=1s"})
class StudioPolishBrowserTest extends ApiTest {
    private static final Path SHOTS = Paths.get("target", "studio-screenshots");
    private static final Path DOCS_SHOTS = Paths.get("docs", "studio");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final String BRIEF = "We are Luna Coffee. Introducing Luna Cold Brew, calm energy for busy professionals "
            + "that helps you focus all morning. A 15 second vertical ad for Reels.";

    private static Playwright playwright;
    private static Browser browser;

    private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
    private BrowserContext context;

    @BeforeAll
    static void launch() throws IOException {
        Files.createDirectories(SHOTS);
        playwright = Chromium.playwright();
        // No --autoplay-policy switch here (StudioBrowserTest has one): the sample ad must start on Chromium's own
        // rules, which let a muted video play without a gesture.
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void quit() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @AfterEach
    void closeContext() {
        if (context != null) context.close();
        assertThat(consoleErrors).as("browser console errors").isEmpty();
    }

    private Page open(int width, int height) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setAcceptDownloads(true)
                .setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(20_000);
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) consoleErrors.add(m.text() + " @ " + m.location());
        });
        page.onPageError(e -> consoleErrors.add("page error: " + e));
        return page;
    }

    /** What the window shows (not the whole page): these checks are about what fits in it. */
    private static void shot(Page page, String name) {
        Path file = SHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        if (System.getProperty("zapcut.docs.screenshots") != null) {
            try {
                Files.createDirectories(DOCS_SHOTS);
                Files.copy(file, DOCS_SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The password field (exactly: the list of its problems is labelled "Password problems"). */
    private static Locator password(Page page) {
        return page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true));
    }

    /** The element lies wholly inside the window as it is scrolled now. */
    private static void assertInWindow(Locator element, String what) {
        BoundingBox box = element.boundingBox();
        assertThat(box).as(what + " is laid out").isNotNull();
        assertThat(box.y).as(what + " top").isGreaterThanOrEqualTo(0);
        assertThat(box.y + box.height).as(what + " bottom, in a window " + HEIGHT + " px tall").isLessThanOrEqualTo(HEIGHT);
        assertThat(box.x).as(what + " left").isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as(what + " right").isLessThanOrEqualTo(WIDTH);
    }

    @Test
    void theFirstScreenSaysWhatZapcutDoesAndPlaysASampleAdBeforeSignIn() {
        Page page = open(WIDTH, HEIGHT);
        page.navigate("/");

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        Locator line = page.getByTestId("pitch-line");
        assertThat(line).hasText("Zapcut turns your product brief and photos into a finished video ad.");
        Locator sample = page.getByLabel("A sample ad made by Zapcut");
        // Playing on its own, muted: time advances without anyone pressing play.
        page.waitForFunction("() => { const v = document.querySelector('[data-testid=sample-ad]');"
                + " return v && !v.paused && v.muted && v.currentTime > 0.5; }", null,
                new Page.WaitForFunctionOptions().setTimeout(20_000));
        assertThat((Boolean) sample.evaluate("v => v.loop && v.playsInline && v.videoWidth === 640")).isTrue();
        assertInWindow(line, "the line");
        assertInWindow(sample, "the sample ad");
        Locator signUp = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create your first ad – sign up"));
        assertInWindow(signUp, "the way to sign up");
        shot(page, "polish-01-first-screen");

        signUp.click();
        assertThat(page).hasURL(Pattern.compile(".*/signup$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Create your Zapcut account"))).isVisible();
    }

    @Test
    void aWeakPasswordIsToldRuleByRuleEachOnceBesideThePasswordField() {
        Page page = open(WIDTH, HEIGHT);
        page.navigate("/signup");
        page.getByLabel("Email").fill("weak-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
        password(page).fill("lowercase");
        button(page, "Sign up").click();

        Locator problems = page.getByRole(AriaRole.ALERT, new Page.GetByRoleOptions().setName("Password problems"));
        assertThat(problems.locator("li")).hasCount(3);
        assertThat(problems.locator("li").allInnerTexts()).containsExactlyInAnyOrder("Password must contain an upper-case letter.",
                "Password must contain a digit.", "Password must contain a symbol such as ! # % & * - or ?");
        String text = page.locator("body").innerText();
        for (String rule : List.of("upper-case letter", "a digit", "a symbol such as")) {
            assertThat(text.split(Pattern.quote(rule), -1)).as("'" + rule + "' on the page").hasSize(2);
        }
        assertThat(password(page)).hasAttribute("aria-invalid", "true");
        shot(page, "polish-02-weak-password");
        // Chromium logs every 4xx response to the console as a failed resource; this 400 is the answer under
        // test, not a fault of the page. Anything else logged still fails the test.
        consoleErrors.removeIf(e -> e.startsWith("Failed to load resource: the server responded with a status of 400")
                && e.contains("/v1/auth/signup"));

        // Fixed, it goes through.
        password(page).fill(GOOD_PASSWORD);
        button(page, "Sign up").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your projects"))).isVisible();
    }

    @Test
    void aVerticalAdFromAWebpPhotoFitsTheWindowAndDownloadsUnderItsProductsName() throws IOException {
        Page page = open(WIDTH, HEIGHT);
        page.navigate("/signup");
        page.getByLabel("Email").fill("vertical-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
        password(page).fill(GOOD_PASSWORD);
        button(page, "Sign up").click();
        page.getByLabel("Project name").fill("Luna vertical");
        button(page, "Create project").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Luna vertical"))).isVisible();
        String projectId = page.url().replaceAll(".*/projects/", "");

        say(page, BRIEF);
        assertThat(page.getByTestId("drop-zone")).containsText("PNG, JPEG, WebP, GIF or BMP");
        Path webp = WebpFiles.write(WebpFiles.lossless(ProductShots.luna(640)), SHOTS.resolve("luna-product.webp").toAbsolutePath());
        page.locator("#asset-file").setInputFiles(webp);
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Uploaded photos")).locator("img")).hasCount(1);
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
        say(page, "You choose.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Final review"))).isVisible();
        button(page, "Generate video").click();

        // While composition runs, the bar keeps moving (before, it sat at one value until the stage ended).
        Locator bar = page.getByRole(AriaRole.PROGRESSBAR, new Page.GetByRoleOptions().setName("Generation progress"));
        Locator composing = page.locator("[data-stage='composition'][data-status='running']");
        Locator ad = page.getByTestId("ad-video");
        Set<Integer> duringComposition = new TreeSet<>();
        long deadline = System.currentTimeMillis() + 300_000;
        while (ad.count() == 0 && System.currentTimeMillis() < deadline) {
            if (composing.count() > 0) {
                String v = bar.getAttribute("aria-valuenow");
                if (v != null) duringComposition.add(Integer.parseInt(v));
            }
            assertThat(page.getByTestId("job-status")).not().containsText("Failed");
            page.waitForTimeout(150);
        }
        assertThat(ad).isVisible();
        assertThat(duringComposition).as("bar values seen while composing").hasSizeGreaterThanOrEqualTo(3);

        Map<String, Object> row = jdbc.sql("""
                SELECT aspect_ratio, resolution, (generation_completed_at AT TIME ZONE 'UTC')::date::text AS made_on FROM generated_ads
                WHERE project_id = :p AND status = 'completed'""").param("p", UUID.fromString(projectId)).query().singleRow();
        assertThat(row.get("aspect_ratio")).isEqualTo("9:16");
        assertThat(row.get("resolution")).isEqualTo("1080x1920");

        // The player, its controls (drawn inside its box) and Download fit the window together.
        page.locator("#ad-title").evaluate("e => e.scrollIntoView({block: 'start'})");
        page.waitForFunction("() => document.querySelector('[data-testid=ad-video]').readyState >= 1", null,
                new Page.WaitForFunctionOptions().setTimeout(20_000));
        Locator download = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download MP4"));
        assertInWindow(page.locator("#ad-title"), "the card's title");
        assertInWindow(ad, "the 9:16 player");
        assertInWindow(download, "Download MP4");
        BoundingBox player = ad.boundingBox();
        assertThat(player.height / player.width).as("the player keeps the ad's shape").isCloseTo(16 / 9.0,
                org.assertj.core.data.Offset.offset(0.02));
        shot(page, "polish-03-vertical-ad");

        Download file = page.waitForDownload(download::click);
        assertThat(file.suggestedFilename()).isEqualTo("luna-cold-brew-9x16-" + row.get("made_on") + ".mp4");
        assertThat(file.failure()).isNull();
    }

    /** Sends a chat message with the keyboard and waits for the orchestrator's answer. */
    private static void say(Page page, String text) {
        Locator log = page.getByRole(AriaRole.LOG, new Page.GetByRoleOptions().setName("Conversation"));
        Locator replies = log.locator("[data-role='assistant']");
        assertThat(replies.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        int before = replies.count();
        Locator box = page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true));
        box.fill(text);
        box.press("Enter");
        assertThat(replies).hasCount(before + 1, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
    }
}
