package video.zapcut.accounts.token;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.util.function.SingletonSupplier;
import video.zapcut.config.SecretFile;

/**
 * The HS256 key that signs and verifies Zapcut's own access tokens: {@code zapcut.jwt.secret} when
 * configured, otherwise a random secret generated on first use and kept (mode 600) in
 * {@code ZAPCUT_HOME/jwt-secret}, so tokens stay valid across restarts. Resolved lazily, so the
 * command line, which issues no tokens, never creates the file.
 */
public final class JwtSigningKey {
    /** HS256 needs a key of at least its hash size (RFC 7518, section 3.2). */
    static final int MIN_SECRET_BYTES = 32;
    private static final int GENERATED_SECRET_BYTES = 48;

    private final SingletonSupplier<SecretKey> key;

    public JwtSigningKey(String configuredSecret, Path secretFile) {
        this.key = SingletonSupplier.of(() -> configuredSecret != null && !configuredSecret.isBlank()
                ? fromConfiguredSecret(configuredSecret)
                : fromFile(secretFile));
    }

    public SecretKey key() { return key.obtain(); }

    private static SecretKey fromConfiguredSecret(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("zapcut.jwt.secret (ZAPCUT_JWT_SECRET) is " + bytes.length
                    + " bytes; HS256 needs at least " + MIN_SECRET_BYTES + " (for example: openssl rand -base64 48)");
        }
        return hmacKey(bytes);
    }

    private static SecretKey fromFile(Path file) {
        String secret = SecretFile.readOrCreate(file, GENERATED_SECRET_BYTES, "a JWT signing secret");
        if (secret.length() < MIN_SECRET_BYTES) {
            throw new IllegalStateException(file + " holds a secret shorter than " + MIN_SECRET_BYTES
                    + " bytes; delete it to generate a new one (signed-in users will have to sign in again)");
        }
        return hmacKey(secret.getBytes(StandardCharsets.US_ASCII));
    }

    private static SecretKey hmacKey(byte[] bytes) { return new SecretKeySpec(bytes, "HmacSHA256"); }
}
