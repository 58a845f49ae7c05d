package video.zapcut.web.studio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
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
import video.zapcut.testing.StudioPage;
import video.zapcut.web.ApiClient;
import video.zapcut.web.projects.ProjectApiTest;

/**
 * Issue 17 in Chromium: on a finished 15 s ad (made on the offline providers) the marketer opens
 * "Iterate on this ad", changes scene 1's on-screen text, sees the server's plan (composition again,
 * no keyframes) and estimate, renders version 2 and follows it to the end, then compares versions 1
 * and 2 side by side: both videos load, and playing one plays the other. Workers run in-process with
 * the same settings as {@code RevisionApiTest} and {@link StudioBrowserTest}, so they share one Spring
 * context. Screenshots: see {@link StudioScreenshots} ({@code revise-01..04}).
 */
@TestPropertySource(properties = {"zapcut.worker.enabled=true", "zapcut.worker.heartbeat=200ms",
        "zapcut.worker.poll-interval=100ms", "zapcut.worker.shutdown-grace=1s"})
class StudioRevisionBrowserTest extends ProjectApiTest {
    private static Playwright playwright;
    private static Browser browser;

    private StudioPage studio;

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
    void closeContext() {
        if (studio != null) studio.close();
    }

    private Page signedIn(JsonNode user) {
        studio = StudioPage.signedIn(browser, port, user.path("access_token").asString(), user.path("refresh_token").asString(),
                "luna@example.com");
        return studio.page();
    }

    /** A 15 s 16:9 ad made by the pipeline on the offline providers, through the API. */
    private UUID finishedAd(String token, UUID project) throws InterruptedException {
        ApiClient.Response accepted = post("/v1/generate/video", Map.of("project_id", project.toString(), "duration_seconds", 15,
                "aspect_ratio", "16:9", "product_name", "Luna Cold Brew",
                "brief", "Luna Coffee is an organic cold brew for busy professionals who want calm, focused mornings."), token);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        awaitCompleted(accepted.json().path("job_id").asString(), 4);
        return UUID.fromString(accepted.json().path("ad_id").asString());
    }

    private static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * The finished ad plays in the studio with its captions: the WebVTT track timed to the voice loads
     * its cues in the browser, and as the video plays the cue showing changes with the words.
     */
    private static void playsWithCaptions(Page page) {
        Locator track = page.getByTestId("ad-captions");
        assertThat(track).hasAttribute("kind", "captions");
        Object cues = page.evaluate("""
                async () => {
                  const video = document.querySelector('[data-testid=ad-video]');
                  const track = video.textTracks[0];
                  track.mode = 'hidden';
                  for (let i = 0; i < 100 && (!track.cues || track.cues.length === 0); i++) await new Promise(r => setTimeout(r, 100));
                  video.muted = true;
                  await video.play();
                  const seen = new Set();
                  for (let i = 0; i < 150 && video.currentTime < 8; i++) {
                    for (const c of track.activeCues ?? []) seen.add(c.text.replace(/<[^>]+>/g, ''));
                    await new Promise(r => setTimeout(r, 100));
                  }
                  video.pause();
                  return { cues: track.cues.length, played: video.currentTime, seen: [...seen] };
                }""");
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) cues;
        assertThat(((Number) r.get("cues")).intValue()).as("caption cues loaded").isGreaterThanOrEqualTo(3);
        assertThat(((Number) r.get("played")).doubleValue()).as("the ad played").isGreaterThan(2.0);
        assertThat((java.util.List<?>) r.get("seen")).as("captions shown while it played").isNotEmpty();
    }

    @Test
    void aSceneTextIsChangedIntoVersionTwoWhichIsComparedSideBySideWithTheFirst() throws InterruptedException {
        JsonNode user = newUser();
        String token = user.path("access_token").asString();
        UUID project = projectWithPhoto(token, "Luna iterations");
        UUID ad = finishedAd(token, project);

        Page page = signedIn(user);
        page.navigate("/projects/" + project + "?ad=" + ad);
        assertThat(page.getByTestId("ad-video")).isVisible();
        playsWithCaptions(page);
        // The quality record's brand check, one row per scene.
        assertThat(page.getByTestId("brand-checks").locator("tbody tr")).hasCount(5);
        assertThat(page.getByTestId("brand-check-1")).containsText("%");
        // A frame with its burned captions under the player's controls, and the record below it.
        page.evaluate("() => { const v = document.querySelector('[data-testid=ad-video]'); v.currentTime = 1.0; }");
        page.waitForFunction("() => document.querySelector('[data-testid=ad-video]').readyState >= 2");
        StudioScreenshots.save(page.locator("section[aria-labelledby=ad-title]"), "voice-01-ad-with-captions-and-brand-check");
        Locator card = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Iterate on this ad"));
        card.scrollIntoViewIfNeeded();
        Locator editTab = card.getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName("Edit a scene"));
        editTab.click();
        assertThat(editTab).hasAttribute("aria-selected", "true");

        // Scene 1 as it is, then its on-screen text changed.
        assertThat(card.getByLabel("Scene to edit")).hasValue("1");
        String before = api.get("/v1/ads/" + ad, token).json().path("storyboard").get(0).path("overlay_text").asString();
        assertThat(card.getByTestId("scene-now-text")).hasText("“" + before + "”");
        Locator text = card.getByLabel("On-screen text", new Locator.GetByLabelOptions().setExact(true));
        assertThat(text).hasValue(before);
        text.fill("Mornings, sorted");

        // The server's plan: composed again, no picture drawn again; and its estimate.
        Locator stages = card.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Stages that run again"));
        assertThat(stages.locator("[data-stage='composition']")).hasCount(1);
        assertThat(stages.locator("[data-stage='keyframes']")).hasCount(0);
        assertThat(stages.locator("[data-stage='scene_1']")).hasCount(0);
        assertThat(card.getByTestId("plan-redrawn")).hasText("No scene is drawn again.");
        assertThat(card.getByTestId("revision-estimate")).hasText(Pattern.compile("Estimated cost \\$0\\.00 · about \\d+ s"));
        assertThat(card.getByTestId("revision-plan")).not().hasAttribute("aria-busy", "true");
        StudioScreenshots.save(card, "revise-01-plan");

        // Render: version 2 is placed and followed to the end.
        Locator render = button(card, "Render new version");
        assertThat(render).isEnabled();
        render.click();
        Locator progress = card.getByTestId("render-progress");
        assertThat(progress).isVisible();
        assertThat(card.getByRole(AriaRole.PROGRESSBAR, new Locator.GetByRoleOptions().setName("Making version 2"))).isVisible();
        assertThat(card.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Stages of version 2"))
                .locator("[data-stage]")).hasCount(4);
        assertThat(progress).containsText("Scene 1: on-screen text “Mornings, sorted”");
        // The picture of it under way: once composition runs (it takes a while), or at the end if it was quicker.
        page.waitForFunction("() => document.querySelector('[data-testid=render-progress] [data-stage=composition]')?.dataset.status === 'running'"
                + " || ['completed', 'failed', 'cancelled'].includes(document.querySelector('[data-testid=render-progress]')?.dataset.status)",
                null, new Page.WaitForFunctionOptions().setTimeout(120_000));
        StudioScreenshots.save(card, "revise-02-rendering");
        page.waitForFunction("() => ['completed', 'failed', 'cancelled'].includes("
                + "document.querySelector('[data-testid=render-progress]')?.dataset.status)", null,
                new Page.WaitForFunctionOptions().setTimeout(240_000));
        assertThat(card.getByTestId("render-status")).hasText("Version 2 is ready");
        assertThat(card.getByTestId("new-version-video")).isVisible();
        JsonNode versions = api.get("/v1/ads/" + ad + "/versions", token).json().path("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).path("status").asString()).isEqualTo("completed");
        UUID second = UUID.fromString(versions.get(1).path("ad_id").asString());
        assertThat(api.get("/v1/ads/" + second, token).json().path("storyboard").get(0).path("overlay_text").asString())
                .isEqualTo("Mornings, sorted");
        StudioScreenshots.save(card, "revise-03-ready");

        // The versions: both listed, with what changed; versions 1 and 2 compared side by side.
        Locator versionsTab = card.getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName(Pattern.compile("^Versions")));
        versionsTab.click();
        Locator list = card.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Versions"));
        Locator rows = list.getByRole(AriaRole.LISTITEM);
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).containsText("Version 1");
        assertThat(rows.nth(1)).containsText("Version 2");
        assertThat(rows.nth(1)).containsText("Scene 1: on-screen text “Mornings, sorted”");
        assertThat(rows.nth(1).getByTestId("version-status")).hasText("Ready");
        card.getByLabel("Compare version 1", new Locator.GetByLabelOptions().setExact(true)).check();
        card.getByLabel("Compare version 2", new Locator.GetByLabelOptions().setExact(true)).check();
        Locator compare = card.getByRole(AriaRole.REGION, new Locator.GetByRoleOptions().setName("Compare version 1 and version 2"));
        assertThat(compare).isVisible();
        Locator left = compare.getByTestId("compare-video-left");
        Locator right = compare.getByTestId("compare-video-right");
        assertThat(left).hasAttribute("aria-label", "Version 1");
        assertThat(right).hasAttribute("aria-label", "Version 2");
        // Both load (HAVE_CURRENT_DATA or more).
        page.waitForFunction("() => [...document.querySelectorAll('[data-testid^=compare-video-]')].every(v => v.readyState >= 2)", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));

        // Playing the first (as its own controls would) plays the second, and both move on together.
        left.evaluate("v => { v.muted = true; return v.play(); }");
        page.waitForFunction("() => { const [a, b] = ['left', 'right'].map(s => document.querySelector(`[data-testid=compare-video-${s}]`));"
                + " return !a.paused && !b.paused && a.currentTime > 1 && b.currentTime > 1; }", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(button(compare, "Pause both")).isVisible();
        // Pausing the second pauses the first.
        right.evaluate("v => v.pause()");
        page.waitForFunction("() => [...document.querySelectorAll('[data-testid^=compare-video-]')].every(v => v.paused)", null,
                new Page.WaitForFunctionOptions().setTimeout(10_000));
        assertThat(button(compare, "Play both")).isVisible();
        double apart = ((Number) page.evaluate("() => { const [a, b] = [...document.querySelectorAll('[data-testid^=compare-video-]')];"
                + " return Math.abs(a.currentTime - b.currentTime); }")).doubleValue();
        assertThat(apart).as("seconds between the two when paused").isLessThan(0.5);
        StudioScreenshots.save(card, "revise-04-compare");

        // Back later (the page opened again): nothing left to follow, an empty draft, the versions listed.
        page.navigate("/projects/" + project + "?ad=" + ad);
        assertThat(card.getByLabel("On-screen text", new Locator.GetByLabelOptions().setExact(true)))
                .hasValue(before, new LocatorAssertions.HasValueOptions().setTimeout(20_000));
        assertThat(card.getByTestId("render-progress")).hasCount(0);
        assertThat(card.getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName("Versions (2)"))).isVisible();
    }
}
