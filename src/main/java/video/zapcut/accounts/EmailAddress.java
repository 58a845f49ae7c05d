package video.zapcut.accounts;

import java.util.Locale;

/** How account emails are compared and stored: trimmed and lower-case, so one person has one account. */
public final class EmailAddress {
    /** The users table's {@code valid_email} CHECK, so a request that passes cannot fail in the database. */
    public static final String PATTERN = "^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$";
    /** RFC 5321's limit for a forward path; the column allows 255. */
    public static final int MAX_LENGTH = 254;

    private EmailAddress() {}

    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String normalised) {
        return normalised.length() <= MAX_LENGTH && normalised.matches(PATTERN);
    }
}
