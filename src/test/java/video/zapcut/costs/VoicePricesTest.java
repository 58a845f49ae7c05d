package video.zapcut.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The voice's billing units: priced by default, configurable, and counted as the voice capability's. */
class VoicePricesTest {
    @Test
    void voicePricesAreKnownAndBelongToTheVoiceCapability() {
        PriceTable t = PriceTable.defaults();
        assertThat(t.cost("openai", "gpt-4o-mini-tts", 1_000_000, "voice_character")).isCloseTo(1500, within(1e-6)); // $15 per million
        assertThat(t.cost("openai", "tts-1", 1_000_000, "voice_character")).isCloseTo(1500, within(1e-6));
        assertThat(t.cost("openai", "tts-1-hd", 1_000_000, "voice_character")).isCloseTo(3000, within(1e-6));
        assertThat(t.cost("openai", "gpt-4o-mini-tts-2025-12-15", 1000, "voice_character")).isCloseTo(1.5, within(1e-9));
        assertThat(t.cost("openai", "whisper-1", 60, "transcription_second")).isCloseTo(0.6, within(1e-9)); // $0.006 a minute
        assertThat(t.cost("elevenlabs", "eleven_multilingual_v2", 1000, "voice_character")).isCloseTo(30, within(1e-9));
        assertThat(PriceTable.capabilityOf("voice_character")).isEqualTo("voice");
        assertThat(PriceTable.capabilityOf("transcription_second")).isEqualTo("voice");
        assertThat(t.capabilitiesByProvider().get("elevenlabs")).containsExactly("voice");
        assertThat(t.capabilitiesByProvider().get("openai")).contains("text", "image", "voice");
    }

    @Test
    void voicePricesCanBeConfigured() {
        PriceTable t = PriceTable.defaults();
        CostsConfig.override(t, "zapcut.prices.elevenlabs.eleven_flash_v2_5.voice_character", "0.015");
        CostsConfig.override(t, "zapcut.prices.openai.whisper-1.transcription_second", "0.02");
        assertThat(t.cost("elevenlabs", "eleven_flash_v2_5", 1000, "voice_character")).isCloseTo(15, within(1e-9));
        assertThat(t.cost("openai", "whisper-1", 10, "transcription_second")).isCloseTo(0.2, within(1e-9));
    }
}
