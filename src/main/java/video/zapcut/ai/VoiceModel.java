package video.zapcut.ai;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Port for the voiceover: speaks one line and says when each of its words was spoken.
 *
 * <p>The words are the line's own, as written: one {@link SpokenWord} per whitespace-separated token of
 * {@link SpeechRequest#text()}, in order, punctuation attached ("12", not "twelve"), so a caption shows
 * what the user wrote. Times are seconds from the start of the written file, each word's
 * {@code start <= end}, and starts never go back. An adapter whose engine reports other units (a
 * transcription's recognised words, one time per character) maps them onto the written tokens.
 */
public interface VoiceModel {
    String provider();

    String model();

    /** No voice ({@code ZAPCUT_VOICE_PROVIDER=none}): ads are made without a voiceover. */
    VoiceModel NONE = new VoiceModel() {
        @Override public String provider() { return "none"; }
        @Override public String model() { return "none"; }
        @Override public Speech speak(SpeechRequest request, Path outFile) { throw new IllegalStateException("no voice is configured"); }
    };

    /** Writes the spoken line to {@code outFile} (a WAV file, any rate and channels) and returns its timings. */
    Speech speak(SpeechRequest request, Path outFile);

    /**
     * Speaks each request to the file at the same place in {@code outFiles}, in order. An engine whose
     * start is costly (a process loading its voice) speaks them all at once; by default they are spoken
     * one after another, each as {@link #speak}.
     */
    default List<Speech> speakAll(List<SpeechRequest> requests, List<Path> outFiles) {
        if (requests.size() != outFiles.size()) throw new IllegalArgumentException("one file per line to speak");
        List<Speech> out = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) out.add(speak(requests.get(i), outFiles.get(i)));
        return out;
    }

    /**
     * One line to speak. {@code voice} is the provider's voice (null: its default); {@code instructions}
     * the delivery (tone, pace) for providers that take them, from the creative bible.
     */
    record SpeechRequest(String text, String voice, String instructions) {
        public SpeechRequest {
            if (text == null || text.isBlank()) throw new IllegalArgumentException("nothing to speak");
        }

        /** The written tokens the timings must match, one per word. */
        public List<String> tokens() { return List.of(text.strip().split("\\s+")); }
    }

    /** The spoken file, its length in seconds, and each written word's time in it. */
    record Speech(Path file, double seconds, List<SpokenWord> words) {
        public Speech {
            words = List.copyOf(words);
        }
    }

    /** A written word and when it is heard: seconds from the start of the file. */
    record SpokenWord(String text, double start, double end) {}
}
