package video.zapcut.agents;

import video.zapcut.common.MusicalGrid;

/** Turns the brief into a five-scene storyboard on the ad's bar grid. */
public interface StoryAgent {
    Storyboard createStoryboard(Brief brief, BriefFacts facts, CreativeBible bible, MusicalGrid grid);

    /**
     * Another take on {@code scene} (the opening or the call to action) from {@code angle}, one of
     * {@link VariantAngles}: a variant of the ad that differs in kind, not in wording.
     */
    SceneAlternative alternative(Brief brief, BriefFacts facts, CreativeBible bible, Scene scene, String angle);
}
