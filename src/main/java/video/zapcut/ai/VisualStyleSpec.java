package video.zapcut.ai;

import java.util.List;
import video.zapcut.common.Rgb;

/** The creative bible as image and video models need it (ai ports do not depend on agent types). */
public record VisualStyleSpec(String brandStyle, String vibe, List<Rgb> palette, String lighting, String camera,
                              String motion, int energyLevel) {}
