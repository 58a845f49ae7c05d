package video.zapcut.agents.safety;

import java.util.ArrayList;
import java.util.List;
import video.zapcut.agents.safety.rules.Finding;
import video.zapcut.agents.safety.rules.SentenceRule;
import video.zapcut.agents.safety.text.Sentence;
import video.zapcut.agents.safety.text.SentenceSplitter;

/** Runs every rule over every sentence, in plain and (when it differs) leetspeak-decoded form. */
final class SentenceScreener {
    private final List<SentenceRule> rules;

    SentenceScreener(List<SentenceRule> rules) { this.rules = rules; }

    ScreenedText screen(TextUnit unit) {
        List<ScreenedText.ScreenedSentence> sentences = new ArrayList<>();
        for (Sentence s : SentenceSplitter.split(unit.text())) sentences.add(new ScreenedText.ScreenedSentence(s, screen(s)));
        return new ScreenedText(unit, sentences);
    }

    List<Finding> screen(Sentence sentence) {
        List<Finding> found = new ArrayList<>();
        for (SentenceRule rule : rules) rule.check(sentence.plain(), found);
        if (sentence.deobfuscated() != null) {
            List<Finding> decoded = new ArrayList<>();
            for (SentenceRule rule : rules) rule.check(sentence.deobfuscated(), decoded);
            for (Finding f : decoded) if (!alreadyFound(found, f)) found.add(f);
        }
        return found;
    }

    /** True if any finding of the text blocks; used to prove a rewrite is clean. */
    boolean blocks(String text) {
        for (Sentence s : SentenceSplitter.split(text)) {
            for (Finding f : screen(s)) if (f.severity().blocks()) return true;
        }
        return false;
    }

    private static boolean alreadyFound(List<Finding> found, Finding f) {
        for (Finding g : found) {
            if (g.category() == f.category() && g.start() < f.end() && f.start() < g.end()) return true;
        }
        return false;
    }
}
