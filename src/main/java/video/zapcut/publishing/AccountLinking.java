package video.zapcut.publishing;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import video.zapcut.ai.vendors.http.VendorException;

/**
 * Connecting an account: the authorization code flow with PKCE (S256). {@link #authorize} files a
 * state bound to the user and builds the platform's consent URL; {@link #complete} spends the state
 * when the browser comes back, trades the code and verifier for tokens, reads who the account is and
 * stores the connection. A bad, spent or expired state stores nothing.
 */
public class AccountLinking {
    private static final Logger log = LoggerFactory.getLogger(AccountLinking.class);
    /** Where the browser goes after connecting when the request named nowhere: the studio's project list. */
    public static final String DEFAULT_RETURN = "/projects";
    private final AuthorizationRequests requests;
    private final Connections connections;
    private final Function<Platform, PlatformClient> clients;
    private final PublishingSettings settings;

    public AccountLinking(AuthorizationRequests requests, Connections connections, Function<Platform, PlatformClient> clients,
                          PublishingSettings settings) {
        this.requests = requests;
        this.connections = connections;
        this.clients = clients;
        this.settings = settings;
    }

    public record Authorization(URI authorizeUrl, Instant expiresAt) {}

    /** The platform's consent page for {@code userId}; {@code returnTo} is a path on this server (else the studio). */
    public Authorization authorize(UUID userId, Platform platform, String returnTo) {
        settings.requireConfigured(platform);
        AuthorizationRequests.Started started = requests.start(userId, platform, safeReturn(returnTo));
        URI url = clients.apply(platform).authorizeUrl(started.state(), started.pkce().challenge(), settings.redirectUri(platform));
        return new Authorization(url, started.expiresAt());
    }

    /** The browser came back. {@code error} is the platform's (the user said no); otherwise {@code code} is exchanged. */
    public Linked complete(Platform platform, String code, String state, String error, String errorDescription) {
        AuthorizationRequests.Pending pending = requests.spend(platform, state).orElseThrow(() -> new LinkFailed(DEFAULT_RETURN,
                "this sign-in link is unknown, already used or expired (links last 10 minutes); connect again"));
        if (error != null && !error.isBlank()) {
            throw new LinkFailed(pending.returnTo(), platform.label() + " did not grant access (" + error
                    + (errorDescription == null || errorDescription.isBlank() ? "" : ": " + errorDescription) + ")");
        }
        if (code == null || code.isBlank()) throw new LinkFailed(pending.returnTo(), platform.label() + " sent no authorization code back");
        try {
            PlatformClient client = clients.apply(platform);
            TokenGrant grant = client.exchangeCode(code, pending.codeVerifier(), settings.redirectUri(platform));
            PlatformAccount account = client.account(grant.accessToken());
            Connection saved = connections.save(pending.userId(), platform, account, grant);
            log.info("user {} connected {} account {}", pending.userId(), platform.label(), account.id());
            return new Linked(saved, pending.returnTo());
        } catch (VendorException | ReconnectRequired e) {
            throw new LinkFailed(pending.returnTo(), platform.label() + " refused the connection: " + e.getMessage());
        }
    }

    public record Linked(Connection connection, String returnTo) {}

    /** Connecting failed; the browser is sent back to {@code returnTo} with the reason. */
    public static final class LinkFailed extends RuntimeException {
        private final String returnTo;

        LinkFailed(String returnTo, String message) {
            super(message);
            this.returnTo = returnTo == null ? DEFAULT_RETURN : returnTo;
        }

        public String returnTo() { return returnTo; }
    }

    /** A path on this server, never another site (an open redirect would hand the browser to anyone). */
    static String safeReturn(String returnTo) {
        if (returnTo == null || returnTo.isBlank()) return DEFAULT_RETURN;
        String r = returnTo.strip();
        if (!r.startsWith("/") || r.startsWith("//") || r.contains("\\") || r.length() > 500 || r.chars().anyMatch(Character::isISOControl)) {
            return DEFAULT_RETURN;
        }
        return r;
    }
}
