package video.zapcut.media.music;

import static video.zapcut.media.music.Oscillators.decayPerSample;
import static video.zapcut.media.music.Oscillators.panLeft;
import static video.zapcut.media.music.Oscillators.panRight;
import static video.zapcut.media.music.Oscillators.sine;
import static video.zapcut.media.music.Oscillators.softClip;
import static video.zapcut.media.music.Oscillators.toSample;

/** Synthesised drum kit: every hit is a short envelope over a sine sweep and/or filtered noise. */
final class DrumVoices {
    private static final double SR = Oscillators.SAMPLE_RATE;

    private DrumVoices() {}

    /**
     * Sine whose pitch drops fast from ~160 Hz to ~48 Hz: the drop is the "punch", the tail the
     * "boom". {@code punch} (0..1) shortens the tail and adds a click for energetic tracks.
     */
    static void kick(StereoBuffer out, int start, double velocity, double punch, Noise noise) {
        double tail = 0.16 - 0.06 * punch;
        int end = Math.min(out.frames, start + toSample(7 * tail)); // 7 time constants: -60 dB, no click
        double pitchDecay = decayPerSample(0.035);
        double ampDecay = decayPerSample(tail);
        int clickLength = toSample(0.004);
        double sweepHz = 100 + 60 * punch;
        double gain = 0.85 * velocity;
        double phase = 0, pitch = 1, amp = 1;
        for (int i = start; i < end; i++) {
            int n = i - start;
            double s = sine(phase) * amp;
            if (n < clickLength) s += noise.next() * 0.3 * punch * (1 - n / (double) clickLength);
            phase += (48 + sweepHz * pitch) / SR;
            if (phase >= 1) phase -= 1;
            pitch *= pitchDecay;
            amp *= ampDecay;
            s = softClip(1.3 * s) * gain;
            out.left[i] += s;
            out.right[i] += s;
        }
    }

    /** Band-passed noise burst (the snares) over a short 185 Hz body tone (the drum shell). */
    static void snare(StereoBuffer out, int start, double velocity, Noise noise) {
        int end = Math.min(out.frames, start + toSample(0.5));
        Biquad rattle = Biquad.bandPass(3000, 0.5);
        double toneDecay = decayPerSample(0.045);
        double noiseDecay = decayPerSample(0.075);
        double increment = 185 / SR;
        double gain = 0.9 * velocity;
        double phase = 0, tone = 1, hiss = 1;
        for (int i = start; i < end; i++) {
            double s = 0.55 * tone * sine(phase) + 1.1 * hiss * rattle.process(noise.next());
            phase += increment;
            if (phase >= 1) phase -= 1;
            tone *= toneDecay;
            hiss *= noiseDecay;
            s *= gain;
            out.left[i] += s;
            out.right[i] += s;
            out.reverbSend[i] += 0.25 * s;
        }
    }

    /** High-passed noise: a short tick (closed) or a longer sizzle (open), off-centre for width. */
    static void hat(StereoBuffer out, int start, double velocity, boolean open, Noise noise) {
        double decaySeconds = open ? 0.09 : 0.02;
        // Noise has no waveform to click when cut, so -45 dB (5 time constants) is a clean end.
        int end = Math.min(out.frames, start + toSample(decaySeconds * 5));
        Biquad highPass = Biquad.highPass(7500, 0.8);
        double decay = decayPerSample(decaySeconds);
        double gain = (open ? 0.16 : 0.3) * velocity;
        double pan = open ? -0.3 : 0.35;
        double gl = panLeft(pan) * gain, gr = panRight(pan) * gain;
        double amp = 1;
        for (int i = start; i < end; i++) {
            double s = highPass.process(noise.next()) * amp;
            amp *= decay;
            out.left[i] += s * gl;
            out.right[i] += s * gr;
            out.reverbSend[i] += s * gain * 0.1;
        }
    }

    /** Long high-passed noise wash, independent per channel so it spreads across the stereo field. */
    static void crash(StereoBuffer out, int start, double velocity, Noise noise) {
        int end = Math.min(out.frames, start + toSample(3.8));
        Biquad left = Biquad.highPass(5000, 0.7);
        Biquad right = Biquad.highPass(5000, 0.7);
        double decay = decayPerSample(0.55);
        double gain = 0.14 * velocity;
        double amp = 1;
        for (int i = start; i < end; i++) {
            double l = left.process(noise.next()) * amp * gain;
            double r = right.process(noise.next()) * amp * gain;
            amp *= decay;
            out.left[i] += l;
            out.right[i] += r;
            out.reverbSend[i] += 0.15 * (l + r);
        }
    }
}
