package video.zapcut.agents.safety.rules;

import java.util.List;
import video.zapcut.agents.safety.Category;
import video.zapcut.agents.safety.Severity;
import video.zapcut.agents.safety.text.NormalizedText;

/**
 * Fires once per live mention of any term in the lexicon.
 *
 * @param description shown to the marketer; "%s" is replaced by the words that matched
 */
public record TermRule(Category category, Severity severity, String description, Lexicon lexicon)
        implements SentenceRule {

    @Override
    public void check(NormalizedText sentence, List<Finding> out) {
        for (Hit hit : lexicon.find(sentence.text())) {
            out.add(SentenceRule.finding(sentence, hit, category, severity, description));
        }
    }
}
