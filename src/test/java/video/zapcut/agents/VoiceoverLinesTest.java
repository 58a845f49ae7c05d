package video.zapcut.agents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VoiceoverLinesTest {
    @Test
    void theBudgetFollowsTheSceneAndAShortSceneBreathes() {
        assertThat(VoiceoverLines.wordBudget(6.0)).isEqualTo(12);
        assertThat(VoiceoverLines.wordBudget(3.0)).isEqualTo(5);
        assertThat(VoiceoverLines.wordBudget(1.5)).isZero();
        assertThat(VoiceoverLines.room(6.0)).isEqualTo(6.0 - VoiceoverLines.LEAD_IN_SECONDS - VoiceoverLines.TAIL_SECONDS);
    }

    @Test
    void aLongLineIsCutAtAClauseThatFitsElseBetweenWordsNeverOnALittleWord() {
        assertThat(VoiceoverLines.shorten("Start every morning with a smooth, naturally sweet ritual.", 6))
                .isEqualTo("Start every morning with a smooth.");
        assertThat(VoiceoverLines.shorten("Calm energy for busy professionals who never stop", 4)).isEqualTo("Calm energy.");
        assertThat(VoiceoverLines.shorten("Meet Luna.", 4)).isEqualTo("Meet Luna.");
        assertThat(VoiceoverLines.shorten("Anything at all", 0)).isEmpty();
        assertThat(VoiceoverLines.fit("Made for busy professionals who want calm energy every day.", 3.0)).isEqualTo("Made for busy professionals.");
    }
}
