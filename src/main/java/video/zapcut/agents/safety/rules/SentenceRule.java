package video.zapcut.agents.safety.rules;

import java.util.List;
import video.zapcut.agents.safety.Category;
import video.zapcut.agents.safety.Severity;
import video.zapcut.agents.safety.text.NormalizedText;

/** One screening rule applied to one sentence (in one normalized form). */
public interface SentenceRule {
    void check(NormalizedText sentence, List<Finding> out);

    /**
     * Builds a finding, translating the hit's span back to the original sentence.
     *
     * @param description "%s" is replaced by the original words that matched
     */
    static Finding finding(NormalizedText sentence, Hit hit, Category category, Severity severity, String description) {
        int start = sentence.originalStart(hit.start());
        int end = sentence.originalEnd(hit.end());
        String quoted = sentence.original().substring(start, end).strip();
        String text = description.contains("%s") ? description.replace("%s", quoted) : description;
        return new Finding(category, severity, text, start, end, hit.matched(), hit.replacement());
    }
}
