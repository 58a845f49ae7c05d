package video.zapcut.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's ffprobe and ffmpeg, used by tests as an independent judge of what the bundled ffmpeg
 * produced (./run-tests installs them).
 */
public final class Ffprobe {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Ffprobe() {}

    public record Facts(String videoCodec, String pixFmt, int width, int height, double fps, int frames,
                        String audioCodec, int sampleRate, int channels, double duration, String title, String comment,
                        boolean faststart, double audioDuration) {}

    public static Facts probe(Path file) {
        JsonNode root = JSON.readTree(run(List.of("ffprobe", "-v", "error", "-count_frames", "-print_format", "json",
                "-show_format", "-show_streams", file.toString())));
        JsonNode v = null, a = null;
        for (JsonNode s : root.get("streams")) {
            if ("video".equals(s.get("codec_type").asString()) && v == null) v = s;
            if ("audio".equals(s.get("codec_type").asString()) && a == null) a = s;
        }
        if (v == null) throw new AssertionError("no video stream in " + file);
        String[] rate = v.get("avg_frame_rate").asString().split("/");
        JsonNode tags = root.get("format").get("tags");
        return new Facts(v.get("codec_name").asString(), v.get("pix_fmt").asString(), v.get("width").asInt(),
                v.get("height").asInt(), Double.parseDouble(rate[0]) / Double.parseDouble(rate[1]),
                v.get("nb_read_frames").asInt(),
                a == null ? null : a.get("codec_name").asString(), a == null ? 0 : a.get("sample_rate").asInt(),
                a == null ? 0 : a.get("channels").asInt(), root.get("format").get("duration").asDouble(),
                tags != null && tags.has("title") ? tags.get("title").asString() : null,
                tags != null && tags.has("comment") ? tags.get("comment").asString() : null,
                moovBeforeMdat(file), a == null || !a.has("duration") ? 0 : a.get("duration").asDouble());
    }

    /** Integrated loudness (LUFS) and true peak (dBTP) measured by Debian's ffmpeg. */
    public static double[] loudness(Path file) {
        String log = runErr(List.of("ffmpeg", "-hide_banner", "-nostats", "-i", file.toString(), "-map", "0:a:0",
                "-af", "ebur128=peak=true", "-f", "null", "-"));
        String summary = log.substring(log.lastIndexOf("Summary:"));
        Matcher i = Pattern.compile("I:\\s+(-?[\\d.]+) LUFS").matcher(summary);
        Matcher p = Pattern.compile("Peak:\\s+(-?[\\d.]+) dBFS").matcher(summary);
        if (!i.find() || !p.find()) throw new AssertionError("no loudness in: " + summary);
        return new double[] {Double.parseDouble(i.group(1)), Double.parseDouble(p.group(1))};
    }

    /** Faststart: the moov atom comes before mdat, so players can start before the download ends. */
    static boolean moovBeforeMdat(Path file) {
        try {
            byte[] head = java.nio.file.Files.readAllBytes(file);
            String s = new String(head, 0, Math.min(head.length, 1 << 20), StandardCharsets.ISO_8859_1);
            int moov = s.indexOf("moov"), mdat = s.indexOf("mdat");
            return moov >= 0 && (mdat < 0 || moov < mdat);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) throw new AssertionError(cmd + " failed");
            return out;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static String runErr(List<String> cmd) {
        try {
            List<String> c = new ArrayList<>(cmd);
            Process p = new ProcessBuilder(c).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) throw new AssertionError(cmd + " failed: " + err);
            return err;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
