package video.zapcut.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuthPropertiesTest {
    private static final Duration MONTH = Duration.ofDays(30);

    @Test
    void builtInUnlessAnIssuerIsConfigured() {
        assertThat(new AuthProperties(null, null, "RS256", MONTH, 12).externalIssuer()).isFalse();
        assertThat(new AuthProperties(" ", "", "RS256", MONTH, 12).externalIssuer()).isFalse();
        assertThat(new AuthProperties("https://issuer", null, "RS256", MONTH, 12).externalIssuer()).isTrue();
    }

    @Test
    void jwksDefaultsToCognitosLocation() {
        AuthProperties cognito = new AuthProperties("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool/", null,
                "RS256", MONTH, 12);

        assertThat(cognito.effectiveJwkSetUri())
                .isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool/.well-known/jwks.json");
    }

    @Test
    void keysWithoutAnIssuerToCheckAreRefused() {
        assertThatThrownBy(() -> new AuthProperties(null, "https://keys", "RS256", MONTH, 12))
                .hasMessageContaining("zapcut.auth.issuer-uri");
    }
}
