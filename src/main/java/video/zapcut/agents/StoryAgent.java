package video.zapcut.agents;

import video.zapcut.common.MusicalGrid;

/** Turns the brief into a five-scene storyboard on the ad's bar grid. */
public interface StoryAgent {
    Storyboard createStoryboard(Brief brief, BriefFacts facts, CreativeBible bible, MusicalGrid grid);
}
