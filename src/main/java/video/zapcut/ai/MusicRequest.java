package video.zapcut.ai;

import java.util.List;
import video.zapcut.common.MusicalGrid;

/**
 * The soundtrack to make.
 *
 * @param sectionStarts scene cut times in seconds (on bar lines) where the arrangement may change
 */
public record MusicRequest(String prompt, MusicalGrid grid, boolean minor, int energyLevel, String vibe, long seed,
                           List<Double> sectionStarts) {}
