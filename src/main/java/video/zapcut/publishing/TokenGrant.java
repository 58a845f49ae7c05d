package video.zapcut.publishing;

import java.time.Duration;
import java.util.List;

/**
 * What a token endpoint answered. {@link #toString()} never shows a token.
 *
 * @param refreshToken     null when the platform gave none (LinkedIn gives them only to some apps)
 * @param expiresIn        the access token's lifetime, or null when not said
 * @param refreshExpiresIn the refresh token's lifetime, or null when not said
 * @param scopes           the scopes granted (may be fewer than asked)
 */
public record TokenGrant(String accessToken, String refreshToken, Duration expiresIn, Duration refreshExpiresIn,
                         List<String> scopes) {
    public TokenGrant {
        if (accessToken == null || accessToken.isBlank()) throw new IllegalArgumentException("a token grant needs an access token");
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "TokenGrant[expiresIn=" + expiresIn + ", refresh=" + (refreshToken != null) + ", scopes=" + scopes + "]";
    }
}
