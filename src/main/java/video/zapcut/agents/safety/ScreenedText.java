package video.zapcut.agents.safety;

import java.util.List;
import video.zapcut.agents.safety.rules.Finding;
import video.zapcut.agents.safety.text.Sentence;

/** A text unit after screening: its sentences, each with what the rules found in it. */
record ScreenedText(TextUnit unit, List<ScreenedSentence> sentences) {

    record ScreenedSentence(Sentence sentence, List<Finding> findings) {
        boolean blocks() { return findings.stream().anyMatch(f -> f.severity().blocks()); }
    }

    boolean blocks() { return sentences.stream().anyMatch(ScreenedSentence::blocks); }
}
