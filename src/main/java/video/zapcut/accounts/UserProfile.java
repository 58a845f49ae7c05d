package video.zapcut.accounts;

import java.util.UUID;

/** What a user may see about their own account. */
public record UserProfile(UUID id, String email, String firstName, String lastName, String companyName,
                          String subscriptionTier, int videosRemaining, int totalVideosGenerated) {
    /** Without the email: records are printed by frameworks' debug logs, and logs must not hold emails. */
    @Override
    public String toString() {
        return "UserProfile[id=" + id + ", tier=" + subscriptionTier + ", videosRemaining=" + videosRemaining + "]";
    }
}
