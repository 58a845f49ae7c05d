package video.zapcut.agents;

import java.util.List;

/**
 * The style every generated image, clip and overlay must follow (the seed's "Creative Bible").
 *
 * @param colors      4-6 hex colors taken from the product photos, most dominant first
 * @param energyLevel 1 (calm) .. 10 (energetic)
 */
public record CreativeBible(String brandStyle, String vibe, List<String> colors, String lighting, String camera,
                            String motion, int energyLevel) {}
