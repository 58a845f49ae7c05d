package video.zapcut.web.auth;

import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * POST /v1/auth/logout; the body is optional. The access token already names the session to end;
 * a {@code refresh_token} sent along is revoked with its own sign-in when it is the caller's.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LogoutRequest(@Size(max = 512, message = "must be at most {max} characters") String refreshToken) {

    @Override
    public String toString() { return "LogoutRequest[refreshToken=***]"; }
}
