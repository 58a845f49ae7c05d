package video.zapcut.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.function.UnaryOperator;

/** Hand-made JWTs for attacking the API: signed with any key and algorithm, unsigned, or tampered. */
final class TestTokens {
    private TestTokens() {}

    /** Claims as Zapcut issues them, valid for an hour from now. */
    static JWTClaimsSet.Builder accessClaims(String subject, String issuer) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject(subject).issuer(issuer).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600))).claim("email", "someone@example.com")
                .claim("token_use", "access");
    }

    static String sign(JWSAlgorithm algorithm, byte[] secret, JWTClaimsSet claims) {
        try {
            return sign(algorithm, new MACSigner(secret), claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(JWSAlgorithm algorithm, JWSSigner signer, JWTClaimsSet claims) {
        return sign(new JWSHeader.Builder(algorithm).build(), signer, claims);
    }

    static String sign(JWSHeader header, JWSSigner signer, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {"alg":"none"}: claims without a signature, which must never be trusted. */
    static String unsigned(JWTClaimsSet claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** The claims of a token (its payload), for reading what the server put in. */
    static JWTClaimsSet claimsOf(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet();
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    /** The same token with one bit of its signature flipped. */
    static String withFlippedSignatureBit(String token) {
        int dot = token.lastIndexOf('.');
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        signature[signature.length / 2] ^= 0x01;
        return token.substring(0, dot + 1) + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** The same token with its payload edited (and the original signature kept). */
    static String withEditedPayload(String token, UnaryOperator<String> edit) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(edit.apply(payload).getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + edited + "." + parts[2];
    }
}
