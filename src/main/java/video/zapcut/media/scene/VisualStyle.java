package video.zapcut.media.scene;

import java.util.List;
import video.zapcut.common.Rgb;

/**
 * What the local renderers need of the creative bible.
 *
 * @param palette     4-6 brand colors, most dominant first
 * @param energyLevel 1 (calm) .. 10 (energetic)
 * @param lighting    the bible's lighting words, e.g. "soft natural morning light"
 */
public record VisualStyle(List<Rgb> palette, int energyLevel, String lighting) {}
