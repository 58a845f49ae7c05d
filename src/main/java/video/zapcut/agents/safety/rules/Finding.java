package video.zapcut.agents.safety.rules;

import video.zapcut.agents.safety.Category;
import video.zapcut.agents.safety.Severity;

/**
 * A rule firing inside one sentence. Offsets are in the sentence's original text so the rewrite can
 * edit exactly what the marketer wrote.
 *
 * @param replacement safe substitute for the span, null to replace the whole sentence
 */
public record Finding(Category category, Severity severity, String description, int start, int end,
                      String matched, String replacement) {}
