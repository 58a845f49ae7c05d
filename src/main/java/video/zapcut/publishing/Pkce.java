package video.zapcut.publishing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636) with the S256 method, which both X and LinkedIn take: a
 * random verifier kept on the server with the state, and its SHA-256 challenge sent in the
 * authorize URL. The code is then worthless to anyone who intercepts it without the verifier.
 */
public record Pkce(String verifier, String challenge) {
    /** 32 random bytes give a 43-character verifier, the shortest RFC 7636 allows and plenty of entropy. */
    private static final int VERIFIER_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static final String METHOD = "S256";

    public static Pkce generate() {
        byte[] random = new byte[VERIFIER_BYTES];
        RANDOM.nextBytes(random);
        return of(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** The pair for a given verifier: 43 to 128 characters of [A-Z a-z 0-9 - . _ ~] (RFC 7636, section 4.1). */
    public static Pkce of(String verifier) {
        if (verifier == null || !verifier.matches("[A-Za-z0-9\\-._~]{43,128}")) {
            throw new IllegalArgumentException("a PKCE verifier is 43 to 128 characters of A-Z, a-z, 0-9, '-', '.', '_' and '~'");
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Never the verifier: it is a secret until the token exchange. */
    @Override
    public String toString() { return "Pkce[challenge=" + challenge + "]"; }
}
