package video.zapcut.web.auth;

import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.accounts.SignedIn;

/** Sign-up (201) and sign-in (200), as in the seed. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SessionResponse(UUID userId, String email, String accessToken, String refreshToken, long expiresIn) {
    static SessionResponse of(SignedIn signedIn) {
        return new SessionResponse(signedIn.userId(), signedIn.email(), signedIn.tokens().accessToken(),
                signedIn.tokens().refreshToken(), signedIn.tokens().expiresInSeconds());
    }

    @Override
    public String toString() { return "SessionResponse[userId=" + userId + ", tokens=***]"; }
}
