package video.zapcut.accounts.password;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt over an HMAC-SHA256 digest of the password. BCrypt reads at most 72 bytes (Spring
 * Security refuses longer input) while the policy allows 128 characters, up to 512 bytes in UTF-8;
 * the digest lets every character count. It is Base64-encoded (44 ASCII bytes) because BCrypt
 * stops at a NUL byte. The HMAC key is not a secret: it only makes the digests differ from plain
 * SHA-256 lists leaked elsewhere, so those cannot be tested against our BCrypt hashes ("shucking").
 */
public final class PrehashedBCryptPasswordEncoder implements PasswordEncoder {
    private static final SecretKeySpec DOMAIN_KEY =
            new SecretKeySpec("zapcut/password-prehash/v1".getBytes(StandardCharsets.US_ASCII), "HmacSHA256");
    private final BCryptPasswordEncoder bcrypt;

    public PrehashedBCryptPasswordEncoder(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(prehash(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bcrypt.matches(prehash(rawPassword), encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private static String prehash(CharSequence password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(DOMAIN_KEY);
            byte[] digest = mac.doFinal(password.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
