package video.zapcut.accounts;

/** The email is not one the users table accepts (for callers that skip request validation). */
public class InvalidEmailException extends RuntimeException {
    public InvalidEmailException() {
        super("must be an email address such as name@example.com");
    }
}
