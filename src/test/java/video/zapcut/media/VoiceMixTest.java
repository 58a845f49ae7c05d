package video.zapcut.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.ai.VoiceModel;
import video.zapcut.ai.local.FestivalVoiceModel;
import video.zapcut.testing.Ffprobe;

/**
 * The voice over ducked music, with Festival's real voice: measured with Debian's FFmpeg, where the voice
 * speaks is found in the voice stem by silence detection, not read back from the timings that were used.
 */
class VoiceMixTest {
    @TempDir
    Path dir;

    @Test
    void theVoiceLeadsTheMusicByTenDecibelsWhileItSpeaksAndTheMixMeetsTheLoudnessTarget() {
        // Loud, busy music: pink noise mastered like the music stage does, so ducking has work to do.
        Path raw = dir.resolve("raw.wav");
        AdFixtures.FFMPEG.run(List.of("-y", "-f", "lavfi", "-i", "anoisesrc=color=pink:amplitude=0.5:duration=12:sample_rate=48000",
                "-ac", "2", raw.toString()));
        Path music = dir.resolve("music.wav");
        new AudioMaster(AdFixtures.FFMPEG).master(raw, music, -14);
        FestivalVoiceModel festival = new FestivalVoiceModel();
        VoiceModel.Speech a = festival.speak(new VoiceModel.SpeechRequest("Meet Luna Cold Brew.", null, null), dir.resolve("a.wav"));
        VoiceModel.Speech b = festival.speak(new VoiceModel.SpeechRequest("Calm energy for busy mornings, 12 ounces.", null, null),
                dir.resolve("b.wav"));
        List<VoiceMix.Line> lines = List.of(
                new VoiceMix.Line(a.file(), 1.0, a.words().getFirst().start(), a.words().getLast().end()),
                new VoiceMix.Line(b.file(), 6.0, b.words().getFirst().start(), b.words().getLast().end()));

        VoiceMix.Mixed mixed = new VoiceMix(AdFixtures.FFMPEG).mix(music, lines, 12.0, dir.resolve("mix"), -14);

        double[] loudness = Ffprobe.loudness(mixed.soundtrack());
        assertThat(loudness[0]).as("integrated loudness, LUFS").isBetween(-15.0, -13.0);
        assertThat(loudness[1]).as("true peak, dBTP").isLessThan(-1.0);

        List<double[]> speech = Ffprobe.soundStretches(mixed.voiceStem(), 0.25);
        assertThat(speech).as("stretches of speech found in the voice stem").hasSizeGreaterThanOrEqualTo(2);
        float[] voice = Ffprobe.samples(mixed.voiceStem(), 1);
        float[] bed = Ffprobe.samples(mixed.musicBed(), 1);
        for (double[] s : speech) {
            double end = Math.min(s[1], 12.0);
            double lead = db(rms(voice, s[0], end)) - db(rms(bed, s[0], end));
            assertThat(lead).as("voice over music from %.2f to %.2f s", s[0], s[1]).isGreaterThanOrEqualTo(10.0);
        }
        // Away from the voice the music plays at its own level: not ducked.
        float[] original = Ffprobe.samples(music, 1);
        assertThat(Math.abs(db(rms(bed, 3.5, 5.0)) - db(rms(original, 3.5, 5.0)))).isLessThan(0.3);
        assertThat(Math.abs(db(rms(bed, 10.8, 11.8)) - db(rms(original, 10.8, 11.8)))).isLessThan(0.3);
        assertThat(mixed.voiceLeadDb()).isGreaterThanOrEqualTo(10.0);
    }

    static double rms(float[] s, double from, double to) {
        int a = (int) (from * 48000), b = Math.min(s.length, (int) (to * 48000));
        double sum = 0;
        for (int i = a; i < b; i++) sum += s[i] * s[i];
        return Math.sqrt(sum / Math.max(1, b - a));
    }

    static double db(double rms) { return 20 * Math.log10(Math.max(rms, 1e-9)); }
}
