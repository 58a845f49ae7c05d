package video.zapcut.media.music;

/**
 * Freeverb-style room: parallel damped comb filters (the dense echoes) into series all-passes
 * (diffusion). Left and right use slightly different delay lengths so the tail is wide and
 * decorrelated. It gives the dry synth voices a space to sit in, the main thing that keeps them
 * from sounding like test tones.
 */
final class Reverb {
    /** Freeverb's delay lengths in samples at 44.1 kHz, mutually prime to avoid metallic ringing. */
    private static final int[] COMB_LENGTHS = {1116, 1188, 1277, 1356, 1422, 1491}; // combBank() is unrolled for six
    private static final int[] ALLPASS_LENGTHS = {556, 441, 341}; // diffuse() is unrolled for three
    private static final int STEREO_SPREAD = 37;
    private static final double ALLPASS_FEEDBACK = 0.5;
    /** Puts the reverb's output a little below the send's own level. */
    private static final double INPUT_GAIN = 0.05;
    private static final double PRE_DELAY_SECONDS = 0.02;

    private Reverb() {}

    /**
     * Adds the reverb of {@code bus.reverbSend} into both channels. One mono comb bank feeds two
     * all-pass chains of different lengths: that decorrelates left and right at half the cost of
     * two full reverbs.
     *
     * @param roomSize 0..1, longer tail when larger
     * @param damping  0..1, darker tail when larger (high frequencies die first, like a real room)
     */
    static void apply(StereoBuffer bus, double roomSize, double damping) {
        double[] echoes = combBank(bus.reverbSend, 0.7 + 0.28 * roomSize, damping);
        diffuse(echoes, bus.left, 0);
        diffuse(echoes, bus.right, STEREO_SPREAD);
    }

    /**
     * The six damped feedback combs, summed. Unrolled into local variables so the whole bank runs
     * in one pass with its state in registers; this loop is the reverb's main cost.
     */
    private static double[] combBank(double[] send, double feedback, double damping) {
        double[] c0 = new double[scaled(COMB_LENGTHS[0])], c1 = new double[scaled(COMB_LENGTHS[1])];
        double[] c2 = new double[scaled(COMB_LENGTHS[2])], c3 = new double[scaled(COMB_LENGTHS[3])];
        double[] c4 = new double[scaled(COMB_LENGTHS[4])], c5 = new double[scaled(COMB_LENGTHS[5])];
        int k0 = 0, k1 = 0, k2 = 0, k3 = 0, k4 = 0, k5 = 0;
        double f0 = 0, f1 = 0, f2 = 0, f3 = 0, f4 = 0, f5 = 0; // each comb's damping low-pass state
        int preDelay = Oscillators.toSample(PRE_DELAY_SECONDS);
        double[] echoes = new double[send.length];
        for (int i = 0; i < send.length; i++) {
            double in = i >= preDelay ? send[i - preDelay] * INPUT_GAIN : 0;
            double d0 = c0[k0], d1 = c1[k1], d2 = c2[k2], d3 = c3[k3], d4 = c4[k4], d5 = c5[k5];
            f0 = d0 + damping * (f0 - d0);
            f1 = d1 + damping * (f1 - d1);
            f2 = d2 + damping * (f2 - d2);
            f3 = d3 + damping * (f3 - d3);
            f4 = d4 + damping * (f4 - d4);
            f5 = d5 + damping * (f5 - d5);
            c0[k0] = in + f0 * feedback;
            c1[k1] = in + f1 * feedback;
            c2[k2] = in + f2 * feedback;
            c3[k3] = in + f3 * feedback;
            c4[k4] = in + f4 * feedback;
            c5[k5] = in + f5 * feedback;
            if (++k0 == c0.length) k0 = 0;
            if (++k1 == c1.length) k1 = 0;
            if (++k2 == c2.length) k2 = 0;
            if (++k3 == c3.length) k3 = 0;
            if (++k4 == c4.length) k4 = 0;
            if (++k5 == c5.length) k5 = 0;
            echoes[i] = d0 + d1 + d2 + d3 + d4 + d5;
        }
        return echoes;
    }

    /** Runs the echoes through the three series all-passes and adds the result to one channel. */
    private static void diffuse(double[] echoes, double[] out, int spread) {
        double[] l0 = new double[scaled(ALLPASS_LENGTHS[0] + spread)];
        double[] l1 = new double[scaled(ALLPASS_LENGTHS[1] + spread)];
        double[] l2 = new double[scaled(ALLPASS_LENGTHS[2] + spread)];
        int k0 = 0, k1 = 0, k2 = 0;
        for (int i = 0; i < out.length; i++) {
            double x = echoes[i];
            double d = l0[k0];
            l0[k0] = x + d * ALLPASS_FEEDBACK;
            x = d - x;
            if (++k0 == l0.length) k0 = 0;
            d = l1[k1];
            l1[k1] = x + d * ALLPASS_FEEDBACK;
            x = d - x;
            if (++k1 == l1.length) k1 = 0;
            d = l2[k2];
            l2[k2] = x + d * ALLPASS_FEEDBACK;
            x = d - x;
            if (++k2 == l2.length) k2 = 0;
            out[i] += x;
        }
    }

    private static int scaled(int samplesAt44k) {
        return (int) Math.round(samplesAt44k * Oscillators.SAMPLE_RATE / 44_100.0);
    }
}
