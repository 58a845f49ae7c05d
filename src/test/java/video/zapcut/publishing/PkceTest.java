package video.zapcut.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PkceTest {

    /** RFC 7636, Appendix B: the verifier and S256 challenge the standard itself gives. */
    @Test
    void theChallengeIsTheRfcsExample() {
        Pkce p = Pkce.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        assertThat(p.challenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assertThat(Pkce.METHOD).isEqualTo("S256");
    }

    @Test
    void generatedVerifiersAreLongEnoughUnreservedAndNeverRepeat() {
        Pkce a = Pkce.generate();
        Pkce b = Pkce.generate();
        assertThat(a.verifier()).matches("[A-Za-z0-9\\-._~]{43}");
        assertThat(a.verifier()).isNotEqualTo(b.verifier());
        assertThat(a.challenge()).isEqualTo(Pkce.of(a.verifier()).challenge());
        assertThat(a.toString()).doesNotContain(a.verifier());
    }

    @Test
    void aVerifierOutsideTheRfcsAlphabetOrLengthIsRefused() {
        assertThatThrownBy(() -> Pkce.of("too-short")).hasMessageContaining("43 to 128");
        assertThatThrownBy(() -> Pkce.of("a".repeat(129))).hasMessageContaining("43 to 128");
        assertThatThrownBy(() -> Pkce.of("a".repeat(42) + "+")).hasMessageContaining("43 to 128");
    }
}
