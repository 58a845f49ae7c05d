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
        List<String> tokens = request.tokens();
        Path script = outFile.resolveSibling(outFile.getFileName() + ".scm");
        try {
            Files.writeString(script, script(String.join(" ", tokens), outFile), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(festival, "--batch", script.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("festival did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(outFile)) {
                throw new IllegalStateException("festival failed (exit " + p.exitValue() + "): " + tail(out));
            }
            return new Speech(outFile, WavLength.seconds(outFile), words(tokens, out));
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
     * The Scheme program: synthesise, save the wave, then print one line per token ("T" and the start and
     * end of each word it was spoken as; words it was not voiced as have no Word item or no length).
     */
    static String script(String text, Path wav) {
        return "(" + VOICE.replace("cmu_", "voice_cmu_") + ")\n"
                + "(set! utt (Utterance Text " + quote(text) + "))\n"
                + "(utt.synth utt)\n"
                + "(utt.save.wave utt " + quote(wav.toString()) + " 'riff)\n"
                + "(set! tok (utt.relation.first utt 'Token))\n"
                + "(while tok\n"
                + "  (format t \"T\")\n"
                + "  (mapcar (lambda (w) (let ((wr (item.relation w 'Word)))\n"
                + "    (if wr (format t \"\\t%f\\t%f\" (item.feat wr \"word_start\") (item.feat wr \"word_end\")))))\n"
                + "    (item.daughters tok))\n"
                + "  (format t \"\\n\")\n"
                + "  (set! tok (item.next tok)))\n";
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
