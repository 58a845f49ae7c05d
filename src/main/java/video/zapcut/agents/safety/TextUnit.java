package video.zapcut.agents.safety;

/** A piece of text to screen: the brief (scene null) or one storyboard scene's words. */
public record TextUnit(Integer scene, String text) {}
