package video.zapcut.accounts;

/** Sign-up with an email that already has an account. The message does not repeat the email (it may be logged). */
public class EmailAlreadyRegisteredException extends RuntimeException {
    public EmailAlreadyRegisteredException() {
        super("an account with this email already exists; sign in instead");
    }
}
