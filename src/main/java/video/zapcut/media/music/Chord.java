package video.zapcut.media.music;

/**
 * A diatonic chord.
 *
 * @param degree       scale degree of the root, 0 = tonic
 * @param pitchClasses root first, then third, fifth (and seventh); 0 = C .. 11 = B
 */
record Chord(int degree, int[] pitchClasses) {
    int root() { return pitchClasses[0]; }

    boolean isTonic() { return degree == 0; }

    boolean contains(int pitchClass) {
        for (int pc : pitchClasses) if (pc == Math.floorMod(pitchClass, 12)) return true;
        return false;
    }

    /**
     * Places every chord tone inside the octave starting at {@code lowestMidi}. Keeping all voicings
     * in one fixed window gives smooth voice leading for free: common tones stay put and the other
     * voices move by small steps.
     */
    int[] closeVoicing(int lowestMidi) {
        int[] midi = new int[pitchClasses.length];
        for (int i = 0; i < midi.length; i++) {
            midi[i] = lowestMidi + Math.floorMod(pitchClasses[i] - lowestMidi, 12);
        }
        java.util.Arrays.sort(midi);
        return midi;
    }
}
