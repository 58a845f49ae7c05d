package video.zapcut.web.publishing;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import video.zapcut.publishing.AccountLinking;
import video.zapcut.publishing.Connection;
import video.zapcut.publishing.Connections;
import video.zapcut.publishing.Platform;
import video.zapcut.publishing.PublishingSettings;
import video.zapcut.web.errors.NotFound;
import video.zapcut.web.security.CurrentUser;

/**
 * Connected social accounts: start the OAuth flow, the browser's return (no bearer token: the
 * state stands for the user), list and remove. Tokens never leave the server.
 */
@RestController
public class ConnectionController {
    private final AccountLinking linking;
    private final Connections connections;
    private final PublishingSettings settings;

    public ConnectionController(AccountLinking linking, Connections connections, PublishingSettings settings) {
        this.linking = linking;
        this.connections = connections;
        this.settings = settings;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record AuthorizeRequest(String returnTo) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record AuthorizeResponse(String authorizeUrl, Instant expiresAt) {}

    @PostMapping("/v1/connections/{platform}/authorize")
    AuthorizeResponse authorize(@CurrentUser UUID userId, @PathVariable String platform, @RequestBody(required = false) AuthorizeRequest body) {
        AccountLinking.Authorization a = linking.authorize(userId, PlatformNames.parse(platform), body == null ? null : body.returnTo());
        return new AuthorizeResponse(a.authorizeUrl().toString(), a.expiresAt());
    }

    /** Where the platform sends the browser back; answers a redirect to the studio, saying how it went. */
    @GetMapping("/v1/connections/{platform}/callback")
    ResponseEntity<Void> callback(@PathVariable String platform, @RequestParam(required = false) String code,
                                  @RequestParam(required = false) String state, @RequestParam(required = false) String error,
                                  @RequestParam(name = "error_description", required = false) String errorDescription) {
        Platform p = PlatformNames.parse(platform);
        UriComponentsBuilder back;
        try {
            AccountLinking.Linked linked = linking.complete(p, code, state, error, errorDescription);
            back = back(linked.returnTo()).queryParam("connected", p.id()).queryParam("connection", linked.connection().id());
        } catch (AccountLinking.LinkFailed e) {
            back = back(e.returnTo()).queryParam("connect_error", e.getMessage()).queryParam("platform", p.id());
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setLocation(back.encode().build().toUri());
        headers.setCacheControl("no-store");
        return new ResponseEntity<>(headers, HttpStatus.FOUND);
    }

    private UriComponentsBuilder back(String path) {
        return UriComponentsBuilder.fromUri(URI.create(settings.publicUrl() + path));
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ConnectionResponse(UUID id, String platform, String accountId, String name, String handle, List<String> scopes,
                                     Instant expiresAt, String status, Instant connectedAt) {
        static ConnectionResponse of(Connection c) {
            return new ConnectionResponse(c.id(), c.platform().id(), c.accountId(), c.name(), c.handle(), c.scopes(), c.expiresAt(),
                    c.status(), c.connectedAt());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PlatformResponse(String platform, String label, boolean configured) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ConnectionListResponse(List<ConnectionResponse> connections, List<PlatformResponse> platforms) {}

    @GetMapping("/v1/connections")
    ConnectionListResponse list(@CurrentUser UUID userId) {
        return new ConnectionListResponse(connections.of(userId).stream().map(ConnectionResponse::of).toList(),
                Arrays.stream(Platform.values()).map(p -> new PlatformResponse(p.id(), p.label(), settings.platform(p).configured())).toList());
    }

    @DeleteMapping("/v1/connections/{id}")
    ResponseEntity<Void> delete(@CurrentUser UUID userId, @PathVariable String id) {
        if (!connections.delete(userId, NotFound.uuid("connection", id))) throw NotFound.of("connection", id);
        return ResponseEntity.noContent().build();
    }
}
