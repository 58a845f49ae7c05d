package video.zapcut.agents;

import java.util.Map;
import video.zapcut.common.MusicalGrid;

/** Writes the per-scene generation prompts and the music prompt. */
public interface PromptAgent {
    /**
     * @param referenceImages role ("hero", "detail", "lifestyle", "alternate") to image URL
     * @param negativePrompt  from the safety verdict
     */
    PromptPlan synthesize(Brief brief, BriefFacts facts, CreativeBible bible, Storyboard storyboard,
                          Map<String, String> referenceImages, String negativePrompt, MusicalGrid grid, long adSeed);
}
