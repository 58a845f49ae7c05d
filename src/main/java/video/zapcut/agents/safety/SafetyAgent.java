package video.zapcut.agents.safety;

import java.util.List;

/**
 * Screens a brief (scene null) and storyboard scene texts before anything is generated.
 * Implementations must be deterministic: the same units always give the same verdict.
 */
public interface SafetyAgent {
    SafetyVerdict review(List<TextUnit> units);
}
