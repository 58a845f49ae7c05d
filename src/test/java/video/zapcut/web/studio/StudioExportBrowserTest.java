package video.zapcut.web.studio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import video.zapcut.testing.Chromium;
import video.zapcut.testing.StudioPage;
import video.zapcut.testing.ProductShots;
import video.zapcut.testing.VendorMedia;
import video.zapcut.web.ApiClient;
import video.zapcut.web.projects.ProjectApiTest;

/**
 * Issue 15 in Chromium: on a finished ad the marketer connects X (the browser goes to X's consent
 * page, here WireMock, and comes back), sees the account, writes a caption counted as X counts it
 * (over 280 the Post button is off), posts, follows the steps to the tweet's link, and finds the post
 * in the ad's history; LinkedIn the same way, with its visibility. One WireMock plays both platforms'
 * OAuth, upload and post endpoints; the server really fits the 1920x1080 ad to X's 1280x720. The server
 * runs on a port chosen before it starts, so the platforms can be told where to send the browser back
 * ({@code ZAPCUT_PUBLIC_URL}). Screenshots: see {@link StudioScreenshots}.
 */
class StudioExportBrowserTest extends ProjectApiTest {
    private static final String TWEET_ID = "1790000000000000001";
    private static final String TWEET_URL = "https://x.com/lunacoffee/status/" + TWEET_ID;
    /** X's media ids are numbers (the client refuses any other). */
    private static final String MEDIA_ID = "1880028106020515840";

    private static final String LINKEDIN_VIDEO = "urn:li:video:C5505AQH-oV1qvnFtKA";
    private static final String LINKEDIN_POST = "urn:li:share:6844785523593134080";
    private static final WireMockServer PLATFORMS = new WireMockServer(wireMockConfig().dynamicPort()
            .extensions(new LinkedInUploadInstructions()));
    private static final int SERVER_PORT = freePort();
    private static Playwright playwright;
    private static Browser browser;

    private StudioPage studio;

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void playX(DynamicPropertyRegistry registry) {
        if (!PLATFORMS.isRunning()) PLATFORMS.start();
        // A port known before the server starts: X's consent page sends the browser back to the public URL.
        registry.add("server.port", () -> SERVER_PORT);
        registry.add("ZAPCUT_PUBLIC_URL", () -> "http://localhost:" + SERVER_PORT);
        registry.add("ZAPCUT_X_CLIENT_ID", () -> "zapcut-test-client");
        registry.add("ZAPCUT_X_AUTHORIZE_URL", () -> PLATFORMS.baseUrl() + "/i/oauth2/authorize");
        registry.add("ZAPCUT_X_API_BASE_URL", PLATFORMS::baseUrl);
        registry.add("ZAPCUT_LINKEDIN_CLIENT_ID", () -> "li-test-client");
        registry.add("ZAPCUT_LINKEDIN_CLIENT_SECRET", () -> "li-test-secret");
        registry.add("ZAPCUT_LINKEDIN_OAUTH_BASE_URL", () -> PLATFORMS.baseUrl() + "/oauth/v2");
        registry.add("ZAPCUT_LINKEDIN_API_BASE_URL", PLATFORMS::baseUrl);
    }

    /** initializeUpload's answer: one part covering the whole file, whatever size the server's LinkedIn version has. */
    static final class LinkedInUploadInstructions implements ResponseDefinitionTransformerV2 {
        @Override
        public String getName() { return "linkedin-upload-instructions"; }

        @Override
        public boolean applyGlobally() { return false; }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            long size = JSON.readTree(event.getRequest().getBodyAsString()).path("initializeUploadRequest").path("fileSizeBytes").asLong();
            return okJson("{\"value\":{\"uploadUrlsExpireAt\":4102444800000,\"video\":\"" + LINKEDIN_VIDEO + "\",\"uploadInstructions\":["
                    + "{\"uploadUrl\":\"" + PLATFORMS.baseUrl() + "/dms-uploads/part-1?ut=sig1\",\"firstByte\":0,\"lastByte\":" + (size - 1) + "}],"
                    + "\"uploadToken\":\"upl-token-1\"}}").build();
        }
    }

    @BeforeAll
    static void launch() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void quit() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        PLATFORMS.stop();
    }

    @AfterEach
    void closeContext() {
        if (studio != null) studio.close();
    }

    /** Both platforms as WireMock plays them: consent (straight back with a code), token, the user, the upload, the post. */
    private static void stubPlatforms() {
        PLATFORMS.resetAll();
        stubX();
        PLATFORMS.stubFor(get(urlPathEqualTo("/oauth/v2/authorization")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{{request.query.redirect_uri}}}?code=li-code&state={{{request.query.state}}}")
                .withTransformers("response-template")));
        PLATFORMS.stubFor(WireMock.post(urlEqualTo("/oauth/v2/accessToken")).willReturn(okJson("{\"access_token\":\"AQV-li-at\",\"expires_in\":5184000,"
                + "\"refresh_token\":\"AQX-li-rt\",\"refresh_token_expires_in\":31536000,\"scope\":\"openid,profile,w_member_social\","
                + "\"token_type\":\"Bearer\"}")));
        PLATFORMS.stubFor(get(urlEqualTo("/v2/userinfo")).willReturn(okJson("{\"sub\":\"782bbtaQ\",\"name\":\"Ada Lovelace\"}")));
        PLATFORMS.stubFor(WireMock.post(urlEqualTo("/rest/videos?action=initializeUpload"))
                .willReturn(aResponse().withTransformers("linkedin-upload-instructions")));
        PLATFORMS.stubFor(put(urlPathEqualTo("/dms-uploads/part-1")).willReturn(aResponse().withStatus(200).withHeader("ETag", "/ambry-video/part-1.bin")));
        PLATFORMS.stubFor(WireMock.post(urlEqualTo("/rest/videos?action=finalizeUpload")).willReturn(aResponse().withStatus(200)));
        PLATFORMS.stubFor(get(urlEqualTo("/rest/videos/urn%3Ali%3Avideo%3AC5505AQH-oV1qvnFtKA"))
                .willReturn(okJson("{\"id\":\"" + LINKEDIN_VIDEO + "\",\"owner\":\"urn:li:person:782bbtaQ\",\"status\":\"AVAILABLE\"}")));
        PLATFORMS.stubFor(WireMock.post(urlEqualTo("/rest/posts")).willReturn(aResponse().withStatus(201).withHeader("x-restli-id", LINKEDIN_POST)));
    }

    private static void stubX() {
        PLATFORMS.stubFor(get(urlPathEqualTo("/i/oauth2/authorize")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{{request.query.redirect_uri}}}?code=good-code&state={{{request.query.state}}}")
                .withTransformers("response-template")));
        PLATFORMS.stubFor(WireMock.post(urlEqualTo("/2/oauth2/token")).willReturn(okJson("{\"token_type\":\"bearer\",\"access_token\":\"at-1\","
                + "\"refresh_token\":\"rt-1\",\"expires_in\":7200,\"scope\":\"tweet.read tweet.write users.read media.write offline.access\"}")));
        PLATFORMS.stubFor(get(urlPathEqualTo("/2/users/me"))
                .willReturn(okJson("{\"data\":{\"id\":\"1001\",\"name\":\"Luna Coffee\",\"username\":\"lunacoffee\"}}")));
        PLATFORMS.stubFor(WireMock.post(urlEqualTo("/2/media/upload/initialize")).willReturn(okJson("{\"data\":{\"id\":\"" + MEDIA_ID
                + "\",\"media_key\":\"7_" + MEDIA_ID + "\",\"expires_after_secs\":86400}}")));
        PLATFORMS.stubFor(WireMock.post(urlPathEqualTo("/2/media/upload/" + MEDIA_ID + "/append")).willReturn(aResponse().withStatus(204)));
        PLATFORMS.stubFor(WireMock.post(urlEqualTo("/2/media/upload/" + MEDIA_ID + "/finalize")).willReturn(okJson("{\"data\":{\"id\":\""
                + MEDIA_ID + "\",\"media_key\":\"7_" + MEDIA_ID + "\",\"processing_info\":{\"state\":\"succeeded\"}}}")));
        PLATFORMS.stubFor(WireMock.post(urlEqualTo("/2/tweets")).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"data\":{\"id\":\"" + TWEET_ID + "\",\"text\":\"posted\"}}")));
    }

    /** A finished 16:9 ad, as composition leaves one: a real 1920x1080 MP4 and a thumbnail in the blob store. */
    private UUID finishedAd(String token, UUID project) {
        ApiClient.Response accepted = post("/v1/generate/video", Map.of("project_id", project.toString(), "aspect_ratio", "16:9",
                "duration_seconds", 15, "product_name", "Luna Cold Brew",
                "brief", "Luna Coffee is an organic cold brew for busy professionals."), token);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        UUID ad = UUID.fromString(accepted.json().path("ad_id").asString());
        byte[] video = VendorMedia.clip(1920, 1080, 4);
        blobs.put("ads/" + ad + "/final.mp4", video);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            java.awt.image.BufferedImage shot = ProductShots.luna(480);
            java.awt.image.BufferedImage rgb = new java.awt.image.BufferedImage(shot.getWidth(), shot.getHeight(),
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(shot, 0, 0, null);
            ImageIO.write(rgb, "jpg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        blobs.put("ads/" + ad + "/thumbnail.jpg", jpeg.toByteArray());
        jdbc.sql("""
                UPDATE generated_ads SET status = 'completed', final_video_url = :v, thumbnail_url = :t, duration_seconds = 4,
                resolution = '1920x1080', file_size_bytes = :size, generation_completed_at = NOW() WHERE id = :id""")
                .param("v", blobs.uri("ads/" + ad + "/final.mp4")).param("t", blobs.uri("ads/" + ad + "/thumbnail.jpg"))
                .param("size", (long) video.length).param("id", ad).update();
        return ad;
    }

    private Page signedIn(JsonNode user) {
        studio = StudioPage.signedIn(browser, port, user.path("access_token").asString(), user.path("refresh_token").asString(),
                "luna@example.com");
        return studio.page();
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void aFinishedAdIsConnectedToXCaptionedPostedOnceAndListed() {
        assertThat(port).isEqualTo(SERVER_PORT);
        stubPlatforms();
        JsonNode user = newUser();
        String token = user.path("access_token").asString();
        UUID project = projectWithPhoto(token, "Luna launch");
        UUID ad = finishedAd(token, project);

        Page page = signedIn(user);
        page.navigate("/projects/" + project + "?ad=" + ad);
        Locator panel = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Post your ad"));
        assertThat(panel).isVisible();
        assertThat(page.getByTestId("ad-video")).isVisible();
        assertThat(button(page, "Connect LinkedIn")).isEnabled();
        assertThat(panel.getByText("Connect an X account above to post this ad there.")).isVisible();
        StudioScreenshots.save(panel, "export-01-connect");

        // Connect: to X's consent page (WireMock) and straight back, with the account saved.
        button(page, "Connect X").click();
        assertThat(panel.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Connected")))
                .hasText("Connected @lunacoffee on X.");
        assertThat(page).hasURL(Pattern.compile(".*/projects/" + project + "$"));
        Locator accounts = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Connected X accounts"));
        assertThat(accounts).containsText("@lunacoffee");
        assertThat(accounts).containsText("Luna Coffee");
        assertThat(page.getByTestId("ad-video")).isVisible();

        // The live count: X's own (a link counts 23), over 280 the Post button is off.
        Locator caption = page.getByLabel("Caption for X");
        Locator count = page.getByTestId("caption-count");
        Locator postButton = button(page, "Post to X");
        String text = "Meet Luna Cold Brew.\nSmooth, cold and ready when you are. https://example.com/luna-cold-brew-launch";
        int weighted = "Meet Luna Cold Brew.\nSmooth, cold and ready when you are. ".length() + 23;
        caption.fill("x".repeat(290));
        assertThat(count).hasText("290 / 280");
        assertThat(count).hasClass(Pattern.compile(".*text-red-700.*"));
        assertThat(panel.getByText(Pattern.compile("X takes 280 characters"))).isVisible();
        assertThat(postButton).isDisabled();
        StudioScreenshots.save(panel, "export-02-over-limit");

        caption.fill(text);
        assertThat(count).hasText(weighted + " / 280");
        assertThat(postButton).isEnabled();
        assertThat(page.getByTestId("preview-caption")).hasText(text);

        // Post, then the steps, then the tweet's link.
        postButton.click();
        Locator link = awaitPost(page, "X");
        assertThat(link).hasAttribute("href", TWEET_URL);
        assertThat(link).hasAttribute("target", "_blank");

        Locator history = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Posting history"));
        assertThat(history.getByRole(AriaRole.LISTITEM)).hasCount(1);
        assertThat(history.getByRole(AriaRole.LISTITEM).first()).containsText("Posted");
        assertThat(history.getByRole(AriaRole.LISTITEM).first()).containsText("@lunacoffee");
        assertThat(history.getByRole(AriaRole.LINK)).hasAttribute("href", TWEET_URL);
        StudioScreenshots.save(panel, "export-03-posted");
        StudioScreenshots.save(page, "export-04-ad-page");

        // X got exactly one post, carrying the caption and the uploaded video.
        List<LoggedRequest> tweets = PLATFORMS.findAll(postRequestedFor(urlEqualTo("/2/tweets")));
        assertThat(tweets).hasSize(1);
        JsonNode sent = JSON.readTree(tweets.getFirst().getBodyAsString());
        assertThat(sent.path("text").asString()).isEqualTo(text);
        assertThat(sent.path("media").path("media_ids").get(0).asString()).isEqualTo(MEDIA_ID);
        assertThat(PLATFORMS.findAll(postRequestedFor(urlPathEqualTo("/2/media/upload/" + MEDIA_ID + "/append")))).isNotEmpty();
        Map<String, Object> row = jdbc.sql("SELECT status, post_url FROM ad_exports WHERE ad_id = :a").param("a", ad).query().singleRow();
        assertThat(row.get("status")).isEqualTo("succeeded");
    }

    /** Follows the post on its way (the steps shown at least once) to its link; a failure fails with what the page says. */
    private static Locator awaitPost(Page page, String platform) {
        Locator step = page.getByTestId("post-step");
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("View the post on " + platform));
        Set<String> steps = new LinkedHashSet<>();
        long deadline = System.currentTimeMillis() + 60_000;
        while (link.count() == 0 && System.currentTimeMillis() < deadline) {
            if (step.count() > 0) steps.add(step.innerText());
            Locator progress = page.getByTestId("post-progress");
            if (progress.count() > 0 && "failed".equals(progress.getAttribute("data-status"))) {
                throw new AssertionError("the post failed: " + progress.innerText());
            }
            page.waitForTimeout(100);
        }
        assertThat(link).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(1_000));
        assertThat(steps).as("steps shown while posting").isNotEmpty();
        assertThat(steps.iterator().next()).matches("(Waiting to start|Starting|Making the " + platform + " version|Uploading|"
                + platform + " is processing|Posting) \\(\\d+%\\)");
        return link;
    }

    @Test
    void aFinishedAdIsPostedToLinkedInForConnectionsOnly() {
        stubPlatforms();
        JsonNode user = newUser();
        String token = user.path("access_token").asString();
        UUID project = projectWithPhoto(token, "Luna on LinkedIn");
        UUID ad = finishedAd(token, project);

        Page page = signedIn(user);
        page.navigate("/projects/" + project + "?ad=" + ad);
        Locator panel = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Post your ad"));
        button(page, "Connect LinkedIn").click();
        assertThat(panel.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Connected")))
                .hasText("Connected Ada Lovelace on LinkedIn.");
        assertThat(page).hasURL(Pattern.compile(".*/projects/" + project + "$"));
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Connected LinkedIn accounts")))
                .containsText("Ada Lovelace");

        // Back from LinkedIn, LinkedIn is the platform being written for.
        String text = "Brew better (really) #coffee\nFresh from Luna.";
        Locator caption = page.getByLabel("Caption for LinkedIn");
        caption.fill(text);
        assertThat(page.getByTestId("caption-count")).hasText(text.length() + " / 3000");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Connections only")).check();
        Locator preview = page.getByRole(AriaRole.FIGURE, new Page.GetByRoleOptions().setName("Preview of the LinkedIn post"));
        assertThat(preview).containsText("Ada Lovelace");
        assertThat(preview).containsText("Connections only");

        button(page, "Post to LinkedIn").click();
        Locator link = awaitPost(page, "LinkedIn");
        assertThat(link).hasAttribute("href", "https://www.linkedin.com/feed/update/" + LINKEDIN_POST);
        Locator entry = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Posting history")).getByRole(AriaRole.LISTITEM);
        assertThat(entry).hasCount(1);
        assertThat(entry).containsText("LinkedIn");
        assertThat(entry).containsText("Ada Lovelace");
        assertThat(entry).containsText("Posted");
        StudioScreenshots.save(panel, "export-05-linkedin-posted");

        List<LoggedRequest> posts = PLATFORMS.findAll(postRequestedFor(urlEqualTo("/rest/posts")));
        assertThat(posts).hasSize(1);
        JsonNode sent = JSON.readTree(posts.getFirst().getBodyAsString());
        assertThat(sent.path("author").asString()).isEqualTo("urn:li:person:782bbtaQ");
        assertThat(sent.path("visibility").asString()).isEqualTo("CONNECTIONS");
        assertThat(sent.path("commentary").asString()).startsWith("Brew better \\(really\\) #coffee\n");
        assertThat(sent.path("content").path("media").path("id").asString()).isEqualTo(LINKEDIN_VIDEO);
        assertThat(PLATFORMS.findAll(WireMock.putRequestedFor(urlPathEqualTo("/dms-uploads/part-1")))).hasSize(1);
    }
}
