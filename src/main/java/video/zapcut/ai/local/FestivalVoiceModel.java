package video.zapcut.ai.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import video.zapcut.ai.VoiceModel;
import video.zapcut.ai.vendors.Wav;

/**
 * The offline voice: Festival with the HTS voice {@code cmu_us_slt_arctic_hts} (Debian's
 * {@code festival} and {@code festvox-us-slt-hts}), run as a process like FFmpeg. Festival's utterance
 * structure holds each word's start and end as synthesised, so the captions are timed to the voice
 * itself, not estimated. Festival speaks a token as one or more words ("12" is "twelve", "well-made" two
 * words); a token's time runs from its first word's start to its last word's end, and a token it does
 * not voice (a dash) sits at its predecessor's end with no length.
 */
public final class FestivalVoiceModel implements VoiceModel {
    public static final String MODEL = "festival-hts";
    static final String VOICE = "cmu_us_slt_arctic_hts";
    private static final long TIMEOUT_SECONDS = 60;
    private final String festival;

    public FestivalVoiceModel() { this("festival"); }

    FestivalVoiceModel(String festivalBinary) { this.festival = festivalBinary; }

    @Override
    public String provider() { return "local"; }

    @Override
    public String model() { return MODEL; }

    /** Why the voice cannot speak on this machine (Festival or its voice missing), or null when it can. */
    public static String unavailable() {
        if (!onPath("festival")) {
            return "the offline voice needs Festival: sudo apt-get install -y festival festvox-us-slt-hts (or set ZAPCUT_VOICE_PROVIDER=none)";
        }
        if (!Files.isDirectory(Path.of("/usr/share/festival/voices/us", VOICE))) {
            return "the offline voice needs Festival's HTS voice: sudo apt-get install -y festvox-us-slt-hts";
        }
        return null;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) if (Files.isExecutable(Path.of(dir, command))) return true;
        return false;
    }

    @Override
    public Speech speak(SpeechRequest request, Path outFile) {
        return speakAll(List.of(request), List.of(outFile)).getFirst();
    }

    /**
     * All the lines in one Festival process: loading the HTS voice takes about 0.8 s of CPU (and 80,000
     * page faults) per process, speaking a line about 0.15 s, so an ad's five lines cost one load, not five.
     */
    @Override
    public List<Speech> speakAll(List<SpeechRequest> requests, List<Path> outFiles) {
        if (requests.size() != outFiles.size()) throw new IllegalArgumentException("one file per line to speak");
        if (requests.isEmpty()) return List.of();
        List<List<String>> tokens = requests.stream().map(SpeechRequest::tokens).toList();
        Path script = outFiles.getFirst().resolveSibling(outFiles.getFirst().getFileName() + ".scm");
        try {
            Files.writeString(script, script(tokens.stream().map(t -> String.join(" ", t)).toList(), outFiles), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(festival, "--batch", script.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS * requests.size(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("festival did not finish in " + TIMEOUT_SECONDS * requests.size() + " s");
            }
            if (p.exitValue() != 0 || !outFiles.stream().allMatch(Files::isRegularFile)) {
                throw new IllegalStateException("festival failed (exit " + p.exitValue() + "): " + tail(out));
            }
            List<String> utterances = utterances(out);
            if (utterances.size() != requests.size()) {
                throw new IllegalStateException("festival spoke " + utterances.size() + " of " + requests.size() + " lines: " + tail(out));
            }
            List<Speech> speeches = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                double seconds = Wav.of(Files.readAllBytes(outFiles.get(i))).seconds();
                speeches.add(new Speech(outFiles.get(i), seconds, words(tokens.get(i), utterances.get(i))));
            }
            return speeches;
        } catch (IOException e) {
            String why = unavailable();
            throw new IllegalStateException(why != null ? why : "cannot run festival: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while festival was speaking", e);
        } finally {
            try {
                Files.deleteIfExists(script);
            } catch (IOException ignored) {
                // a leftover script in the scratch folder is harmless
            }
        }
    }

    /**
     * The Scheme program: load the voice once; for each line synthesise it, save its wave, then print a
     * line "U" and one line per token ("T" and the start and end of each word it was spoken as; words it
     * was not voiced as have no Word item or no length).
     */
    static String script(List<String> texts, List<Path> wavs) {
        StringBuilder s = new StringBuilder("(" + VOICE.replace("cmu_", "voice_cmu_") + ")\n");
        for (int i = 0; i < texts.size(); i++) {
            s.append("(set! utt (Utterance Text ").append(quote(texts.get(i))).append("))\n")
                    .append("(utt.synth utt)\n")
                    .append("(utt.save.wave utt ").append(quote(wavs.get(i).toString())).append(" 'riff)\n")
                    .append("(format t \"U\\n\")\n")
                    .append("(set! tok (utt.relation.first utt 'Token))\n")
                    .append("(while tok\n")
                    .append("  (format t \"T\")\n")
                    .append("  (mapcar (lambda (w) (let ((wr (item.relation w 'Word)))\n")
                    .append("    (if wr (format t \"\\t%f\\t%f\" (item.feat wr \"word_start\") (item.feat wr \"word_end\")))))\n")
                    .append("    (item.daughters tok))\n")
                    .append("  (format t \"\\n\")\n")
                    .append("  (set! tok (item.next tok)))\n");
        }
        return s.toString();
    }

    /** Festival's output cut at each "U" line: one text of token lines per line spoken. */
    static List<String> utterances(String festivalOutput) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : festivalOutput.split("\n")) {
            if (line.equals("U")) {
                if (current != null) out.add(current.toString());
                current = new StringBuilder();
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (current != null) out.add(current.toString());
        return out;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Each written token with the span of the words Festival spoke for it. */
    static List<SpokenWord> words(List<String> tokens, String festivalOutput) {
        List<double[]> spans = new ArrayList<>();
        for (String line : festivalOutput.split("\n")) {
            if (!line.startsWith("T")) continue;
            String[] f = line.split("\t");
            double start = Double.NaN, end = Double.NaN;
            for (int i = 1; i + 1 < f.length; i += 2) {
                double s = Double.parseDouble(f[i].strip()), e = Double.parseDouble(f[i + 1].strip());
                if (e <= 0 || e <= s) continue; // a word given no sound
                if (Double.isNaN(start)) start = s;
                end = e;
            }
            spans.add(new double[] {start, end});
        }
        if (spans.size() != tokens.size()) {
            throw new IllegalStateException(String.format(Locale.ROOT, "festival read %d tokens where the line has %d", spans.size(), tokens.size()));
        }
        List<SpokenWord> out = new ArrayList<>();
        double last = 0;
        for (int i = 0; i < tokens.size(); i++) {
            double[] s = spans.get(i);
            if (Double.isNaN(s[0]) || s[0] < last) {
                out.add(new SpokenWord(tokens.get(i), last, last));
            } else {
                out.add(new SpokenWord(tokens.get(i), s[0], s[1]));
                last = s[1];
            }
        }
        return out;
    }

    private static String tail(String s) {
        String t = s.strip();
        return t.length() > 400 ? t.substring(t.length() - 400) : t;
    }
}
