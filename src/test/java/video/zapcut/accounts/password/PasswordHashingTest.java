package video.zapcut.accounts.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTest {
    private final PasswordEncoder encoder = PasswordHashing.encoder(4);

    @Test
    void bcryptIsUsedWhileBouncyCastleIsAbsent() {
        assertThat(PasswordHashing.argon2Available()).isFalse();
        assertThat(encoder.encode("Secret-123")).startsWith("{bcrypt-sha256}$2a$04$");
    }

    @Test
    void hashesVerifyAndAreSalted() {
        String first = encoder.encode("Secret-123");
        String second = encoder.encode("Secret-123");

        assertThat(first).isNotEqualTo(second);
        assertThat(encoder.matches("Secret-123", first)).isTrue();
        assertThat(encoder.matches("Secret-124", first)).isFalse();
    }

    @Test
    void everyCharacterOfALongPasswordCounts() {
        // Plain BCrypt reads 72 bytes at most: these two would be the same password to it.
        String base = "Aa1!" + "x".repeat(100);
        String hash = encoder.encode(base + "A");

        assertThat(encoder.matches(base + "A", hash)).isTrue();
        assertThat(encoder.matches(base + "B", hash)).isFalse();
    }

    @Test
    void weakerHashesAreMarkedForUpgrade() {
        String weak = encoder.encode("Secret-123");

        assertThat(PasswordHashing.encoder(5).upgradeEncoding(weak)).isTrue();
        assertThat(encoder.upgradeEncoding(weak)).isFalse();
    }
}
