package video.zapcut.media.music;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import video.zapcut.common.MusicalGrid;

/**
 * What the soundtrack should be: its bar grid, mode, energy, vibe words and fades.
 *
 * @param grid           tempo and bar count shared with the storyboard; the track lasts exactly
 *                       {@code grid.targetSeconds()}
 * @param minor          minor key (natural minor) instead of major
 * @param energyLevel    1 (calm) .. 10 (driving); values outside are clamped, as in
 *                       {@link MusicalGrid#forEnergy}
 * @param vibe           free words such as "calm and serene", "bold and energetic", "luxurious"
 * @param seed           picks key, progression, motif and noise; same spec, same bytes
 * @param fadeInSeconds  length of the fade-in at the start (0 = only a click-free ramp)
 * @param fadeOutSeconds length of the fade-out at the end (0 = only a click-free ramp)
 * @param sectionStarts  scene cut times in seconds, each on a bar line; the arrangement changes
 *                       there (setup, exploration, climax, CTA). Empty means "choose sections
 *                       yourself". Stored sorted and without duplicates.
 */
public record MusicSpec(MusicalGrid grid, boolean minor, int energyLevel, String vibe, long seed,
                        double fadeInSeconds, double fadeOutSeconds, List<Double> sectionStarts) {

    /** A cut may sit this far from a bar line (rounding of frame-based scene times). */
    static final double BAR_LINE_TOLERANCE_SECONDS = 0.002;

    public MusicSpec {
        Objects.requireNonNull(grid, "grid");
        if (grid.bars() < 1 || grid.bpm() <= 0 || !(grid.targetSeconds() > 0)) {
            throw new IllegalArgumentException("unusable musical grid: " + grid);
        }
        if (grid.beatsPerBar() != 4) { // rhythms and drum patterns are written in 4/4
            throw new IllegalArgumentException("only 4/4 is supported, got " + grid.beatsPerBar() + " beats per bar");
        }
        energyLevel = Math.max(1, Math.min(10, energyLevel));
        vibe = vibe == null ? "" : vibe;
        if (!(fadeInSeconds >= 0) || !(fadeOutSeconds >= 0) || fadeInSeconds + fadeOutSeconds > grid.targetSeconds()) {
            throw new IllegalArgumentException("fades of " + fadeInSeconds + " s and " + fadeOutSeconds
                    + " s do not fit a " + grid.targetSeconds() + " s track");
        }
        sectionStarts = sectionStarts == null ? List.of() : List.copyOf(new TreeSet<>(sectionStarts));
        double barSeconds = grid.barSeconds();
        for (double start : sectionStarts) {
            double bar = start / barSeconds;
            if (start < 0 || Math.round(bar) >= grid.bars()) {
                throw new IllegalArgumentException("section start " + start + " s is outside the " + grid.bars() + " bars");
            }
            if (Math.abs(bar - Math.round(bar)) * barSeconds > BAR_LINE_TOLERANCE_SECONDS) {
                throw new IllegalArgumentException("section start " + start + " s is not on a bar line (bar = "
                        + barSeconds + " s)");
            }
        }
    }

    /** A spec without scene cuts: the synthesiser lays out its own intro, build, climax and ending. */
    public MusicSpec(MusicalGrid grid, boolean minor, int energyLevel, String vibe, long seed,
                     double fadeInSeconds, double fadeOutSeconds) {
        this(grid, minor, energyLevel, vibe, seed, fadeInSeconds, fadeOutSeconds, List.of());
    }
}
