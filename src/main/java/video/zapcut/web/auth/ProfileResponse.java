package video.zapcut.web.auth;

import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.accounts.UserProfile;

/** GET /v1/me. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProfileResponse(UUID id, String email, String firstName, String lastName, String companyName,
                              String subscriptionTier, int videosRemaining, int totalVideosGenerated) {
    static ProfileResponse of(UserProfile p) {
        return new ProfileResponse(p.id(), p.email(), p.firstName(), p.lastName(), p.companyName(), p.subscriptionTier(),
                p.videosRemaining(), p.totalVideosGenerated());
    }

    @Override
    public String toString() { return "ProfileResponse[id=" + id + "]"; }
}
