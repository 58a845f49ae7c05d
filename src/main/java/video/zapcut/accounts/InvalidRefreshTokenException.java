package video.zapcut.accounts;

/** A refresh token that is unknown, expired, revoked, or was already used (which revokes its whole sign-in). */
public class InvalidRefreshTokenException extends RuntimeException {
    public InvalidRefreshTokenException(String message) {
        super(message);
    }
}
