package video.zapcut.accounts.password;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed's password policy (its Cognito user pool: at least 8 characters with an upper-case and a
 * lower-case letter, a digit and a symbol), plus an upper bound so a password cannot be used to
 * make the server hash megabytes. Lengths count characters (code points), not bytes.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** What the password lacks, one sentence per broken rule; empty when it is acceptable. */
    public static List<String> violations(String password) {
        List<String> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) problems.add("must be at least " + MIN_LENGTH + " characters long");
        if (length > MAX_LENGTH) problems.add("must be at most " + MAX_LENGTH + " characters long");
        if (password.codePoints().noneMatch(Character::isUpperCase)) problems.add("must contain an upper-case letter");
        if (password.codePoints().noneMatch(Character::isLowerCase)) problems.add("must contain a lower-case letter");
        if (password.codePoints().noneMatch(Character::isDigit)) problems.add("must contain a digit");
        if (password.codePoints().noneMatch(PasswordPolicy::isSymbol)) problems.add("must contain a symbol such as ! # % & * - or ?");
        return problems;
    }

    public static void check(String password) {
        List<String> problems = violations(password);
        if (!problems.isEmpty()) throw new WeakPasswordException(problems);
    }

    /** Punctuation and symbols of any script; letters, digits, spaces and control characters are not. */
    private static boolean isSymbol(int codePoint) {
        return !Character.isLetterOrDigit(codePoint) && !Character.isWhitespace(codePoint)
                && !Character.isISOControl(codePoint) && Character.isDefined(codePoint);
    }
}
