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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import video.zapcut.testing.Chromium;
import video.zapcut.storage.BlobStore;
import video.zapcut.testing.ProductShots;
import video.zapcut.web.ApiTest;

/**
 * The studio in Debian's Chromium (headless; Playwright never downloads a browser): the whole flow
 * from sign-up to a downloaded ad on the offline providers, on a desktop and at 390 px. Screenshots
 * of each step go to {@code target/studio-screenshots/}; the browser console must stay free of errors.
 * Workers run in-process, with the same settings as {@code GenerationFlowTest} (so the two share a context).
 */
@TestPropertySource(properties = {"zapcut.worker.enabled=true", "zapcut.worker.heartbeat=200ms",
        "zapcut.worker.poll-interval=100ms", "zapcut.worker.shutdown-grace=1s"})
class StudioBrowserTest extends ApiTest {
    private static final Path SHOTS = Paths.get("target", "studio-screenshots");
    private static final String BRIEF = "We are Luna Coffee. Introducing Luna Cold Brew, calm energy for busy professionals "
            + "that helps you focus all morning.";

    private static Playwright playwright;
    private static Browser browser;

    @Autowired
    BlobStore blobs;

    private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
    private BrowserContext context;

    @BeforeAll
    static void launch() throws IOException {
        Files.createDirectories(SHOTS);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright, "--autoplay-policy=no-user-gesture-required");
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

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void signUp(Page page, String email, String prefix) {
        page.navigate("/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign up")).click();
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(GOOD_PASSWORD);
        shot(page, prefix + "01-sign-up");
        button(page, "Sign up").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your projects"))).isVisible();
    }

    private static void createProject(Page page, String name) {
        page.getByLabel("Project name").fill(name);
        button(page, "Create project").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
    }

    /** Sends a chat message with the keyboard and waits for the orchestrator's answer. */
    private static void say(Page page, String text) {
        Locator log = page.getByRole(AriaRole.LOG, new Page.GetByRoleOptions().setName("Conversation"));
        Locator replies = log.locator("[data-role='assistant']");
        // The conversation loads after the page does; every conversation opens with a greeting, so
        // counting before it shows would count the greeting as the reply.
        assertThat(replies.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        int before = replies.count();
        Locator box = page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true));
        box.fill(text);
        box.press("Enter");
        assertThat(replies).hasCount(before + 1, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
    }

    private static void currentStage(Page page, String label) {
        assertThat(page.locator("[aria-label='Conversation stages'] [aria-current='step']")).containsText(label);
    }

    private static Path productPhoto() {
        return ProductShots.writePng(ProductShots.luna(640), SHOTS.resolve("luna-product.png").toAbsolutePath());
    }

    private void chatToReview(Page page, String prefix) {
        say(page, BRIEF);
        currentStage(page, "Photos");
        shot(page, prefix + "-chat");
        page.locator("#asset-file").setInputFiles(productPhoto());
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Uploaded photos")).locator("img")).hasCount(1);
        currentStage(page, "Scenes");
        shot(page, prefix + "-photo");
        say(page, "You choose.");
        currentStage(page, "Review");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Final review"))).isVisible();
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Storyboard")).locator("> li")).hasCount(5);
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Palette")).locator("li").first()).isVisible();
        assertThat(page.getByTestId("estimated-time")).containsText("about");
    }

    @Test
    void fromSignUpToADownloadedAdOnTheOfflineProviders() throws IOException {
        fullFlow(open(1280, 900), "");
    }

    @Test
    void theWholeFlowAlsoWorksAt390PixelsWide() throws IOException {
        Page page = open(390, 844);
        fullFlow(page, "narrow-");
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).as("no sideways scrolling").isLessThanOrEqualTo(390);

        // Log out: back to the sign-in page, and the sign-in ended on the server, not just forgotten.
        String access = (String) page.evaluate("() => localStorage.getItem('zapcut.access')");
        String refresh = (String) page.evaluate("() => localStorage.getItem('zapcut.refresh')");
        assertThat(api.get("/v1/me", access).status()).isEqualTo(200);
        button(page, "Log out").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log in to Zapcut"))).isVisible();
        assertThat(page.evaluate("() => localStorage.getItem('zapcut.access')")).isNull();
        assertProblem(api.get("/v1/me", access), 401);
        assertProblem(api.postJson("/v1/auth/refresh", Map.of("refresh_token", refresh)), 401);
        shot(page, "narrow-09-logged-out");
    }

    private void fullFlow(Page page, String p) throws IOException {
        signUp(page, "studio-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com", p);
        shot(page, p + "02-projects");
        createProject(page, "Luna launch");
        String projectId = page.url().replaceAll(".*/projects/", "");
        chatToReview(page, p + "03");
        if (p.startsWith("narrow")) {
            assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).as("no sideways scrolling").isLessThanOrEqualTo(390);
        }
        shot(page, p + "04-review");

        // Edit one scene: its words, its on-screen text and its length, a second longer, typed; the next
        // scene, typed a second shorter, makes the total right again (lengths are checked on leaving the field).
        page.getByLabel("Scene 2 description").fill("A commuter opens a chilled bottle of Luna Cold Brew on a sunny train platform.");
        page.getByLabel("Scene 2 on-screen text").fill("Calm energy, on the go");
        Locator d2 = page.getByLabel("Duration of scene 2 (s)");
        Locator d3 = page.getByLabel("Duration of scene 3 (s)");
        double before2 = Double.parseDouble(d2.inputValue());
        double before3 = Double.parseDouble(d3.inputValue());
        d2.fill(seconds(before2 + 1));
        d2.press("Tab");
        assertThat(page.getByTestId("scene-total")).hasText("Scenes add up to 30 s; now 31 s.");
        d3.fill(seconds(before3 - 1));
        d3.press("Tab");
        assertThat(Double.parseDouble(d2.inputValue()) + Double.parseDouble(d3.inputValue())).isCloseTo(before2 + before3,
                org.assertj.core.data.Offset.offset(0.02));
        assertThat(page.getByTestId("scene-total")).hasText("Scenes add up to 30 s of 30 s.");
        shot(page, p + "05-review-edited");

        button(page, "Generate video").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Generating your ad"))).isVisible();
        // Progress observed: the bar moves through values between 0 and 100, and stages turn done one by one.
        Set<Integer> seen = new TreeSet<>();
        Locator bar = page.getByRole(AriaRole.PROGRESSBAR, new Page.GetByRoleOptions().setName("Generation progress"));
        Locator ad = page.getByTestId("ad-video");
        boolean midShot = false;
        long deadline = System.currentTimeMillis() + 300_000;
        while (ad.count() == 0 && System.currentTimeMillis() < deadline) {
            if (bar.count() > 0) {
                String v = bar.getAttribute("aria-valuenow");
                if (v != null) seen.add(Integer.parseInt(v));
                if (!midShot && page.locator("[data-stage='keyframes'][data-status='done']").count() > 0) {
                    shot(page, p + "06-progress");
                    midShot = true;
                }
            }
            assertThat(page.getByTestId("job-status")).not().containsText("Failed");
            page.waitForTimeout(250);
        }
        if (ad.count() == 0) shot(page, p + "06-not-finished");
        assertThat(ad).isVisible();
        assertThat(seen.stream().filter(v -> v > 0 && v < 100).count()).as("progress values seen: " + seen).isGreaterThanOrEqualTo(2);
        assertThat(page.locator("[data-stage='scene_5'][data-status='done']")).hasCount(1);
        assertThat(page.getByAltText("Keyframe of scene 1")).isVisible();
        currentStage(page, "Export");

        // The video plays: currentTime advances after play(), and seeking works.
        ad.evaluate("v => { v.muted = true; return v.play(); }");
        page.waitForFunction("() => document.querySelector('[data-testid=ad-video]').currentTime > 0.5", null,
                new Page.WaitForFunctionOptions().setTimeout(20_000));
        ad.evaluate("v => { v.pause(); v.currentTime = 8; }");
        page.waitForFunction("() => { const v = document.querySelector('[data-testid=ad-video]'); return !v.seeking && Math.abs(v.currentTime - 8) < 0.5; }",
                null, new Page.WaitForFunctionOptions().setTimeout(20_000));
        shot(page, p + "07-ad");

        // The downloaded file is the server's file, byte for byte.
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download MP4")).click());
        Path saved = SHOTS.resolve(p + "downloaded-ad.mp4").toAbsolutePath();
        download.saveAs(saved);
        String adUrl = jdbc.sql("SELECT final_video_url FROM generated_ads WHERE project_id = :p AND status = 'completed'")
                .param("p", UUID.fromString(projectId)).query(String.class).single();
        assertThat(Files.readAllBytes(saved)).isEqualTo(serverBytes(BlobStore.keyOf(adUrl)));
        Download thumb = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download thumbnail")).click());
        assertThat(thumb.failure()).isNull();

        // A reload resumes: still signed in, the conversation and the ad are back.
        page.reload();
        currentStage(page, "Export");
        assertThat(page.getByTestId("ad-video")).isVisible();
        shot(page, p + "08-reloaded");
    }

    /** Seconds as the studio writes them: "7.5", "10". */
    private static String seconds(double s) {
        return java.math.BigDecimal.valueOf(Math.round(s * 100) / 100.0).stripTrailingZeros().toPlainString();
    }

    private byte[] serverBytes(String key) {
        try (InputStream in = blobs.open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
