package video.zapcut.accounts;

/**
 * Sign-in failed. One message for an unknown email and for a wrong password, so responses do not
 * tell which emails have accounts.
 */
public class InvalidCredentialsException extends RuntimeException {
    public InvalidCredentialsException() {
        super("email or password is incorrect");
    }
}
