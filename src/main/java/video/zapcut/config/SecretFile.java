package video.zapcut.config;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A random secret generated once into a file of {@code ZAPCUT_HOME} (mode 600) and read back on every
 * start, for secrets an installation needs but nobody configured: the JWT signing key, the key that
 * encrypts connected accounts' tokens. Two processes starting at once agree on one secret.
 */
public final class SecretFile {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(SecretFile.class);

    private SecretFile() {}

    /**
     * The file's secret (base64url text), generated from {@code randomBytes} random bytes when absent.
     *
     * @param what what the secret is for, in log lines and errors ("a JWT signing secret")
     */
    public static String readOrCreate(Path file, int randomBytes, String what) {
        try {
            if (!Files.exists(file)) create(file, randomBytes, what);
            restrictToOwner(file);
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Written to a private temporary file and moved into place, so no reader sees it half-written or world-readable. */
    private static void create(Path file, int randomBytes, String what) throws IOException {
        byte[] random = new byte[randomBytes];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".part",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Files.writeString(tmp, secret + "\n", StandardCharsets.US_ASCII);
            // Without REPLACE_EXISTING: if another process created the file meanwhile, its secret wins.
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("generated {} in {}", what, file);
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
}
