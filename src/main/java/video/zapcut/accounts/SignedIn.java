package video.zapcut.accounts;

import java.util.UUID;

/** The result of sign-up or sign-in: who, and their first tokens. */
public record SignedIn(UUID userId, String email, IssuedTokens tokens) {
    @Override
    public String toString() { return "SignedIn[userId=" + userId + "]"; }
}
