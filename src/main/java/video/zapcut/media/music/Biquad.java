package video.zapcut.media.music;

/** RBJ-cookbook biquad (direct form I) for the drum filters, where one-poles are too gentle. */
final class Biquad {
    private final double b0, b1, b2, a1, a2;
    private double x1, x2, y1, y2;

    private Biquad(double b0, double b1, double b2, double a0, double a1, double a2) {
        this.b0 = b0 / a0;
        this.b1 = b1 / a0;
        this.b2 = b2 / a0;
        this.a1 = a1 / a0;
        this.a2 = a2 / a0;
    }

    static Biquad highPass(double hz, double q) {
        double w = 2 * StrictMath.PI * hz / Oscillators.SAMPLE_RATE;
        double cos = StrictMath.cos(w);
        double alpha = StrictMath.sin(w) / (2 * q);
        return new Biquad((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    static Biquad bandPass(double hz, double q) {
        double w = 2 * StrictMath.PI * hz / Oscillators.SAMPLE_RATE;
        double alpha = StrictMath.sin(w) / (2 * q);
        return new Biquad(alpha, 0, -alpha, 1 + alpha, -2 * StrictMath.cos(w), 1 - alpha);
    }

    double process(double x) {
        double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
        return y;
    }
}
