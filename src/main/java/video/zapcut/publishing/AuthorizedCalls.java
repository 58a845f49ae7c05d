package video.zapcut.publishing;

import java.util.UUID;
import java.util.function.Function;
import video.zapcut.ai.vendors.http.VendorException;

/**
 * Calls a platform with a connection's token: refreshed ahead of expiry by {@link Connections}, and
 * once more when the platform answers 401 anyway (revoked early, clock skew). A second 401 with a
 * fresh token means the grant itself is gone: the user must reconnect.
 */
final class AuthorizedCalls {
    private final Connections connections;

    AuthorizedCalls(Connections connections) { this.connections = connections; }

    <T> T call(UUID connectionId, Platform platform, Function<String, T> call) {
        Connections.AccessToken token = connections.token(connectionId);
        try {
            return call.apply(token.value());
        } catch (VendorException e) {
            if (e.status() != 401) throw e;
        }
        Connections.AccessToken fresh = connections.refresh(connectionId, token.version());
        try {
            return call.apply(fresh.value());
        } catch (VendorException e) {
            if (e.status() != 401) throw e;
            throw new ReconnectRequired(platform, platform.label() + " refused the connection's token even after refreshing it; connect the account again");
        }
    }
}
