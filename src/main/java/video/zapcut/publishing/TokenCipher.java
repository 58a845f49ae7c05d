package video.zapcut.publishing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import video.zapcut.config.SecretFile;

/**
 * Encrypts connected accounts' OAuth tokens at rest with AES-256-GCM. The key is the configured one
 * ({@code ZAPCUT_TOKEN_KEY}, 32 bytes in base64) or one generated once into
 * {@code ZAPCUT_HOME/token-key}. Each value gets a fresh 96-bit nonce; the row it belongs to (e.g. the
 * connection's id and which token) is bound as associated data, so a ciphertext copied into another
 * row or column does not decrypt. Stored as {@code v1.<base64url(nonce | ciphertext | tag)>}.
 */
public final class TokenCipher {
    private static final String VERSION = "v1.";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    TokenCipher(byte[] key) {
        if (key.length != KEY_BYTES) throw new IllegalStateException("the token key must be " + KEY_BYTES + " bytes, not " + key.length);
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The configured key when there is one, else the installation's own, generated on first use. */
    public static TokenCipher from(String configuredKey, Path keyFile) {
        String encoded = configuredKey != null && !configuredKey.isBlank() ? configuredKey.strip()
                : SecretFile.readOrCreate(keyFile, KEY_BYTES, "a key for connected accounts' tokens");
        byte[] key;
        try {
            key = decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the token key (ZAPCUT_TOKEN_KEY or " + keyFile + ") is not base64", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("the token key (ZAPCUT_TOKEN_KEY or " + keyFile + ") is " + key.length + " bytes; AES-256 needs "
                    + KEY_BYTES + " (for example: openssl rand -base64 32)");
        }
        return new TokenCipher(key);
    }

    /** @param boundTo what the value belongs to (e.g. {@code "connection:<id>:refresh"}); the same must be given to decrypt it */
    public String encrypt(String token, String boundTo) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** The token; fails (without saying anything of the value) if it was changed, bound to something else or sealed with another key. */
    public String decrypt(String stored, String boundTo) {
        if (stored == null || !stored.startsWith(VERSION)) throw new TokenUnreadable("not a token sealed by this version of Zapcut");
        try {
            byte[] all = Base64.getUrlDecoder().decode(stored.substring(VERSION.length()));
            if (all.length <= NONCE_BYTES) throw new TokenUnreadable("the sealed token is too short");
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            c.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new TokenUnreadable("the sealed token does not open with this key for this connection (changed, moved or another key)");
        }
    }

    private static byte[] decode(String s) {
        return s.contains("+") || s.contains("/") ? Base64.getDecoder().decode(s) : Base64.getUrlDecoder().decode(s);
    }

    /** A stored token that cannot be opened: the user must connect the account again. */
    public static final class TokenUnreadable extends RuntimeException {
        TokenUnreadable(String message) { super(message); }
    }
}
