package video.zapcut.media.music;

import java.util.ArrayList;
import java.util.List;

/**
 * What a stretch of the ad is doing, mirroring the storyboard's scene roles. Each role shifts the
 * drum intensity and pad filter relative to the track's energy, so the music builds towards the
 * climax and steps back for the call to action.
 */
enum SectionRole {
    SETUP(-3, 0.6, false),
    EXPLORATION(-1, 0.85, true),
    CLIMAX(1, 1.2, true),
    CTA(-2, 0.8, true);

    /** Added to the energy level to get the bar's drum/bass intensity ("drive", 0..11). */
    private final int driveOffset;
    /** Multiplies the pad filter cutoff: the sound opens up as the ad builds. */
    private final double filterOpening;
    private final boolean melody;

    SectionRole(int driveOffset, double filterOpening, boolean melody) {
        this.driveOffset = driveOffset;
        this.filterOpening = filterOpening;
        this.melody = melody;
    }

    int driveOffset() { return driveOffset; }

    double filterOpening() { return filterOpening; }

    /** Whether the hook plays: the setup leaves room for the picture and voice-over to land first. */
    boolean melody() { return melody; }

    /** Roles for {@code count} consecutive sections: setup first, CTA last, climax just before it. */
    static List<SectionRole> forSectionCount(int count) {
        List<SectionRole> roles = new ArrayList<>(count);
        switch (count) {
            case 1 -> roles.add(EXPLORATION);
            case 2 -> roles.addAll(List.of(EXPLORATION, CTA));
            case 3 -> roles.addAll(List.of(SETUP, CLIMAX, CTA));
            default -> {
                roles.add(SETUP);
                for (int i = 1; i < count - 2; i++) roles.add(EXPLORATION);
                roles.add(CLIMAX);
                roles.add(CTA);
            }
        }
        return roles;
    }
}
