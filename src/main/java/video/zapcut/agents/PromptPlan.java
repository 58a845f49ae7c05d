package video.zapcut.agents;

import java.util.List;

/** The prompt agent's output: one prompt per scene and one for the music. */
public record PromptPlan(List<ScenePrompt> scenes, MusicPrompt music) {}
