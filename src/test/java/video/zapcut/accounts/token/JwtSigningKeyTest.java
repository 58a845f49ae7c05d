package video.zapcut.accounts.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtSigningKeyTest {
    @TempDir
    Path home;

    @Test
    void aGeneratedSecretIsPrivateAndSurvivesRestarts() throws Exception {
        Path file = home.resolve("jwt-secret");

        byte[] first = new JwtSigningKey(null, file).key().getEncoded();
        byte[] afterRestart = new JwtSigningKey("", file).key().getEncoded();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(afterRestart);
        assertThat(new JwtSigningKey(null, home.resolve("other")).key().getEncoded()).isNotEqualTo(first);
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("jwt-secret", "other");
        }
    }

    @Test
    void nothingIsWrittenUntilTheKeyIsNeeded() {
        Path file = home.resolve("jwt-secret");

        new JwtSigningKey(null, file);

        assertThat(file).doesNotExist();
    }

    @Test
    void aConfiguredSecretWinsAndNoFileIsWritten() {
        Path file = home.resolve("jwt-secret");
        String secret = "a-configured-secret-of-enough-bytes-0123456789";

        assertThat(new JwtSigningKey(secret, file).key().getEncoded()).isEqualTo(secret.getBytes());
        assertThat(file).doesNotExist();
    }

    @Test
    void aShortConfiguredSecretIsRefused() {
        assertThatThrownBy(() -> new JwtSigningKey("too-short", home.resolve("jwt-secret")).key())
                .hasMessageContaining("ZAPCUT_JWT_SECRET").hasMessageContaining("at least 32");
    }

    @Test
    void aSecretFileOthersCanReadIsRestricted() throws Exception {
        Path file = home.resolve("jwt-secret");
        Files.writeString(file, "x".repeat(64));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        new JwtSigningKey(null, file).key();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
