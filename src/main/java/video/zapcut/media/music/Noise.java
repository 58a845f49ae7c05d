package video.zapcut.media.music;

/** Seeded white noise (xorshift64): fast, allocation-free and identical on every run. */
final class Noise {
    private long state;

    Noise(long seed) {
        long s = seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L; // spread small seeds over all bits
        this.state = s == 0 ? 0x2545F4914F6CDD1DL : s;
    }

    /** Uniform in [-1, 1). */
    double next() {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return (state >>> 11) * 0x1.0p-52 - 1;
    }
}
