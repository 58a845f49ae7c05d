package video.zapcut.agents.safety.rules;

import java.util.List;
import video.zapcut.agents.safety.Category;
import video.zapcut.agents.safety.Severity;
import video.zapcut.agents.safety.text.NormalizedText;

/**
 * Fires when two individually harmless things meet in one sentence: kids and beer, a kitchen knife
 * and a threat. Each mention of {@code subject} is reported (and is what the rewrite swaps out).
 *
 * <p>Optional mitigation: when every {@code mitigators} lexicon is also present, the finding is downgraded
 * to {@code mitigatedSeverity} instead (e.g. "juice for the kids, wine for the adults").
 */
public record CooccurrenceRule(Category category, Severity severity, String description,
                               Lexicon context, Lexicon subject,
                               List<Lexicon> mitigators, Severity mitigatedSeverity, String mitigatedDescription)
        implements SentenceRule {

    public static CooccurrenceRule of(Category category, Severity severity, String description, Lexicon context, Lexicon subject) {
        return new CooccurrenceRule(category, severity, description, context, subject, List.of(), severity, description);
    }

    public CooccurrenceRule mitigatedBy(Severity downgraded, String why, Lexicon... allOf) {
        return new CooccurrenceRule(category, severity, description, context, subject, List.of(allOf), downgraded, why);
    }

    @Override
    public void check(NormalizedText sentence, List<Finding> out) {
        String text = sentence.text();
        List<Hit> hits = subject.find(text);
        if (hits.isEmpty() || !context.mentionedIn(text)) return;
        boolean mitigated = !mitigators.isEmpty() && mitigators.stream().allMatch(l -> l.mentionedIn(text));
        for (Hit hit : hits) {
            out.add(mitigated
                    ? SentenceRule.finding(sentence, hit, category, mitigatedSeverity, mitigatedDescription)
                    : SentenceRule.finding(sentence, hit, category, severity, description));
        }
    }
}
