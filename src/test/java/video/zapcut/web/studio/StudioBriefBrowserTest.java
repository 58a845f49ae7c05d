package video.zapcut.web.studio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import video.zapcut.testing.Chromium;
import video.zapcut.testing.ProductShots;
import video.zapcut.web.ApiTest;

/**
 * The studio's brief and review in Debian's Chromium (headless), the flows of issue 14: the brief
 * beside the chat follows corrections, step labels go back without losing facts, "you choose" fills a
 * real value marked as Zapcut's, a long paste is read whole, scene lengths are typed freely and checked
 * on leaving, storyboard edits survive Back/Forward, a reload and another browser, and a Generate that
 * cannot run says why at the button. Screenshots via {@link StudioScreenshots}; the console must stay
 * free of errors. The same settings as {@code StudioBrowserTest}, so the two share a Spring context.
 */
@TestPropertySource(properties = {"zapcut.worker.enabled=true", "zapcut.worker.heartbeat=200ms",
        "zapcut.worker.poll-interval=100ms", "zapcut.worker.shutdown-grace=1s"})
class StudioBriefBrowserTest extends ApiTest {
    private static final String BRIEF = "We are Luna Coffee. Introducing Luna Cold Brew, calm energy for busy professionals "
            + "that helps you focus all morning.";

    private static Playwright playwright;
    private static Browser browser;

    private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
    private final List<BrowserContext> contexts = new ArrayList<>();
    private String email;

    @BeforeAll
    static void launch() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void quit() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        assertThat(consoleErrors).as("browser console errors").isEmpty();
    }

    // ---- the flows ----

    @Test
    void aCorrectionAtTheReviewChangesTheBriefFieldShown() {
        Page page = newProject("brief-correction");
        toReview(page, "We are Luna Coffee. Introducing Luna Oat Latte, calm energy for busy professionals "
                + "that helps you focus all morning.", "brief-correction-01");
        assertThat(field(page, "Product")).hasValue("Luna Oat Latte");

        say(page, "No, the product is Luna Cold Brew");
        assertThat(field(page, "Product")).hasValue("Luna Cold Brew");
        assertThat(lastReply(page)).containsText("Luna Cold Brew");
        currentStage(page, "Review");
        assertThat(field(page, "Brand")).hasValue("Luna Coffee"); // the other facts stay
        shot(page, "brief-correction-02-product-corrected");

        say(page, "make the music more upbeat");
        assertThat(field(page, "Music mood")).hasValue(Pattern.compile("upbeat", Pattern.CASE_INSENSITIVE));
        currentStage(page, "Review");
        shot(page, "brief-correction-03-music-upbeat");
    }

    @Test
    void goingBackAStepKeepsTheFacts() {
        Page page = newProject("brief-back");
        toReview(page, BRIEF, "brief-back-01");
        assertThat(stepButton(page, "Export")).isDisabled();
        assertThat(stepButton(page, "Export")).hasAttribute("title", Pattern.compile("starts from the Generate button|Not reached yet.*"));

        stepButton(page, "Brand").click();
        currentStage(page, "Brand");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Final review"))).hasCount(0);
        // Everything after it is still known, so the later steps are there to go forward to again.
        assertThat(stepButton(page, "Review")).isEnabled();
        assertThat(stepButton(page, "Review")).hasAttribute("title", "Go on to the Review step; everything you gave is kept");
        assertThat(field(page, "Brand")).hasValue("Luna Coffee");
        assertThat(field(page, "Product")).hasValue("Luna Cold Brew");
        assertThat(field(page, "Audience")).not().hasValue("");
        assertThat(field(page, "Benefit")).not().hasValue("");
        assertThat(page.locator("[data-field='photos']")).containsText("1 photo");
        shot(page, "brief-back-02-back-at-brand");

        // A change at that step, everything else being known, goes forward again to the review.
        field(page, "Brand").fill("Luna Roasters");
        field(page, "Brand").press("Enter");
        currentStage(page, "Review");
        assertThat(field(page, "Brand")).hasValue("Luna Roasters");
        assertThat(field(page, "Product")).hasValue("Luna Cold Brew");
        assertThat(lastReply(page)).containsText("Luna Roasters");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Final review"))).isVisible();
        shot(page, "brief-back-03-forward-again");

        // Back to the scenes with a label, then forward to the review with another: nothing asked again.
        stepButton(page, "Scenes").click();
        currentStage(page, "Scenes");
        stepButton(page, "Review").click();
        currentStage(page, "Review");
        assertThat(field(page, "Brand")).hasValue("Luna Roasters");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Final review"))).isVisible();
    }

    @Test
    void youChooseFillsARealValueMarkedChosenByZapcut() {
        Page page = newProject("brief-choose");
        say(page, "We are Luna Coffee. Our new product is Luna Cold Brew.");
        assertThat(field(page, "Product")).hasValue("Luna Cold Brew");
        shot(page, "brief-choose-01-asked");

        say(page, "You choose the audience.");
        Locator audience = field(page, "Audience");
        assertThat(audience).not().hasValue("");
        assertThat(audience).not().hasValue(Pattern.compile("you choose|surprise", Pattern.CASE_INSENSITIVE));
        assertThat(fieldBox(page, "audience")).containsText("chosen by Zapcut");
        shot(page, "brief-choose-02-audience-chosen");

        // The field's own button does the same for the benefit.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Let Zapcut choose the benefit")).click();
        assertThat(fieldBox(page, "benefit")).containsText("chosen by Zapcut");
        assertThat(field(page, "Benefit")).not().hasValue("");

        // Writing a value takes the field back from Zapcut.
        audience.fill("night-shift nurses");
        audience.press("Enter");
        assertThat(fieldBox(page, "audience")).not().containsText("chosen by Zapcut");
        assertThat(audience).hasValue("night-shift nurses");
        assertThat(fieldBox(page, "benefit")).containsText("chosen by Zapcut");
        shot(page, "brief-choose-03-audience-written");
    }

    @Test
    void aLongPasteIsAcceptedAndReadWhole() {
        Page page = newProject("brief-paste");
        // A brand document of about 20,000 characters whose facts come at the very end: read whole or not at all.
        StringBuilder doc = new StringBuilder("Luna brand book.\n\n");
        for (int i = 1; doc.length() < 19_800; i++) {
            doc.append("Roasting notes, part ").append(i).append(": beans from small farms are roasted slowly in small batches ")
                    .append("and rested two days before brewing; the cold steep lasts eighteen hours.\n");
        }
        doc.append('\n').append(BRIEF);
        assertThat(doc.length()).isBetween(19_800, 20_500);

        Locator box = page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true));
        assertThat(lastReply(page)).isVisible();
        box.fill(doc.toString());
        assertThat(box).hasValue(doc.toString()); // nothing cut
        assertThat(page.locator("#chat-length")).hasText(String.format(java.util.Locale.US, "%,d of 50,000 characters", doc.length()));
        assertThat(button(page, "Send message")).isEnabled();
        shot(page, "brief-paste-01-pasted");

        int replies = page.locator("[data-role='assistant']").count();
        box.press("Enter");
        assertThat(page.locator("[data-role='assistant']")).hasCount(replies + 1, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        assertThat(field(page, "Brand")).hasValue("Luna Coffee");
        assertThat(field(page, "Product")).hasValue("Luna Cold Brew");
        currentStage(page, "Photos");
        shot(page, "brief-paste-02-read");

        // Over the limit the box says so, keeps every character and does not send.
        box.fill("x".repeat(50_001));
        assertThat(page.locator("#chat-length")).containsText("a message can have 50,000");
        assertThat(button(page, "Send message")).isDisabled();
        assertThat(box).hasValue(Pattern.compile("x{50001}"));
    }

    @Test
    void sceneLengthsAreTypedFreelyAndCheckedOnLeaving() {
        Page page = newProject("brief-durations");
        String projectId = toReview(page, BRIEF, "brief-durations-01");
        Locator d2 = duration(page, 2);
        double before2 = Double.parseDouble(d2.inputValue());

        d2.click();
        d2.press("Control+A");
        d2.pressSequentially("1");
        assertThat(d2).hasValue("1");
        d2.pressSequentially("0");
        assertThat(d2).hasValue("10"); // not snapped to a bar, not rebalanced, while typing
        assertThat(page.getByTestId("scene-total")).hasText("Scenes add up to 30 s of 30 s.");
        shot(page, "brief-durations-02-typing");

        d2.press("Tab");
        assertThat(d2).hasValue("10");
        assertThat(page.getByTestId("scene-total")).hasText("Scenes add up to 30 s; now " + seconds(30 - before2 + 10) + " s.");
        assertThat(button(page, "Generate video")).isDisabled();
        assertThat(page.getByTestId("generate-why")).containsText("Fix the scene lengths first");
        shot(page, "brief-durations-03-checked");
        // Only a valid set is sent: the server still has the old length.
        page.waitForTimeout(1_000);
        assertThat(serverDuration(page, projectId, 2)).isEqualTo(before2);

        duration(page, 1).fill("0.5");
        duration(page, 1).press("Tab");
        assertThat(page.locator("#scene-1-duration-note")).hasText("At least 1 s");

        for (int n : new int[] {1, 3, 4, 5}) {
            duration(page, n).fill("5");
            duration(page, n).press("Tab");
        }
        assertThat(page.getByTestId("scene-total")).hasText("Scenes add up to 30 s of 30 s.");
        assertThat(button(page, "Generate video")).isEnabled();
        assertThat(page.getByTestId("save-status")).hasText("Edits are saved as you make them.");
        shot(page, "brief-durations-04-fixed");

        page.reload();
        assertThat(duration(page, 2)).hasValue("10");
        assertThat(duration(page, 1)).hasValue("5");
        assertThat(serverDuration(page, projectId, 2)).isEqualTo(10.0);
    }

    @Test
    void storyboardEditsSurviveBackForwardReloadAndAnotherBrowser() {
        Page page = newProject("brief-history");
        String projectId = toReview(page, BRIEF, "brief-history-01");
        String scene2 = "A commuter opens a chilled bottle of Luna Cold Brew on a sunny train platform.";
        page.getByLabel("Scene 2 description").fill(scene2);
        // Back at once, before the pause that saves typing has passed: leaving the review saves it.
        page.goBack();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your projects"))).isVisible();
        page.goForward();
        assertThat(page.getByLabel("Scene 2 description")).hasValue(scene2);
        shot(page, "brief-history-02-after-back-forward");

        page.getByLabel("Scene 3 on-screen text").fill("Calm energy, on the go");
        page.getByLabel("Scene 3 on-screen text").press("Tab");
        assertThat(page.getByTestId("save-status")).hasText("Edits are saved as you make them.");
        page.reload();
        assertThat(page.getByLabel("Scene 2 description")).hasValue(scene2);
        assertThat(page.getByLabel("Scene 3 on-screen text")).hasValue("Calm energy, on the go");

        // Another browser (a new context: its own storage), signed in as the same user, sees the same edits.
        Page other = newContext(1280, 900);
        other.navigate("/login");
        other.getByLabel("Email").fill(email);
        other.getByLabel("Password").fill(GOOD_PASSWORD);
        button(other, "Log in").click();
        assertThat(other.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your projects"))).isVisible();
        other.navigate("/projects/" + projectId);
        assertThat(other.getByLabel("Scene 2 description")).hasValue(scene2);
        assertThat(other.getByLabel("Scene 3 on-screen text")).hasValue("Calm energy, on the go");
        shot(other, "brief-history-03-another-browser");
    }

    @Test
    void generateWithNoVideosLeftSaysWhyAtTheButton() {
        Page page = newProject("brief-quota");
        toReview(page, BRIEF, "brief-quota-01");
        assertThat(page.getByTestId("videos-left")).hasText("3 videos left on your free plan");
        assertThat(button(page, "Generate video")).isEnabled();

        jdbc.sql("UPDATE users SET videos_remaining = 0 WHERE email = :e").param("e", email).update();
        page.reload();
        assertThat(page.getByTestId("videos-left")).hasText("No videos left on your free plan");
        Locator generate = button(page, "Generate video");
        assertThat(generate).isDisabled();
        Locator why = page.getByTestId("generate-why");
        assertThat(why).containsText("Generate needs a video left on your plan");
        assertThat(generate).hasAttribute("aria-describedby", why.getAttribute("id"));
        shot(page, "brief-quota-02-no-videos-left");
    }

    // ---- steps ----

    private Page newContext(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) consoleErrors.add(m.text() + " @ " + m.location());
        });
        page.onPageError(e -> consoleErrors.add("page error: " + e));
        return page;
    }

    /** Signs a new user up and opens a new project, with the chat's greeting shown. */
    private Page newProject(String name) {
        Page page = newContext(1280, 900);
        email = "brief-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        page.navigate("/signup");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(GOOD_PASSWORD);
        button(page, "Sign up").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your projects"))).isVisible();
        page.getByLabel("Project name").fill(name);
        button(page, "Create project").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
        assertThat(lastReply(page)).isVisible();
        return page;
    }

    /** Chats to the final review: the brief, a product photo, "you choose" for the scenes. Returns the project's id. */
    private String toReview(Page page, String brief, String shotName) {
        say(page, brief);
        currentStage(page, "Photos");
        Path photo = ProductShots.writePng(ProductShots.luna(640), StudioScreenshots.TARGET.resolve("luna-product.png").toAbsolutePath());
        page.locator("#asset-file").setInputFiles(photo);
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Uploaded photos")).locator("img")).hasCount(1);
        currentStage(page, "Scenes");
        say(page, "You choose.");
        currentStage(page, "Review");
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Storyboard")).locator("> li")).hasCount(5);
        shot(page, shotName + "-review");
        return page.url().replaceAll(".*/projects/", "");
    }

    /** Sends a chat message with the keyboard and waits for the orchestrator's answer. */
    private static void say(Page page, String text) {
        Locator replies = page.locator("[data-role='assistant']");
        assertThat(replies.first()).isVisible();
        int before = replies.count();
        Locator box = page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true));
        box.fill(text);
        box.press("Enter");
        assertThat(replies).hasCount(before + 1, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
    }

    private static Locator lastReply(Page page) {
        return page.locator("[data-role='assistant']").last();
    }

    private static void currentStage(Page page, String label) {
        assertThat(page.locator("[aria-label='Conversation stages'] [aria-current='step']")).containsText(label);
    }

    private static Locator stepButton(Page page, String label) {
        return page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Conversation stages"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(label).setExact(true));
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static Locator fieldBox(Page page, String key) {
        return page.locator("[data-field='" + key + "']");
    }

    private static Locator duration(Page page, int scene) {
        return page.getByLabel("Duration of scene " + scene + " (s)");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Scene {@code n}'s length as the server has it (GET conversation, with the page's own token). */
    private double serverDuration(Page page, String projectId, int n) {
        String token = (String) page.evaluate("() => localStorage.getItem('zapcut.access')");
        JsonNode review = api.get("/v1/projects/" + projectId + "/conversation", token).json().path("review");
        return review.path("scenes").path(n - 1).path("duration_seconds").asDouble();
    }

    /** Seconds as the studio writes them: "37.5", "10". */
    private static String seconds(double s) {
        return BigDecimal.valueOf(Math.round(s * 100) / 100.0).stripTrailingZeros().toPlainString();
    }

    private static void shot(Page page, String name) {
        StudioScreenshots.save(page, name);
    }
}
