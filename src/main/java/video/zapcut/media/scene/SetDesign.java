package video.zapcut.media.scene;

import java.awt.image.BufferedImage;

/**
 * Everything a composition needs to build its set and stage its subject.
 *
 * @param palette     colors the set is built from
 * @param subject     the product cutout (trimmed ARGB) or the lettering standing in for it
 * @param typographic true when {@code subject} is lettering, so the set adds its geometric shapes
 * @param seed        drives every random placement (bokeh, props), so the same seed paints the same set
 * @param lightBoost  1 for normal, above 1 for a more dramatic key light
 * @param slot        where the subject stands, in fractions of the frame
 * @param rollDegrees camera roll (dutch angle) applied to set and subject alike
 */
record SetDesign(Palette palette, BufferedImage subject, boolean typographic, long seed, double lightBoost, Slot slot,
                 double rollDegrees) {

    /**
     * @param cx    horizontal centre of the subject, fraction of frame width
     * @param baseY where the subject stands (its bottom), fraction of frame height
     * @param maxW  largest subject width, fraction of frame width
     * @param maxH  largest subject height, fraction of frame height
     */
    record Slot(double cx, double baseY, double maxW, double maxH) {}

    SetDesign withSlot(Slot s) { return new SetDesign(palette, subject, typographic, seed, lightBoost, s, rollDegrees); }
}
