package video.zapcut.agents.safety;

import java.util.ArrayList;
import java.util.List;
import video.zapcut.agents.safety.ScreenedText.ScreenedSentence;
import video.zapcut.agents.safety.lexicon.RuleBook;
import video.zapcut.agents.safety.rules.Finding;
import video.zapcut.agents.safety.rules.Hit;
import video.zapcut.agents.safety.rules.Lexicon;
import video.zapcut.agents.safety.text.NormalizedText;

/**
 * Minors anywhere in an ad that features alcohol or another age-restricted product. Sentence rules
 * catch "kids drinking beer"; this catches the same problem spread over a brief and its scenes
 * ("Summer ad for our hard seltzer." ... "Scene 2: teenagers dance by the pool"), which alcohol
 * advertising codes forbid just the same. It is one notch below the same-sentence case (high, not
 * critical), and only a low note when the text names adults and a soft drink for the children.
 *
 * <p>The finding asks the rewrite to replace the whole sentence with the minors in it: swapping the
 * drink would not help while the product elsewhere is still alcohol.
 */
final class AgeGateCheck {
    private AgeGateCheck() {}

    static List<ScreenedText> apply(List<ScreenedText> texts) {
        int restricted = countSentencesMentioning(texts, RuleBook.ageRestricted());
        if (restricted == 0) return texts;
        boolean keptApart = RuleBook.drinksKeptApart().stream().allMatch(l -> countSentencesMentioning(texts, List.of(l)) > 0);
        List<ScreenedText> result = new ArrayList<>(texts.size());
        for (ScreenedText text : texts) {
            List<ScreenedSentence> sentences = new ArrayList<>(text.sentences().size());
            for (ScreenedSentence s : text.sentences()) {
                // A sentence with both minors and alcohol is the sentence rules' job unless alcohol also appears elsewhere.
                boolean restrictedElsewhere = restricted > (mentions(s, RuleBook.ageRestricted()) ? 1 : 0);
                sentences.add(restrictedElsewhere ? withMinorsFinding(s, keptApart) : s);
            }
            result.add(new ScreenedText(text.unit(), sentences));
        }
        return result;
    }

    private static ScreenedSentence withMinorsFinding(ScreenedSentence s, boolean keptApart) {
        NormalizedText plain = s.sentence().plain();
        List<Hit> minors = RuleBook.minors().find(plain.text());
        if (minors.isEmpty()) return s;
        Hit first = minors.get(0);
        int start = plain.originalStart(first.start());
        int end = plain.originalEnd(first.end());
        String who = s.sentence().original().substring(start, end);
        Finding finding = keptApart
                ? new Finding(Category.MINORS_ALCOHOL, Severity.LOW,
                        "Minors (" + who + ") appear in an ad that features alcohol; make sure only adults drink", start, end, first.matched(), null)
                : new Finding(Category.MINORS_ALCOHOL, Severity.HIGH,
                        "Minors (" + who + ") appear in an ad that features alcohol or another age-restricted product", start, end, first.matched(), null);
        List<Finding> findings = new ArrayList<>(s.findings());
        findings.add(finding);
        return new ScreenedSentence(s.sentence(), findings);
    }

    private static int countSentencesMentioning(List<ScreenedText> texts, List<Lexicon> lexicons) {
        int count = 0;
        for (ScreenedText text : texts) for (ScreenedSentence s : text.sentences()) if (mentions(s, lexicons)) count++;
        return count;
    }

    private static boolean mentions(ScreenedSentence s, List<Lexicon> lexicons) {
        String text = s.sentence().plain().text();
        for (Lexicon l : lexicons) if (l.mentionedIn(text)) return true;
        return false;
    }
}
