package video.zapcut.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCipherTest {
    private static final String TOKEN = "xoxo-refresh-token-very-secret-1234567890";

    @TempDir
    Path home;

    @Test
    void aTokenOpensOnlyForTheRowItWasSealedFor() {
        TokenCipher cipher = TokenCipher.from(null, home.resolve("token-key"));
        String sealed = cipher.encrypt(TOKEN, "connection:1:refresh");
        assertThat(sealed).startsWith("v1.").doesNotContain(TOKEN);
        assertThat(cipher.encrypt(TOKEN, "connection:1:refresh")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(cipher.decrypt(sealed, "connection:1:refresh")).isEqualTo(TOKEN);

        assertThatThrownBy(() -> cipher.decrypt(sealed, "connection:2:refresh")).isInstanceOf(TokenCipher.TokenUnreadable.class)
                .hasMessageNotContaining(TOKEN);
        assertThatThrownBy(() -> cipher.decrypt(sealed, "connection:1:access")).isInstanceOf(TokenCipher.TokenUnreadable.class);
        char last = sealed.charAt(sealed.length() - 5);
        String tampered = sealed.substring(0, sealed.length() - 5) + (last == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 4);
        assertThatThrownBy(() -> cipher.decrypt(tampered, "connection:1:refresh")).isInstanceOf(TokenCipher.TokenUnreadable.class);
        assertThatThrownBy(() -> cipher.decrypt("plain-text-token", "connection:1:refresh")).isInstanceOf(TokenCipher.TokenUnreadable.class);
    }

    @Test
    void theGeneratedKeyIsKeptPrivatelyAndSurvivesARestartWhileAnotherKeyCannotOpenTheTokens() throws IOException {
        Path file = home.resolve("token-key");
        String sealed = TokenCipher.from(null, file).encrypt(TOKEN, "c:1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(TokenCipher.from("", file).decrypt(sealed, "c:1")).as("after a restart").isEqualTo(TOKEN);

        String other = Base64.getEncoder().encodeToString(new byte[32]);
        assertThatThrownBy(() -> TokenCipher.from(other, file).decrypt(sealed, "c:1")).isInstanceOf(TokenCipher.TokenUnreadable.class);
    }

    @Test
    void aConfiguredKeyMustBeThirtyTwoBytesOfBase64() {
        String key = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
        TokenCipher cipher = TokenCipher.from(key, home.resolve("unused"));
        assertThat(cipher.decrypt(cipher.encrypt(TOKEN, "c:1"), "c:1")).isEqualTo(TOKEN);
        assertThat(home.resolve("unused")).doesNotExist();

        assertThatThrownBy(() -> TokenCipher.from(Base64.getEncoder().encodeToString(new byte[16]), home.resolve("k")))
                .hasMessageContaining("16 bytes").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> TokenCipher.from("not base64 at all!", home.resolve("k"))).hasMessageContaining("not base64");
    }
}
