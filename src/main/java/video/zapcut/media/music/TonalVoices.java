package video.zapcut.media.music;

import static video.zapcut.media.music.Oscillators.decayPerSample;
import static video.zapcut.media.music.Oscillators.decayTo60dB;
import static video.zapcut.media.music.Oscillators.midiToHz;
import static video.zapcut.media.music.Oscillators.onePole;
import static video.zapcut.media.music.Oscillators.onePoleFast;
import static video.zapcut.media.music.Oscillators.panLeft;
import static video.zapcut.media.music.Oscillators.panRight;
import static video.zapcut.media.music.Oscillators.saw;
import static video.zapcut.media.music.Oscillators.sine;
import static video.zapcut.media.music.Oscillators.smoothStep;
import static video.zapcut.media.music.Oscillators.softClip;
import static video.zapcut.media.music.Oscillators.toSample;
import static video.zapcut.media.music.Oscillators.triangle;
import static video.zapcut.media.music.Oscillators.wrap;

import java.util.List;
import java.util.SplittableRandom;
import video.zapcut.media.music.Score.Note;
import video.zapcut.media.music.Score.PadChord;

/**
 * Pitched instruments. Each method adds one event into the bus with its own envelope; all state
 * lives in local variables, so nothing is allocated per sample. Gains are relative: the mixer
 * normalises the sum.
 */
final class TonalVoices {
    private static final double SR = Oscillators.SAMPLE_RATE;

    private TonalVoices() {}

    /**
     * Three detuned saw/triangle voices per chord tone, spread left-centre-right, through a 12 dB
     * low-pass: the slow beating between voices gives the wide, moving "pad" sound. The filter is
     * linear, so the whole chord shares one envelope and one filter per channel; only the
     * oscillators run per voice.
     */
    static void pad(StereoBuffer out, PadChord chord, Mood mood, SplittableRandom phases) {
        int start = toSample(chord.startSeconds());
        int holdEnd = Math.min(out.frames, toSample(chord.startSeconds() + chord.durationSeconds()));
        int end = Math.min(out.frames, holdEnd + toSample(mood.padReleaseSeconds()));
        int attack = Math.max(1, toSample(Math.min(mood.padAttackSeconds(), 0.5 * chord.durationSeconds())));
        double release = decayTo60dB(mood.padReleaseSeconds());
        double lowPass = onePole(Math.min(chord.cutoffHz(), 12_000));
        double sawShare = 0.2 + 0.6 * mood.brightness();
        double triShare = 1 - sawShare;
        double gain = chord.velocity() * 0.33 / Math.sqrt(chord.midis().length);
        // Voices 0, 1, 2 of each note sit left, centre, right; constant power across the spread.
        double outer = panRight(0.7) * gain, inner = panLeft(0.7) * gain, centre = panLeft(0) * gain;
        double send = mood.reverbMix();

        int voices = 3 * chord.midis().length;
        double[] increment = new double[voices];
        double[] phase = new double[voices];
        for (int n = 0; n < chord.midis().length; n++) {
            for (int v = 0; v < 3; v++) {
                increment[3 * n + v] = midiToHz(chord.midis()[n] + (v - 1) * mood.detuneCents() / 100) / SR;
                phase[3 * n + v] = phases.nextDouble();
            }
        }
        double l1 = 0, l2 = 0, r1 = 0, r2 = 0, env = 0;
        for (int i = start; i < end; i++) {
            int n = i - start;
            if (i < holdEnd) env = n < attack ? smoothStep(n / (double) attack) : 1;
            else env *= release;
            double low = 0, mid = 0, high = 0;
            for (int v = 0; v < voices; v += 3) {
                low += voice(phase, increment, v, sawShare, triShare);
                mid += voice(phase, increment, v + 1, sawShare, triShare);
                high += voice(phase, increment, v + 2, sawShare, triShare);
            }
            double left = (outer * low + centre * mid + inner * high) * env;
            double right = (inner * low + centre * mid + outer * high) * env;
            l1 += lowPass * (left - l1);
            l2 += lowPass * (l1 - l2);
            r1 += lowPass * (right - r1);
            r2 += lowPass * (r1 - r2);
            out.left[i] += l2;
            out.right[i] += r2;
            out.reverbSend[i] += (l2 + r2) * send;
        }
    }

    /** One pad oscillator's sample; advances its phase. */
    private static double voice(double[] phase, double[] increment, int v, double sawShare, double triShare) {
        double p = phase[v];
        double s = sawShare * saw(p, increment[v]) + triShare * triangle(p);
        p += increment[v];
        phase[v] = p >= 1 ? p - 1 : p;
        return s;
    }

    /**
     * Sine bass with an octave harmonic, gently saturated so its overtones carry on small speakers.
     * Played monophonically like a real bass synth: each note takes over the previous one's phase
     * and level instead of overlapping it, so consecutive notes never beat against each other and
     * the low end stays tight. Energetic tracks get a fast, plucky envelope; calm ones a soft one.
     *
     * @param notes in time order
     */
    static void bass(StereoBuffer out, List<Note> notes, Mood mood) {
        double calm = 1 - mood.drive();
        double releaseSeconds = 0.04 + 0.15 * calm;
        int tail = toSample(releaseSeconds * 6.9); // -60 dB
        int attack = Math.max(1, toSample(0.004 + 0.03 * calm));
        double decay = decayPerSample(0.3 + 1.5 * calm);
        double release = decayPerSample(releaseSeconds);
        double sustain = 0.55;
        double phase = 0, level = 0; // level: the envelope including the note's gain
        for (int k = 0; k < notes.size(); k++) {
            Note note = notes.get(k);
            int start = toSample(note.startSeconds());
            int holdEnd = Math.min(out.frames, toSample(note.startSeconds() + note.durationSeconds()));
            int next = k + 1 < notes.size() ? toSample(notes.get(k + 1).startSeconds()) : out.frames;
            int end = Math.min(Math.min(out.frames, next), holdEnd + tail);
            double gain = 0.32 * note.velocity();
            double increment = midiToHz(note.midi()) / SR;
            double from = level, body = 1;
            for (int i = start; i < end; i++) {
                int n = i - start;
                if (i < holdEnd) {
                    double target = (sustain + (1 - sustain) * body) * gain;
                    level = n < attack ? from + (target - from) * n / attack : target;
                    body *= decay;
                } else {
                    level *= release;
                }
                double fundamental = sine(phase);
                // 2 sin^2 - 1 = -cos(2 phase): the octave harmonic without a second table look-up.
                double s = fundamental + 0.3 * (2 * fundamental * fundamental - 1);
                phase += increment;
                if (phase >= 1) phase -= 1;
                s = softClip(1.4 * s) * level;
                out.left[i] += s;
                out.right[i] += s;
            }
            if (end < next) level = 0; // a rest: the tail has died away
        }
    }

    static void lead(StereoBuffer out, Note note, Mood mood) {
        switch (mood.lead()) {
            case SOFT -> softLead(out, note, mood);
            case BELL -> bellLead(out, note, mood);
            case PLUCK -> pluckLead(out, note, mood);
        }
    }

    /** Flute-like: sine plus a breath of harmonics, with vibrato that only sets in on long notes. */
    private static void softLead(StereoBuffer out, Note note, Mood mood) {
        int start = toSample(note.startSeconds());
        int holdEnd = Math.min(out.frames, toSample(note.startSeconds() + note.durationSeconds()));
        int end = Math.min(out.frames, holdEnd + toSample(0.6));
        int attack = toSample(0.05);
        int vibratoDelay = toSample(0.3);
        double vibratoRamp = 1.0 / toSample(0.4);
        double release = decayPerSample(0.09);
        double increment = midiToHz(note.midi()) / SR;
        double vibratoIncrement = 5.0 / SR;
        double gain = 0.18 * note.velocity();
        double gl = panLeft(note.pan()) * gain, gr = panRight(note.pan()) * gain;
        double send = 1.2 * mood.reverbMix() * gain;
        double phase = 0, vibratoPhase = 0, env = 0;
        for (int i = start; i < end; i++) {
            int n = i - start;
            if (i < holdEnd) env = n < attack ? smoothStep(n / (double) attack) : 1;
            else env *= release;
            double depth = n < vibratoDelay ? 0 : Math.min(1, (n - vibratoDelay) * vibratoRamp) * 0.0035;
            double f = sine(phase);
            // Harmonics as polynomials of the fundamental: 1 - 2f^2 = cos 2x, 3f - 4f^3 = sin 3x.
            double s = f + 0.18 * (1 - 2 * f * f) + 0.05 * f * (3 - 4 * f * f);
            phase += increment * (1 + depth * sine(vibratoPhase));
            if (phase >= 1) phase -= 1;
            vibratoPhase += vibratoIncrement;
            if (vibratoPhase >= 1) vibratoPhase -= 1;
            s *= env;
            out.left[i] += s * gl;
            out.right[i] += s * gr;
            out.reverbSend[i] += s * send;
        }
    }

    /**
     * Two-operator FM, electric-piano style: the modulation index starts high (bright, glassy
     * attack) and decays, leaving a round tone; a fast-fading high partial adds the "tine".
     */
    private static void bellLead(StereoBuffer out, Note note, Mood mood) {
        int start = toSample(note.startSeconds());
        int holdEnd = Math.min(out.frames, toSample(note.startSeconds() + note.durationSeconds()));
        int end = Math.min(out.frames, holdEnd + toSample(0.8));
        int attack = toSample(0.003);
        double amplitudeDecay = decayPerSample(1.1);
        double indexDecay = decayPerSample(0.35);
        double tineDecay = decayPerSample(0.05);
        double release = decayPerSample(0.12);
        double hz = midiToHz(note.midi());
        double increment = hz / SR;
        double tineIncrement = hz * 14 < 18_000 ? hz * 14 / SR : 0;
        double gain = 0.26 * note.velocity();
        double gl = panLeft(note.pan()) * gain, gr = panRight(note.pan()) * gain;
        double send = 1.3 * mood.reverbMix() * gain;
        double phase = 0, tinePhase = 0, body = 1, index = 1, tine = 1, env = 0;
        for (int i = start; i < end; i++) {
            int n = i - start;
            if (i < holdEnd) env = n < attack ? body * n / attack : body;
            else env *= release;
            body *= amplitudeDecay;
            double modulation = (0.04 + 0.26 * index) * sine(phase); // in cycles: 0.26 ~ 1.6 rad
            double s = sine(wrap(phase + modulation)) + 0.12 * tine * sine(tinePhase);
            index *= indexDecay;
            tine *= tineDecay;
            phase += increment;
            if (phase >= 1) phase -= 1;
            tinePhase += tineIncrement;
            if (tinePhase >= 1) tinePhase -= 1;
            s *= env;
            out.left[i] += s * gl;
            out.right[i] += s * gr;
            out.reverbSend[i] += s * send;
        }
    }

    /** Saw through a low-pass whose cutoff snaps shut after the attack: a synth pluck. */
    private static void pluckLead(StereoBuffer out, Note note, Mood mood) {
        int start = toSample(note.startSeconds());
        int holdEnd = Math.min(out.frames, toSample(note.startSeconds() + note.durationSeconds()));
        int end = Math.min(out.frames, holdEnd + toSample(0.4));
        int attack = toSample(0.002);
        double amplitudeDecay = decayPerSample(0.25);
        // The filter sweep is slow next to the sample rate: recompute its coefficient every 16 samples.
        double cutoffDecay = decayPerSample(0.12 / 16);
        double release = decayPerSample(0.06);
        double hz = midiToHz(note.midi());
        double increment = hz / SR;
        double openHz = hz * (2 + 10 * mood.brightness());
        double sustain = 0.35;
        double gain = 0.36 * note.velocity();
        double gl = panLeft(note.pan()) * gain, gr = panRight(note.pan()) * gain;
        double send = 1.2 * mood.reverbMix() * gain;
        double phase = 0, body = 1, cutoff = 1, lp1 = 0, lp2 = 0, env = 0, a = 0;
        for (int i = start; i < end; i++) {
            int n = i - start;
            double shape = sustain + (1 - sustain) * body;
            if (i < holdEnd) env = n < attack ? shape * n / attack : shape;
            else env *= release;
            body *= amplitudeDecay;
            if ((n & 15) == 0) {
                a = onePoleFast(Math.min(16_000, hz * 1.2 + openHz * cutoff));
                cutoff *= cutoffDecay;
            }
            double osc = saw(phase, increment);
            phase += increment;
            if (phase >= 1) phase -= 1;
            lp1 += a * (osc - lp1);
            lp2 += a * (lp1 - lp2);
            double s = lp2 * env;
            out.left[i] += s * gl;
            out.right[i] += s * gr;
            out.reverbSend[i] += s * send;
        }
    }
}
