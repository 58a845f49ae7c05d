package video.zapcut.studio;

import java.util.List;
import video.zapcut.agents.CreativeBible;

/**
 * What final review shows before anything is generated: the storyboard (the user's edits applied),
 * the creative bible, the brief the generation will use, and the estimated time and cost. The story
 * agent cuts on whole bars of the music ({@code barSeconds}); a length the user sets is kept and the
 * music changes section at the nearest bar line. {@code renderingNote}, when present, says plainly what
 * the configured video provider can and cannot show (offline: scenes are rendered from the product photos).
 */
public record ReviewPlan(String brief, String productName, String creativeDirection, String musicMood, int durationSeconds,
                         String aspectRatio, double barSeconds, List<PlannedScene> scenes, CreativeBible creativeBible,
                         List<String> styleWords, int estimatedDurationSeconds, long estimatedCostCents, String renderingNote) {

    /** {@code voiceover}: the line the voice speaks over the scene ("" for none). */
    public record PlannedScene(int sceneIndex, String title, String description, String overlayText, double durationSeconds,
                               String roleInStory, String cameraDirection, String voiceover) {}
}
