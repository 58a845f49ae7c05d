package video.zapcut.web.auth;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.accounts.IssuedTokens;

/**
 * Refresh (200). The seed's response has only {@code access_token} and {@code expires_in}; refresh
 * tokens rotate, so the next one ({@code refresh_token}) must be returned too.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RefreshResponse(String accessToken, String refreshToken, long expiresIn) {
    static RefreshResponse of(IssuedTokens tokens) {
        return new RefreshResponse(tokens.accessToken(), tokens.refreshToken(), tokens.expiresInSeconds());
    }

    @Override
    public String toString() { return "RefreshResponse[tokens=***]"; }
}
