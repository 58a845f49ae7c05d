package video.zapcut.accounts.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.function.SingletonSupplier;

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
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(JwtSigningKey.class);

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
        try {
            if (!Files.exists(file)) createSecretFile(file);
            restrictToOwner(file);
            String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (secret.length() < MIN_SECRET_BYTES) {
                throw new IllegalStateException(file + " holds a secret shorter than " + MIN_SECRET_BYTES
                        + " bytes; delete it to generate a new one (signed-in users will have to sign in again)");
            }
            return hmacKey(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the JWT secret " + file + ": " + e.getMessage(), e);
        }
    }

    /** Written to a private temporary file and moved into place, so no reader sees it half-written or world-readable. */
    private static void createSecretFile(Path file) throws IOException {
        byte[] random = new byte[GENERATED_SECRET_BYTES];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "jwt-secret", ".part",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Files.writeString(tmp, secret + "\n", StandardCharsets.US_ASCII);
            // Without REPLACE_EXISTING: if another process created the file meanwhile, its secret wins.
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("generated a JWT signing secret in {}", file);
        } catch (FileAlreadyExistsException raced) {
            log.debug("another process created {} first; using its secret", file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            log.warn("{} was readable by others; restricting it to its owner (mode 600)", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static SecretKey hmacKey(byte[] bytes) { return new SecretKeySpec(bytes, "HmacSHA256"); }
}
