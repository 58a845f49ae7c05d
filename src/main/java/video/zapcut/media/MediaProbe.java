package video.zapcut.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads container and stream facts from the banner {@code ffmpeg -i FILE} prints. */
public final class MediaProbe {
    private static final Pattern DURATION = Pattern.compile("Duration: (\\d+):(\\d+):(\\d+(?:\\.\\d+)?)");
    private static final Pattern VIDEO = Pattern.compile("Stream #\\S+.*?: Video: (\\w+).*?, (\\w+)(?:\\([^)]*\\))?, (\\d+)x(\\d+)");
    private static final Pattern FPS = Pattern.compile("Video: .*?, ([\\d.]+) fps");
    private static final Pattern AUDIO = Pattern.compile("Stream #\\S+.*?: Audio: (\\w+).*?, (\\d+) Hz, (mono|stereo|[\\d.]+(?: channels)?)");

    private final Ffmpeg ffmpeg;

    public MediaProbe(Ffmpeg ffmpeg) { this.ffmpeg = ffmpeg; }

    public MediaInfo probe(Path file) {
        if (!Files.isRegularFile(file)) throw new MediaException("no such media file: " + file);
        // ffmpeg exits 1 when given no output; the banner on stderr is what we want.
        String log = ffmpeg.exec(List.of("-i", file.toString()), 1, TimeUnit.MINUTES).stderr();
        if (log.contains("Invalid data found") || !log.contains("Duration:")) {
            throw new MediaException(file.getFileName() + " is not a readable media file");
        }
        return parse(log, size(file));
    }

    static MediaInfo parse(String log, long size) {
        double duration = 0;
        Matcher d = DURATION.matcher(log);
        if (d.find()) duration = Integer.parseInt(d.group(1)) * 3600 + Integer.parseInt(d.group(2)) * 60 + Double.parseDouble(d.group(3));
        String vcodec = null, pix = null;
        Integer w = null, h = null;
        Double fps = null;
        Matcher v = VIDEO.matcher(log);
        if (v.find()) {
            vcodec = v.group(1);
            pix = v.group(2);
            w = Integer.parseInt(v.group(3));
            h = Integer.parseInt(v.group(4));
            Matcher f = FPS.matcher(log);
            if (f.find()) fps = Double.parseDouble(f.group(1));
        }
        String acodec = null;
        Integer rate = null, channels = null;
        Matcher a = AUDIO.matcher(log);
        if (a.find()) {
            acodec = a.group(1);
            rate = Integer.parseInt(a.group(2));
            String ch = a.group(3);
            channels = switch (ch) {
                case "mono" -> 1;
                case "stereo" -> 2;
                default -> (int) Double.parseDouble(ch.replace(" channels", ""));
            };
        }
        return new MediaInfo(duration, vcodec, pix, w, h, fps, acodec, rate, channels, size);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new MediaException("cannot stat " + file, e);
        }
    }
}
