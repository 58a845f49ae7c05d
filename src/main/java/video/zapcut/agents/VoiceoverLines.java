package video.zapcut.agents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rulebook of voiceover lines: how long a line may be for its scene, where in the scene it is
 * spoken, and how a line that runs long is shortened. The story agents write to it, the voiceover stage
 * checks the synthesised length against it, and revisions and the studio check edited lines with it.
 */
public final class VoiceoverLines {
    /**
     * Words a line may have per second of room: the offline voice reads about 2.4 words a second
     * (measured on the sample's lines), vendor voices 2.5-3; the synthesised length is checked after.
     */
    public static final double WORDS_PER_SECOND = 2.3;
    /** The same for a model's instructions: words per 5 s of scene. */
    public static final int WORDS_PER_5_SECONDS = (int) Math.round(WORDS_PER_SECOND * 5);
    /** The longest line, in characters, that a user may write for one scene. */
    public static final int MAX_CHARS = 200;
    /** The voice comes in this long after the scene starts (the cross transition settles first). */
    public static final double LEAD_IN_SECONDS = 0.4;
    /** And is done at least this long before the scene ends, so no word runs over a cut. */
    public static final double TAIL_SECONDS = 0.35;
    /** A scene shorter than this has no room for a line: it breathes. */
    public static final double MIN_SPEAKING_SCENE_SECONDS = 1.8;

    private VoiceoverLines() {}

    /** The seconds a line may take in a scene of {@code sceneSeconds}, measured to its last word's end. */
    public static double room(double sceneSeconds) {
        return Math.max(0, sceneSeconds - LEAD_IN_SECONDS - TAIL_SECONDS);
    }

    /** How many words a line may have in a scene of {@code sceneSeconds}, before it is ever spoken. */
    public static int wordBudget(double sceneSeconds) {
        if (sceneSeconds < MIN_SPEAKING_SCENE_SECONDS) return 0;
        return Math.max(2, (int) Math.floor(room(sceneSeconds) * WORDS_PER_SECOND));
    }

    public static int words(String line) {
        String t = line == null ? "" : line.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /**
     * The line cut to at most {@code maxWords} words: at the last sentence or clause end that fits when
     * there is one (so it still reads as said), else after the last word that fits; ends with a full
     * stop. Empty when no word fits.
     */
    public static String shorten(String line, int maxWords) {
        String[] words = line.strip().split("\\s+");
        if (words.length <= maxWords) return line.strip();
        if (maxWords <= 0) return "";
        int cut = -1;
        for (int i = 0; i < maxWords; i++) {
            String w = words[i];
            if (w.matches(".*[.!?;:,—–]$") && i + 1 >= Math.max(2, maxWords / 2)) cut = i + 1;
        }
        int keep = cut > 0 ? cut : maxWords;
        List<String> kept = new ArrayList<>(Arrays.asList(words).subList(0, keep));
        // A line that ends on a little word ("for", "the"), or one word after it ("for busy"), reads as cut off
        // mid-phrase: end before the little word.
        if (cut < 0) {
            for (int i = kept.size() - 1; i >= Math.max(2, kept.size() - 2); i--) {
                if (little(kept.get(i))) {
                    kept = new ArrayList<>(kept.subList(0, i));
                    break;
                }
            }
        }
        while (kept.size() > 1 && little(kept.getLast())) kept.removeLast();
        String out = String.join(" ", kept).replaceAll("[\\p{Punct}—–]+$", "");
        return out + ".";
    }

    /** The line for a scene with its word budget applied. */
    public static String fit(String line, double sceneSeconds) {
        if (line == null || line.isBlank()) return "";
        return shorten(line, wordBudget(sceneSeconds));
    }

    private static boolean little(String word) { return LITTLE.contains(word.toLowerCase().replaceAll("\\p{Punct}+$", "")); }

    private static final List<String> LITTLE = List.of("a", "an", "the", "and", "or", "but", "so", "for", "to", "of", "with", "in", "on", "your", "our", "at", "by",
            "who", "that", "which", "while", "when", "as");
}
