package video.zapcut.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.context.ConfigurableApplicationContext;
import video.zapcut.accounts.UserRepository;
import video.zapcut.publishing.AccountLinking;
import video.zapcut.publishing.Export;
import video.zapcut.publishing.ExportOrder;
import video.zapcut.publishing.ExportRunner;
import video.zapcut.publishing.Platform;
import video.zapcut.publishing.Publisher;
import video.zapcut.publishing.PublishingRefused;
import video.zapcut.publishing.PublishingSettings;

/** What {@code connect} and {@code export} share: the local user's connections and exports, run in-process. */
final class PublishingCli {
    private final PrintStream out;
    private final PrintStream err;

    PublishingCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Prints the platform's consent URL and waits for the browser to come back to
     * {@code {ZAPCUT_PUBLIC_URL}/v1/connections/{platform}/callback}, answering it on that address
     * itself (so no server needs to run), within the state's 10 minutes.
     */
    int connect(String platformName, Duration wait) {
        Platform platform = Platform.of(platformName).orElse(null);
        if (platform == null) {
            err.println("zapcut: unknown platform '" + platformName + "' (choose x or linkedin)");
            return ExitCodes.BAD_INPUT;
        }
        try (ConfigurableApplicationContext app = GenerationCli.start()) {
            PublishingSettings settings = app.getBean(PublishingSettings.class);
            AccountLinking linking = app.getBean(AccountLinking.class);
            URI callback = settings.redirectUri(platform);
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress(callback.getHost(), port(callback)), 0);
            } catch (BindException e) {
                err.println("zapcut: " + callback.getHost() + ":" + port(callback) + " is in use (is 'zapcut serve' running? Then connect from"
                        + " the studio, or with POST /v1/connections/" + platform.id() + "/authorize)");
                return ExitCodes.FAILED;
            } catch (IOException e) {
                err.println("zapcut: cannot listen on " + callback + ": " + e.getMessage());
                return ExitCodes.FAILED;
            }
            CompletableFuture<Object> outcome = new CompletableFuture<>();
            server.createContext(callback.getPath(), exchange -> {
                Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
                Object result;
                String page;
                try {
                    AccountLinking.Linked linked = linking.complete(platform, q.get("code"), q.get("state"), q.get("error"),
                            q.get("error_description"));
                    result = linked;
                    page = "Connected " + platform.label() + " account " + name(linked) + ". You can close this window.";
                } catch (RuntimeException e) {
                    // The browser gets the reason too, not a dropped connection.
                    result = e;
                    page = "Not connected: " + e.getMessage();
                }
                byte[] body = ("<!doctype html><meta charset=utf-8><title>Zapcut</title><p>" + page.replace("<", "&lt;") + "</p>")
                        .getBytes(StandardCharsets.UTF_8);
                try {
                    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                } finally {
                    // Only once the browser has its page: the command stops this server as soon as it hears.
                    outcome.complete(result);
                }
            });
            server.start();
            try {
                UUID user = app.getBean(UserRepository.class).localUser();
                AccountLinking.Authorization auth = linking.authorize(user, platform, null);
                out.println("Open this address in a browser and allow Zapcut to post as you:");
                out.println(auth.authorizeUrl());
                out.println("waiting for " + platform.label() + " to send the browser back to " + callback + " ...");
                Object result = outcome.get(wait.toMillis(), TimeUnit.MILLISECONDS);
                if (result instanceof AccountLinking.Linked linked) {
                    out.println("connected " + platform.label() + " account " + name(linked) + " (connection " + linked.connection().id() + ")");
                    return ExitCodes.OK;
                }
                err.println("zapcut: " + ((RuntimeException) result).getMessage());
                return ExitCodes.FAILED;
            } catch (PublishingRefused e) {
                err.println("zapcut: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            } catch (TimeoutException e) {
                err.println("zapcut: no answer from the browser within " + wait.toMinutes() + " minutes; run connect again");
                return ExitCodes.FAILED;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExitCodes.FAILED;
            } catch (ExecutionException e) {
                err.println("zapcut: " + e.getCause().getMessage());
                return ExitCodes.FAILED;
            } finally {
                server.stop(0);
            }
        }
    }

    /** Posts the ad and prints the post's address; progress goes to stdout as the export moves. */
    int export(String adIdText, String platformName, String caption, String account, String visibility) {
        Platform platform = Platform.of(platformName).orElse(null);
        if (platform == null) {
            err.println("zapcut: unknown platform '" + platformName + "' (choose x or linkedin)");
            return ExitCodes.BAD_INPUT;
        }
        UUID adId = GenerationCli.adId(adIdText, err);
        if (adId == null) return ExitCodes.BAD_INPUT;
        try (ConfigurableApplicationContext app = GenerationCli.start()) {
            UUID user = app.getBean(UserRepository.class).localUser();
            Export export;
            try {
                export = app.getBean(Publisher.class).file(new ExportOrder(user, adId, platform, caption, visibility, account, null));
            } catch (PublishingRefused e) {
                err.println("zapcut: " + e.getMessage());
                e.violations().forEach(v -> err.println("  - " + v.severity() + " " + v.category() + ": " + v.description()));
                return ExitCodes.BAD_INPUT;
            }
            out.println("posting ad " + adId + " to " + platform.label() + " as " + export.account().name() + " (export " + export.id() + ")");
            Export done = app.getBean(ExportRunner.class).run(export.id());
            if (Export.SUCCEEDED.equals(done.status())) {
                out.println("posted: " + done.postUrl());
                return ExitCodes.OK;
            }
            err.println("zapcut: " + (done.errorDetail() == null ? "the export did not finish (" + done.status() + ")" : done.errorDetail()));
            return ExitCodes.FAILED;
        }
    }

    private static String name(AccountLinking.Linked linked) {
        var c = linked.connection();
        return c.handle() != null ? "@" + c.handle() : c.name() != null ? c.name() : c.accountId();
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw == null) return q;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }
}
