package video.zapcut.ai.vendors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import video.zapcut.ai.VoiceModel.SpokenWord;

/**
 * Gives each written token of a line the time it is heard, from words a recogniser heard in the
 * audio, which need not be the same words: "12" is heard as "twelve", punctuation is gone, "e-mail"
 * comes back as "e mail" or "any way" as "anyway", a word is dropped or one is heard that was not
 * written.
 *
 * <p>A sequence alignment (an edit distance over words, in the manner of Levenshtein's): written and
 * heard words compared as lowercase letters and digits, where pairing two words costs how unlike
 * they are (0 to 1), one written word may pair with up to {@value #MOST_JOINED} heard words or the
 * other way round when together they spell nearly the same (a split or a merge) or when a number
 * written in digits is heard as words, and leaving a word unpaired costs 1. The cheapest alignment
 * keeps the order of both lines, so a mismatch stays where it happened.
 *
 * <p>Paired tokens take their heard words' times (tokens sharing one heard word split it by length).
 * Unpaired tokens are placed in the silence between their neighbours, in proportion to their length;
 * where there is next to none, the neighbours lend some of their time. Every token gets a time, starts
 * never go back, and no two tokens overlap.
 */
public final class SpokenWords {
    /** The most words on one side of a split or merge ("one thousand two hundred" is four). */
    static final int MOST_JOINED = 4;
    /** Each extra word in a split or merge costs this, so a plain pair wins when both fit. */
    static final double JOIN_COST = 0.1;
    /**
     * A split or merge must spell nearly the same ("e mail" for "e-mail"): a looser one would let a
     * word swallow its neighbour's filler or a missing word, whose time is better found between them.
     */
    static final double JOINED_MOST_UNLIKE = 0.25;
    /** Below this per unpaired token, the gap is too short to show it: the neighbours share theirs. */
    static final double SHORTEST_WORD_SECONDS = 0.08;

    private SpokenWords() {}

    /**
     * @param written the line's tokens as written ({@code SpeechRequest.tokens()})
     * @param heard   recognised words with their times, in the order heard
     * @param seconds the audio's length: the last unpaired tokens may take up to it
     * @return one word per written token, in order
     */
    public static List<SpokenWord> align(List<String> written, List<SpokenWord> heard, double seconds) {
        List<SpokenWord> h = ordered(heard, seconds);
        double end = Math.max(seconds, h.isEmpty() ? 0 : h.getLast().end());
        double[] start = new double[written.size()], stop = new double[written.size()];
        boolean[] placed = new boolean[written.size()];
        for (Pair p : pairs(written, h)) {
            double from = h.get(p.heardFrom()).start(), to = h.get(p.heardTo() - 1).end();
            spread(written, p.writtenFrom(), p.writtenTo(), from, to, start, stop);
            for (int i = p.writtenFrom(); i < p.writtenTo(); i++) placed[i] = true;
        }
        fillGaps(written, placed, start, stop, end);
        List<SpokenWord> out = new ArrayList<>(written.size());
        double last = 0;
        for (int i = 0; i < written.size(); i++) {
            double s = Math.max(last, round(start[i])), e = Math.max(s, round(stop[i]));
            out.add(new SpokenWord(written.get(i), s, e));
            last = e;
        }
        return out;
    }

    /** Written tokens {@code [writtenFrom, writtenTo)} heard as words {@code [heardFrom, heardTo)}. */
    record Pair(int writtenFrom, int writtenTo, int heardFrom, int heardTo) {}

    /** The cheapest alignment's pairs, in order. */
    static List<Pair> pairs(List<String> written, List<SpokenWord> heard) {
        int n = written.size(), m = heard.size();
        String[] w = written.stream().map(SpokenWords::normalise).toArray(String[]::new);
        String[] r = heard.stream().map(x -> normalise(x.text())).toArray(String[]::new);
        double[][] cost = new double[n + 1][m + 1];
        int[][] fromI = new int[n + 1][m + 1], fromJ = new int[n + 1][m + 1];
        for (double[] row : cost) Arrays.fill(row, Double.POSITIVE_INFINITY);
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) continue;
                double best = Double.POSITIVE_INFINITY;
                int bi = -1, bj = -1;
                // Pairs first, so they win ties with leaving both words unpaired.
                for (int a = 1; a <= Math.min(MOST_JOINED, i); a++) {
                    for (int b = 1; b <= Math.min(MOST_JOINED, j); b++) {
                        if (a > 1 && b > 1) continue;
                        double u = unlike(join(w, i - a, i), join(r, j - b, j));
                        if (a + b > 2 && u > JOINED_MOST_UNLIKE && !(a == 1 && spelledNumber(w[i - 1], r, j - b, j))) continue;
                        double c = cost[i - a][j - b] + u + JOIN_COST * (a + b - 2);
                        if (c < best) { best = c; bi = i - a; bj = j - b; }
                    }
                }
                if (i > 0 && cost[i - 1][j] + unpaired(w[i - 1]) < best) { best = cost[i - 1][j] + unpaired(w[i - 1]); bi = i - 1; bj = j; }
                if (j > 0 && cost[i][j - 1] + unpaired(r[j - 1]) < best) { best = cost[i][j - 1] + unpaired(r[j - 1]); bi = i; bj = j - 1; }
                cost[i][j] = best;
                fromI[i][j] = bi;
                fromJ[i][j] = bj;
            }
        }
        List<Pair> out = new ArrayList<>();
        for (int i = n, j = m; i > 0 || j > 0; ) {
            int pi = fromI[i][j], pj = fromJ[i][j];
            if (pi < i && pj < j) out.add(new Pair(pi, i, pj, j));
            i = pi;
            j = pj;
        }
        return out.reversed();
    }

    /** Lowercase letters and digits only, accents removed: what two spellings of a word share. */
    static String normalise(String word) {
        String plain = Normalizer.normalize(word, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder s = new StringBuilder(plain.length());
        plain.codePoints().filter(Character::isLetterOrDigit).forEach(s::appendCodePoint);
        return s.toString();
    }

    /** 0 for the same word, 1 for nothing in common: the edit distance over the longer length. */
    static double unlike(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) return 0;
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] / (double) Math.max(a.length(), b.length());
    }

    /** A number written in digits, heard as words ("1250": "one thousand two fifty"): nothing alike, but one. */
    private static boolean spelledNumber(String written, String[] heard, int from, int to) {
        if (written.chars().noneMatch(Character::isDigit)) return false;
        for (int k = from; k < to; k++) if (heard[k].isEmpty() || heard[k].chars().anyMatch(Character::isDigit)) return false;
        return true;
    }

    /** A word with nothing to say ("—", "&") costs nothing to leave unpaired. */
    private static double unpaired(String normalised) { return normalised.isEmpty() ? 0 : 1; }

    private static String join(String[] words, int from, int to) { return String.join("", Arrays.asList(words).subList(from, to)); }

    /** The recogniser's words within the audio, in order, none overlapping the next. */
    static List<SpokenWord> ordered(List<SpokenWord> heard, double seconds) {
        List<SpokenWord> out = new ArrayList<>(heard.size());
        double limit = seconds > 0 ? seconds : Double.MAX_VALUE;
        for (SpokenWord w : heard) {
            double s = clamp(w.start(), limit), e = clamp(w.end(), limit);
            if (!out.isEmpty()) {
                SpokenWord prev = out.getLast();
                s = Math.max(s, prev.start());
                if (s < prev.end()) out.set(out.size() - 1, new SpokenWord(prev.text(), prev.start(), s));
            }
            out.add(new SpokenWord(w.text(), s, Math.max(s, e)));
        }
        return out;
    }

    /** Unpaired runs take the time between their neighbours, or a share of the neighbours' own. */
    private static void fillGaps(List<String> written, boolean[] placed, double[] start, double[] stop, double end) {
        int n = written.size();
        for (int i = 0; i < n; ) {
            if (placed[i]) { i++; continue; }
            int j = i;
            while (j < n && !placed[j]) j++;
            int from = i, to = j;
            double lo = i > 0 ? stop[i - 1] : 0, hi = j < n ? start[j] : end;
            if (hi - lo < SHORTEST_WORD_SECONDS * (j - i)) {
                if (i > 0) { from = i - 1; lo = start[i - 1]; }
                if (j < n) { to = j + 1; hi = stop[j]; }
            }
            spread(written, from, to, lo, Math.max(lo, hi), start, stop);
            i = j;
        }
    }

    /** Tokens {@code [from, to)} share {@code [lo, hi]} in proportion to their length. */
    private static void spread(List<String> written, int from, int to, double lo, double hi, double[] start, double[] stop) {
        double total = 0;
        for (int k = from; k < to; k++) total += weight(written.get(k));
        double at = lo;
        for (int k = from; k < to; k++) {
            start[k] = at;
            at = k == to - 1 ? hi : at + (hi - lo) * weight(written.get(k)) / total;
            stop[k] = at;
        }
    }

    private static int weight(String token) { return Math.max(1, normalise(token).length()); }

    private static double clamp(double t, double limit) { return Double.isFinite(t) ? Math.min(Math.max(0, t), limit) : 0; }

    private static double round(double seconds) { return Math.round(seconds * 1000) / 1000.0; }
}
