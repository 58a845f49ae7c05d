package video.zapcut.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The studio in a browser context of its own, signed in as a user made through the API (the studio
 * keeps its tokens in localStorage), collecting the page's console errors; closing it checks there
 * were none.
 */
public final class StudioPage implements AutoCloseable {
    private final BrowserContext context;
    private final Page page;
    private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());

    private StudioPage(BrowserContext context) {
        this.context = context;
        this.page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) consoleErrors.add(m.text() + " @ " + m.location());
        });
        page.onPageError(e -> consoleErrors.add("page error: " + e));
    }

    /** A 1280x900 page on the app at {@code port}, signed in with the tokens the API gave {@code email}. */
    public static StudioPage signedIn(Browser browser, int port, String accessToken, String refreshToken, String email) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(20_000);
        context.addInitScript("localStorage.setItem('zapcut.access', '" + accessToken + "');"
                + "localStorage.setItem('zapcut.refresh', '" + refreshToken + "');"
                + "localStorage.setItem('zapcut.email', '" + email + "');");
        return new StudioPage(context);
    }

    public Page page() { return page; }

    @Override
    public void close() {
        context.close();
        assertThat(consoleErrors).as("browser console errors").isEmpty();
    }
}
