package video.zapcut.media.music;

import java.util.SplittableRandom;

/** The key (tonic and mode) and the four-chord loop the track cycles through, both chosen by seed. */
final class Harmony {
    private static final int[] MAJOR_SCALE = {0, 2, 4, 5, 7, 9, 11};
    private static final int[] NATURAL_MINOR_SCALE = {0, 2, 3, 5, 7, 8, 10};
    /** Degrees (0 = I). Only loops that start on the tonic, so every section opens at home. */
    private static final int[][] MAJOR_LOOPS = {
        {0, 4, 5, 3}, // I-V-vi-IV
        {0, 5, 3, 4}, // I-vi-IV-V
        {0, 3, 5, 4}, // I-IV-vi-V
    };
    private static final int[][] MINOR_LOOPS = {
        {0, 5, 2, 6}, // i-VI-III-VII
        {0, 6, 5, 6}, // i-VII-VI-VII
        {0, 5, 3, 6}, // i-VI-iv-VII
    };
    /** Pentatonic degrees: no semitone steps, so a melody from it never clashes hard with the chords. */
    private static final int[] MAJOR_PENTATONIC_DEGREES = {0, 1, 2, 4, 5};
    private static final int[] MINOR_PENTATONIC_DEGREES = {0, 2, 3, 4, 6};

    /** Spelled the way pop charts usually spell keys. */
    private static final String[] PITCH_NAMES = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};

    private final int tonic;
    private final boolean minor;
    private final int[] loop;

    Harmony(int tonic, boolean minor, int[] loop) {
        this.tonic = Math.floorMod(tonic, 12);
        this.minor = minor;
        this.loop = loop.clone();
    }

    static Harmony choose(boolean minor, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x6B65795F6C6F6F70L);
        int tonic = random.nextInt(12);
        int[][] loops = minor ? MINOR_LOOPS : MAJOR_LOOPS;
        return new Harmony(tonic, minor, loops[random.nextInt(loops.length)]);
    }

    int tonic() { return tonic; }

    boolean minor() { return minor; }

    /** For example "F# minor". */
    String keyName() { return PITCH_NAMES[tonic] + (minor ? " minor" : " major"); }

    int loopDegree(int position) { return loop[Math.floorMod(position, loop.length)]; }

    /** The chord that leads home in the penultimate bar: V in major, the Aeolian VII in minor. */
    int cadenceDegree() { return minor ? 6 : 4; }

    int pitchClass(int degree) {
        int[] scale = minor ? NATURAL_MINOR_SCALE : MAJOR_SCALE;
        return (tonic + scale[Math.floorMod(degree, 7)]) % 12;
    }

    /** Stacks scale thirds on {@code degree}: a diatonic triad, or a seventh chord. */
    Chord chord(int degree, boolean seventh) {
        int[] tones = new int[seventh ? 4 : 3];
        for (int i = 0; i < tones.length; i++) tones[i] = pitchClass(degree + 2 * i);
        return new Chord(Math.floorMod(degree, 7), tones);
    }

    int[] pentatonicPitchClasses() {
        int[] degrees = minor ? MINOR_PENTATONIC_DEGREES : MAJOR_PENTATONIC_DEGREES;
        int[] pcs = new int[degrees.length];
        for (int i = 0; i < pcs.length; i++) pcs[i] = pitchClass(degrees[i]);
        return pcs;
    }
}
