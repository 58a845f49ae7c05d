package video.zapcut.ai.vendors.elevenlabs;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import video.zapcut.ai.VoiceModel.SpokenWord;
import video.zapcut.ai.vendors.SpokenWords;

/**
 * ElevenLabs' times, one per character of the text sent ({@code alignment}), grouped into the
 * line's written words: a word starts when its first character does and ends when its last one does.
 *
 * <p>{@code alignment} is used rather than {@code normalized_alignment}: the latter spells what was
 * spoken after ElevenLabs' text normalisation ("twelve" for "12"), the former the text as sent.
 */
final class CharacterTimes {
    private CharacterTimes() {}

    /**
     * @param alignment {@code {characters[], character_start_times_seconds[], character_end_times_seconds[]}}
     * @throws IllegalArgumentException when the three lists are missing or of different lengths
     */
    static List<SpokenWord> words(List<String> written, JsonNode alignment, double seconds) {
        JsonNode chars = alignment.path("characters"), starts = alignment.path("character_start_times_seconds"),
                ends = alignment.path("character_end_times_seconds");
        if (!chars.isArray() || !starts.isArray() || !ends.isArray()) {
            throw new IllegalArgumentException("alignment without characters and their start and end times");
        }
        if (chars.size() != starts.size() || chars.size() != ends.size()) {
            throw new IllegalArgumentException("alignment lists differ in length (" + chars.size() + " characters, "
                    + starts.size() + " starts, " + ends.size() + " ends)");
        }
        List<SpokenWord> grouped = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        double start = 0, end = 0;
        for (int i = 0; i < chars.size(); i++) {
            JsonNode s = starts.get(i), e = ends.get(i);
            if (!chars.get(i).isString() || !s.isNumber() || !e.isNumber()) {
                throw new IllegalArgumentException("alignment entry " + i + " is not a character with two times");
            }
            String c = chars.get(i).asString();
            if (c.isBlank()) {
                if (!word.isEmpty()) grouped.add(new SpokenWord(word.toString(), start, end));
                word.setLength(0);
                continue;
            }
            if (word.isEmpty()) start = s.asDouble();
            word.append(c);
            end = e.asDouble();
        }
        if (!word.isEmpty()) grouped.add(new SpokenWord(word.toString(), start, end));
        // When the characters spell the text (the documented case), every token pairs with its own
        // group at no cost and keeps its times exactly; when they do not, the alignment still gives
        // each written token the time of what it was heard as.
        return SpokenWords.align(written, grouped, seconds);
    }
}
