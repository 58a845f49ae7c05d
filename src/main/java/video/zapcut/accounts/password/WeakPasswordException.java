package video.zapcut.accounts.password;

import java.util.List;

/** The password breaks {@link PasswordPolicy}; {@link #violations()} says how, one rule each. */
public class WeakPasswordException extends RuntimeException {
    private final List<String> violations;

    public WeakPasswordException(List<String> violations) {
        super("password " + String.join(", ", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() { return violations; }
}
