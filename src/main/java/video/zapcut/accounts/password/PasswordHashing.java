package video.zapcut.accounts.password;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.ClassUtils;

/**
 * Chooses how passwords are hashed. Argon2id when BouncyCastle (which Spring's
 * {@link Argon2PasswordEncoder} needs) is on the classpath, otherwise BCrypt over a digest (see
 * {@link PrehashedBCryptPasswordEncoder}); docs/decisions.md records why. Hashes carry their scheme
 * as a prefix ({@code {argon2}...}, {@code {bcrypt-sha256}...}), so adding BouncyCastle later moves
 * new accounts to Argon2 while existing BCrypt hashes still verify.
 */
public final class PasswordHashing {
    static final String BOUNCY_CASTLE_ARGON2 = "org.bouncycastle.crypto.generators.Argon2BytesGenerator";
    public static final String ARGON2 = "argon2";
    public static final String BCRYPT_SHA256 = "bcrypt-sha256";

    private PasswordHashing() {}

    public static boolean argon2Available() {
        return ClassUtils.isPresent(BOUNCY_CASTLE_ARGON2, PasswordHashing.class.getClassLoader());
    }

    /** @param bcryptStrength BCrypt's log2 work factor (4..31); 12 takes about a quarter of a second */
    public static PasswordEncoder encoder(int bcryptStrength) {
        Map<String, PasswordEncoder> schemes = new LinkedHashMap<>();
        schemes.put(BCRYPT_SHA256, new PrehashedBCryptPasswordEncoder(bcryptStrength));
        boolean argon2 = argon2Available();
        if (argon2) schemes.put(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        return new DelegatingPasswordEncoder(argon2 ? ARGON2 : BCRYPT_SHA256, schemes);
    }
}
