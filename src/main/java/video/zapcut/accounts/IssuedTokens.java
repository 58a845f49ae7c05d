package video.zapcut.accounts;

import java.time.Duration;

/** An access token and the refresh token that replaces it when it expires. */
public record IssuedTokens(String accessToken, String refreshToken, Duration accessTokenTtl) {
    public long expiresInSeconds() { return accessTokenTtl.toSeconds(); }

    @Override
    public String toString() { return "IssuedTokens[accessToken=***, refreshToken=***, ttl=" + accessTokenTtl + "]"; }
}
