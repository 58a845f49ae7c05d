package video.zapcut.accounts.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void theSeedsExamplePasswordPasses() {
        assertThat(PasswordPolicy.violations("SecurePassword123!")).isEmpty();
    }

    @Test
    void eachRuleIsReportedOnItsOwn() {
        assertThat(PasswordPolicy.violations("Aa1!aaa")).containsExactly("must be at least 8 characters long");
        assertThat(PasswordPolicy.violations("aa1!aaaa")).containsExactly("must contain an upper-case letter");
        assertThat(PasswordPolicy.violations("AA1!AAAA")).containsExactly("must contain a lower-case letter");
        assertThat(PasswordPolicy.violations("Aa!!aaaa")).containsExactly("must contain a digit");
        assertThat(PasswordPolicy.violations("Aa11aaaa")).containsExactly("must contain a symbol such as ! # % & * - or ?");
        assertThat(PasswordPolicy.violations("Aa1!" + "a".repeat(125))).containsExactly("must be at most 128 characters long");
    }

    @Test
    void boundariesAreInclusive() {
        assertThat(PasswordPolicy.violations("Aa1!aaaa")).isEmpty();
        assertThat(PasswordPolicy.violations("Aa1!" + "a".repeat(124))).isEmpty();
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        // Seven characters, one of them outside the BMP (two UTF-16 units, four UTF-8 bytes).
        assertThat(PasswordPolicy.violations("Aa1!aa\uD83D\uDE00")).containsExactly("must be at least 8 characters long");
    }

    @Test
    void spacesAreNotSymbolsButOtherScriptsCount() {
        assertThat(PasswordPolicy.violations("Aa1 aaaa")).containsExactly("must contain a symbol such as ! # % & * - or ?");
        assertThat(PasswordPolicy.violations("Ää1€ääää")).isEmpty();
    }

    @Test
    void checkThrowsWithEveryViolation() {
        assertThatThrownBy(() -> PasswordPolicy.check("abc"))
                .isInstanceOfSatisfying(WeakPasswordException.class, e -> assertThat(e.violations()).hasSize(4));
    }
}
