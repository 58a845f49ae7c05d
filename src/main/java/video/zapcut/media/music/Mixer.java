package video.zapcut.media.music;

/**
 * Turns the dry bus into the finished 16-bit stereo master: reverb, soft saturation, fades and
 * peak normalisation. Loudness (LUFS) is left to the FFmpeg stage. There is no DC filter because
 * every oscillator and the noise are zero-mean. Saturation and fades share one pass so the
 * (up to 23 MB per channel) buffers are walked as few times as possible.
 */
final class Mixer {
    /** -3 dBFS: headroom for the later loudness normalisation and lossy encoding. */
    static final double TARGET_PEAK = 0.7079457843841379;
    /** Even without a requested fade the ends get this ramp, so the track never starts or stops on a click. */
    private static final double DECLICK_SECONDS = 0.005;

    private Mixer() {}

    /** Masters the bus in place and returns interleaved left/right 16-bit samples. */
    static short[] master(StereoBuffer bus, Mood mood, double fadeInSeconds, double fadeOutSeconds) {
        Reverb.apply(bus, 0.85 - 0.25 * mood.drive(), 0.45);
        double peak = peak(bus);
        if (peak == 0) return new short[2 * bus.frames];
        int fadeIn = Math.min(bus.frames, Oscillators.toSample(Math.max(DECLICK_SECONDS, fadeInSeconds)));
        int fadeOut = Math.min(bus.frames, Oscillators.toSample(Math.max(DECLICK_SECONDS, fadeOutSeconds)));
        double masterPeak = saturateAndFade(bus, mood.saturationDrive() / peak, fadeIn, fadeOut);
        return toPcm16(bus, masterPeak == 0 ? 0 : TARGET_PEAK / masterPeak);
    }

    /**
     * Drives the mix into a tanh-like curve (the loudest sample lands at {@code gain * peak} =
     * the mood's drive): quiet material stays linear, drum peaks get rounded off, which glues an
     * energetic mix; calm mixes (drive ~1) are barely touched. Then applies raised-cosine fades,
     * which start and end with zero slope so neither end has an audible corner, and the fade-out
     * reaches true silence on the last sample. Returns the resulting peak.
     */
    private static double saturateAndFade(StereoBuffer bus, double gain, int fadeIn, int fadeOut) {
        double[] left = bus.left, right = bus.right;
        double peak = 0;
        for (int i = 0; i < bus.frames; i++) {
            double l = Oscillators.softClip(left[i] * gain);
            double r = Oscillators.softClip(right[i] * gain);
            double g = 1;
            int fromEnd = bus.frames - 1 - i;
            if (i < fadeIn) g = raisedCosine(i / (double) fadeIn);
            if (fromEnd < fadeOut) g *= raisedCosine(fromEnd / (double) fadeOut);
            l *= g;
            r *= g;
            left[i] = l;
            right[i] = r;
            peak = Math.max(peak, Math.max(Math.abs(l), Math.abs(r)));
        }
        return peak;
    }

    /** 0 at x = 0 rising to 1 at x = 1 along half a cosine: (1 - cos(pi x)) / 2. */
    private static double raisedCosine(double x) {
        return 0.5 - 0.5 * Oscillators.sine(0.25 + 0.5 * x); // sin(2 pi (1/4 + x/2)) = cos(pi x)
    }

    private static double peak(StereoBuffer bus) {
        double peak = 0;
        for (int i = 0; i < bus.frames; i++) peak = Math.max(peak, Math.max(Math.abs(bus.left[i]), Math.abs(bus.right[i])));
        return peak;
    }

    private static short[] toPcm16(StereoBuffer bus, double gain) {
        short[] pcm = new short[2 * bus.frames];
        double scale = gain * 32767;
        for (int i = 0, j = 0; i < bus.frames; i++) {
            pcm[j++] = quantise(bus.left[i] * scale);
            pcm[j++] = quantise(bus.right[i] * scale);
        }
        return pcm;
    }

    /** Rounds half away from zero; the clamp only guards against rounding at exactly full scale. */
    private static short quantise(double value) {
        int v = (int) (value + (value >= 0 ? 0.5 : -0.5));
        return (short) Math.max(-32768, Math.min(32767, v));
    }
}
