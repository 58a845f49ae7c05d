package video.zapcut.media.music;

/**
 * Allocation-free building blocks for the voices. Transcendental functions are only evaluated
 * with {@link StrictMath} at set-up time (tables, coefficients) so the output is bit-identical on
 * every JVM and CPU; per-sample code uses table look-ups and arithmetic only.
 */
final class Oscillators {
    static final int SAMPLE_RATE = MusicSynthesizer.SAMPLE_RATE;
    private static final int TABLE_SIZE = 4096;
    private static final double[] SINE = new double[TABLE_SIZE + 1];

    static {
        for (int i = 0; i <= TABLE_SIZE; i++) SINE[i] = StrictMath.sin(2 * StrictMath.PI * i / TABLE_SIZE);
    }

    private Oscillators() {}

    /** sin(2 pi phase) for phase in [0, 1), from a linearly interpolated table (error ~1e-6). */
    static double sine(double phase) {
        double x = phase * TABLE_SIZE;
        int i = (int) x;
        double frac = x - i;
        return SINE[i] + frac * (SINE[i + 1] - SINE[i]);
    }

    /** Brings any phase back into [0, 1). */
    static double wrap(double phase) { return phase - Math.floor(phase); }

    /** Sawtooth with a polyBLEP-smoothed jump, which removes most of the aliasing of a naive saw. */
    static double saw(double phase, double increment) {
        return 2 * phase - 1 - polyBlep(phase, increment);
    }

    private static double polyBlep(double t, double dt) {
        if (t < dt) {
            double x = t / dt;
            return x + x - x * x - 1;
        }
        if (t > 1 - dt) {
            double x = (t - 1) / dt;
            return x * x + x + x + 1;
        }
        return 0;
    }

    /** Triangle, -1..1; its harmonics fall off fast, so the naive form barely aliases. */
    static double triangle(double phase) { return 4 * Math.abs(phase - 0.5) - 1; }

    static double midiToHz(double midi) { return 440 * StrictMath.pow(2, (midi - 69) / 12); }

    /** Per-sample multiplier of an exponential decay with time constant {@code seconds}. */
    static double decayPerSample(double seconds) { return StrictMath.exp(-1 / (seconds * SAMPLE_RATE)); }

    /** Per-sample multiplier that makes a decay reach -60 dB after {@code seconds}. */
    static double decayTo60dB(double seconds) { return decayPerSample(seconds / 6.9078); }

    /** Smoothing factor of a one-pole low-pass at {@code hz}. */
    static double onePole(double hz) { return 1 - StrictMath.exp(-2 * StrictMath.PI * hz / SAMPLE_RATE); }

    /** Cheap stand-in for {@link #onePole} when the cutoff moves every sample (w/(1+w) ~ 1-e^-w). */
    static double onePoleFast(double hz) {
        double w = 2 * Math.PI * hz / SAMPLE_RATE;
        return w / (1 + w);
    }

    /** tanh-like soft clipper (Pade approximant): linear near 0, reaches exactly +-1 at +-3. */
    static double softClip(double x) {
        if (x >= 3) return 1;
        if (x <= -3) return -1;
        double x2 = x * x;
        return x * (27 + x2) / (27 + 9 * x2);
    }

    /** 0..1 S-curve: envelopes that start and end without a corner sound smoother. */
    static double smoothStep(double x) { return x * x * (3 - 2 * x); }

    static int toSample(double seconds) { return (int) Math.round(seconds * SAMPLE_RATE); }

    /** Constant-power pan gain for the left channel; {@code pan} -1 (left) .. 1 (right). */
    static double panLeft(double pan) { return StrictMath.cos((pan + 1) * StrictMath.PI / 4); }

    static double panRight(double pan) { return StrictMath.sin((pan + 1) * StrictMath.PI / 4); }
}
