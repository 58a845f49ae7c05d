package video.zapcut.media.music;

import java.util.SplittableRandom;
import video.zapcut.media.music.Score.DrumHit;
import video.zapcut.media.music.Score.Note;
import video.zapcut.media.music.Score.PadChord;

/** Plays a {@link Score} into a dry mix bus (reverb send included), event by event. */
final class Performer {
    private Performer() {}

    static StereoBuffer perform(Score score, Mood mood, long seed, int frames) {
        StereoBuffer bus = new StereoBuffer(frames);
        SplittableRandom padPhases = new SplittableRandom(seed ^ 0x7061647068617365L);
        for (PadChord chord : score.pads()) TonalVoices.pad(bus, chord, mood, padPhases);
        TonalVoices.bass(bus, score.bass(), mood);
        for (Note note : score.lead()) TonalVoices.lead(bus, note, mood);
        Noise noise = new Noise(seed);
        for (DrumHit hit : score.drums()) {
            int start = Oscillators.toSample(hit.timeSeconds());
            if (start >= frames) continue;
            switch (hit.drum()) {
                case KICK -> DrumVoices.kick(bus, start, hit.velocity(), mood.drive(), noise);
                case SNARE -> DrumVoices.snare(bus, start, hit.velocity(), noise);
                case CLOSED_HAT -> DrumVoices.hat(bus, start, hit.velocity(), false, noise);
                case OPEN_HAT -> DrumVoices.hat(bus, start, hit.velocity(), true, noise);
                case CRASH -> DrumVoices.crash(bus, start, hit.velocity(), noise);
            }
        }
        return bus;
    }
}
