package video.zapcut.accounts;

import java.util.UUID;

/** A valid token whose account no longer exists (deleted after the token was issued). */
public class AccountNotFoundException extends RuntimeException {
    public AccountNotFoundException(UUID userId) {
        super("the account " + userId + " no longer exists");
    }
}
