package video.zapcut.media.music;

import java.util.Locale;

/**
 * Sound-design choices read from the vibe words and the energy level. One number, {@code drive}
 * (0 = calm .. 1 = energetic), moves most knobs together so that "calm" is consistently soft, dark
 * and slow-moving and "energetic" is consistently bright and punchy.
 *
 * @param drive             0..1, energy level nudged by calm or bold words
 * @param brightness        0..1, opens the pad filter and the pluck
 * @param padAttackSeconds  how slowly chords swell in
 * @param padReleaseSeconds how long chords ring into the next one
 * @param detuneCents       spread of the three pad voices per note (chorus width)
 * @param lushChords        add sevenths: softer, more "premium" colour than plain triads
 * @param lead              timbre of the melody
 * @param reverbMix         send level into the reverb
 * @param saturationDrive   how hard the master is pushed into the soft clipper
 */
record Mood(double drive, double brightness, double padAttackSeconds, double padReleaseSeconds,
            double detuneCents, boolean lushChords, LeadTimbre lead, double reverbMix, double saturationDrive) {

    enum LeadTimbre {
        /** Sine with a little breath of harmonics and late vibrato: flute-like, for calm spots. */
        SOFT,
        /** FM electric piano / bell: for luxurious, elegant spots. */
        BELL,
        /** Filtered saw pluck: for energetic spots. */
        PLUCK
    }

    private static final String[] CALM_WORDS = {"calm", "seren", "soft", "gentle", "relax", "peace", "dream",
        "tranquil", "warm", "cozy", "cosy", "natural", "organic", "quiet", "mellow", "sooth", "minimal", "airy",
        "tender", "slow"};
    private static final String[] BOLD_WORDS = {"bold", "energ", "power", "punch", "excit", "dynamic", "upbeat",
        "fun", "playful", "sport", "intense", "vibrant", "fast", "electri", "loud", "epic", "action", "hype",
        "party", "strong", "fierce"};
    private static final String[] LUXURY_WORDS = {"luxur", "elegan", "premium", "sophistic", "class", "refined",
        "exclusive", "chic", "glamo", "high-end", "timeless", "opulent", "lavish", "prestig"};

    static Mood from(String vibe, int energyLevel) {
        String words = vibe == null ? "" : vibe.toLowerCase(Locale.ROOT);
        boolean calm = mentions(words, CALM_WORDS);
        boolean bold = mentions(words, BOLD_WORDS);
        boolean luxury = mentions(words, LUXURY_WORDS);
        double drive = (Math.max(1, Math.min(10, energyLevel)) - 1) / 9.0;
        if (calm) drive -= 0.2;
        if (bold) drive += 0.2;
        drive = Math.max(0, Math.min(1, drive));

        LeadTimbre lead = luxury ? LeadTimbre.BELL : drive >= 0.6 ? LeadTimbre.PLUCK : LeadTimbre.SOFT;
        return new Mood(
                drive,
                0.3 + 0.65 * drive - (luxury ? 0.05 : 0),
                1.3 - 1.1 * drive,
                // Release about as long as the next chord's attack: a cross-fade, not a smear.
                1.2 - 0.7 * drive,
                5 + 9 * drive,
                luxury || calm || drive < 0.35,
                lead,
                0.45 - 0.25 * drive + (luxury ? 0.06 : 0),
                1.0 + 0.4 * drive);
    }

    private static boolean mentions(String text, String[] stems) {
        for (String stem : stems) if (text.contains(stem)) return true;
        return false;
    }
}
