package video.zapcut.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word-timed captions: the voice's words grouped into short phrases (cues), and the cues as SRT and
 * WebVTT. The rulebook of caption limits: a cue holds at most {@value #MAX_WORDS} words and
 * {@value #MAX_CHARS} characters, breaks after a sentence or clause (. ! ? ; : and dashes) and at
 * pauses longer than {@value #PAUSE_SECONDS} s, prefers to split a long stretch after a comma, starts at its first word's onset and ends at its last word's end, so it is on
 * screen exactly while it is heard and never crosses a cut (each line is spoken inside its scene).
 */
public final class Captions {
    public static final int MAX_WORDS = 4;
    public static final int MAX_CHARS = 28;
    public static final double PAUSE_SECONDS = 0.3;

    private Captions() {}

    /** A word on the ad's timeline, in seconds. */
    public record Word(String text, double start, double end) {}

    /** One caption: its words, shown from the first word's start to the last word's end. */
    public record Cue(int scene, List<Word> words) {
        public Cue {
            words = List.copyOf(words);
            if (words.isEmpty()) throw new IllegalArgumentException("a cue needs a word");
        }

        public double start() { return words.getFirst().start(); }

        public double end() { return words.getLast().end(); }

        public String text() { return String.join(" ", words.stream().map(Word::text).toList()); }
    }

    /**
     * The cues of one spoken line (its words already on the ad's timeline): the line is cut after
     * sentences and clauses and at pauses, and each stretch that is too long for one cue is split into as few
     * cues as the limits allow, of nearly equal length (six words read as three and three, not four and two).
     */
    public static List<Cue> cues(int scene, List<Word> words) {
        List<List<Word>> stretches = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word w : words) {
            if (!current.isEmpty()) {
                Word last = current.getLast();
                if (w.start() - last.end() > PAUSE_SECONDS || last.text().matches(".*[.!?;:—–]$")) {
                    stretches.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(w);
        }
        if (!current.isEmpty()) stretches.add(current);
        List<Cue> out = new ArrayList<>();
        for (List<Word> stretch : stretches) {
            for (List<Word> part : balanced(stretch)) out.add(new Cue(scene, part));
        }
        // A cue of unvoiced words only (a lone dash) has no time on screen: it joins the cue before it.
        List<Cue> kept = new ArrayList<>();
        for (Cue c : out) {
            if (c.end() <= c.start() && !kept.isEmpty()) {
                List<Word> merged = new ArrayList<>(kept.getLast().words());
                merged.addAll(c.words());
                kept.set(kept.size() - 1, new Cue(c.scene(), merged));
            } else if (c.end() > c.start()) {
                kept.add(c);
            }
        }
        return kept;
    }

    /** The fewest parts within the limits, cut where the parts' lengths in characters come out most even. */
    static List<List<Word>> balanced(List<Word> words) {
        for (int parts = Math.max(1, (int) Math.ceil(words.size() / (double) MAX_WORDS)); parts <= words.size(); parts++) {
            List<List<Word>> split = new ArrayList<>();
            int from = 0;
            for (int p = 0; p < parts; p++) {
                int remainingParts = parts - p;
                if (remainingParts == 1) {
                    split.add(words.subList(from, words.size()));
                    break;
                }
                // Cut where this part's characters come closest to an even share of what is left; a cut after a
                // comma reads as the speaker's own phrasing and counts as a few characters closer.
                double share = length(words.subList(from, words.size())) / (double) remainingParts;
                int best = from + 1;
                double bestGap = Double.MAX_VALUE;
                for (int to = from + 1; to <= words.size() - (remainingParts - 1); to++) {
                    double gap = Math.abs(length(words.subList(from, to)) - share) - (words.get(to - 1).text().endsWith(",") ? 4 : 0);
                    if (gap < bestGap) {
                        bestGap = gap;
                        best = to;
                    }
                }
                split.add(words.subList(from, best));
                from = best;
            }
            if (split.stream().allMatch(s -> s.size() <= MAX_WORDS && (length(s) <= MAX_CHARS || s.size() == 1))) return split;
        }
        return words.stream().map(List::of).toList();
    }

    private static int length(List<Word> words) {
        return words.stream().mapToInt(w -> w.text().length()).sum() + Math.max(0, words.size() - 1);
    }

    /** SubRip: numbered cues, comma decimal times. */
    public static String srt(List<Cue> cues) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            s.append(i + 1).append('\n').append(time(c.start(), ',')).append(" --> ").append(time(c.end(), ','))
                    .append('\n').append(c.text()).append("\n\n");
        }
        return s.toString();
    }

    /**
     * WebVTT with a karaoke timestamp before each word after the first, so a player can style the word
     * being said ({@code ::cue(:past)}, {@code ::cue(:future)}) as the burned captions do.
     */
    public static String vtt(List<Cue> cues) {
        StringBuilder s = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            s.append(i + 1).append('\n').append(time(c.start(), '.')).append(" --> ").append(time(c.end(), '.')).append('\n');
            for (int k = 0; k < c.words().size(); k++) {
                Word w = c.words().get(k);
                if (k > 0) s.append(' ').append('<').append(time(w.start(), '.')).append('>');
                s.append(escape(w.text()));
            }
            s.append("\n\n");
        }
        return s.toString();
    }

    private static String escape(String t) { return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); }

    static String time(double seconds, char decimal) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, decimal, ms % 1000);
    }
}
