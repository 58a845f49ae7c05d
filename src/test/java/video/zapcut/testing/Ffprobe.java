package video.zapcut.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /**
     * [start, end] seconds of each stretch of sound between silences in an audio file (a voice stem), found
     * by Debian FFmpeg's silencedetect: where speech really is, whatever timings were used to place it.
     */
    public static List<double[]> soundStretches(Path file, double minSilenceSeconds) {
        String log = runErr(List.of("ffmpeg", "-hide_banner", "-nostats", "-i", file.toString(), "-map", "0:a:0", "-af",
                "silencedetect=noise=-45dB:d=" + minSilenceSeconds, "-f", "null", "-"));
        Matcher starts = Pattern.compile("silence_start: (-?[\\d.]+)").matcher(log);
        Matcher ends = Pattern.compile("silence_end: ([\\d.]+)").matcher(log);
        List<Double> silenceStart = new ArrayList<>(), silenceEnd = new ArrayList<>();
        while (starts.find()) silenceStart.add(Double.parseDouble(starts.group(1)));
        while (ends.find()) silenceEnd.add(Double.parseDouble(ends.group(1)));
        double length = Double.parseDouble(run(List.of("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
                file.toString())).strip());
        List<double[]> out = new ArrayList<>();
        // Silence that lasts to the end of the file is reported as ending there: no sound follows it.
        if (silenceStart.isEmpty() || silenceStart.getFirst() > 0.001) silenceEnd.addFirst(0.0);
        for (double from : silenceEnd) {
            if (from >= length - 0.01) continue;
            double to = silenceStart.stream().filter(st -> st > from - 1e-9).findFirst().orElse(length);
            out.add(new double[] {from, to});
        }
        return out;
    }

    /** An audio stream decoded by Debian's FFmpeg to float samples at 48 kHz, channels interleaved. */
    public static float[] samples(Path file, int channels) {
        try {
            Path raw = Files.createTempFile("zapcut-samples", ".f32");
            runErr(List.of("ffmpeg", "-y", "-v", "error", "-i", file.toString(), "-map", "0:a:0", "-ac", String.valueOf(channels),
                    "-ar", "48000", "-f", "f32le", raw.toString()));
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(Files.readAllBytes(raw)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            Files.delete(raw);
            float[] out = new float[bytes.remaining() / 4];
            bytes.asFloatBuffer().get(out);
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Frame {@code n} (from 0) of a video as Debian's FFmpeg decodes it, scaled to {@code width} px wide. */
    public static java.awt.image.BufferedImage frame(Path video, int n, int width) {
        try {
            Path png = Files.createTempFile("zapcut-frame", ".png");
            runErr(List.of("ffmpeg", "-y", "-v", "error", "-i", video.toString(), "-vf", "select=eq(n\\," + n + "),scale=" + width + ":-2",
                    "-vsync", "0", "-frames:v", "1", png.toString()));
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
            Files.delete(png);
            return image;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
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

    public static String runErr(List<String> cmd) {
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
