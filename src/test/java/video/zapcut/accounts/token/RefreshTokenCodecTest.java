package video.zapcut.accounts.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RefreshTokenCodecTest {

    @Test
    void tokensCarry256RandomBits() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) tokens.add(RefreshTokenCodec.newToken());

        assertThat(tokens).hasSize(1000);
        assertThat(Base64.getUrlDecoder().decode(tokens.iterator().next())).hasSize(32);
    }

    @Test
    void theStoredHashIsSha256Hex() {
        // SHA-256("abc"), from FIPS 180-2.
        assertThat(RefreshTokenCodec.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
