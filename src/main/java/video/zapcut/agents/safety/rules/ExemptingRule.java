package video.zapcut.agents.safety.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import video.zapcut.agents.safety.text.NormalizedText;

/** Wraps a rule and drops the findings a predicate exempts (e.g. the advertiser's own brand). */
public record ExemptingRule(SentenceRule inner, Predicate<Finding> exempt) implements SentenceRule {
    @Override
    public void check(NormalizedText sentence, List<Finding> out) {
        List<Finding> found = new ArrayList<>(2);
        inner.check(sentence, found);
        for (Finding f : found) if (!exempt.test(f)) out.add(f);
    }
}
