package video.zapcut.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The delivery encode: H.264 High, yuv420p, 30 fps, 2 s GOP, faststart; AAC-LC 48 kHz stereo.
 * {@code bench/} encodes its reference test pattern with exactly these video arguments.
 */
public record VideoEncoding(String preset, int crf, int audioBitrateKbps) {
    public static final VideoEncoding DEFAULT = new VideoEncoding("veryfast", 20, 192);

    public List<String> videoArgs() {
        return List.of("-c:v", "libx264", "-preset", preset, "-crf", Integer.toString(crf), "-profile:v", "high",
                "-pix_fmt", "yuv420p", "-r", "30", "-g", "60", "-movflags", "+faststart");
    }

    /**
     * The video arguments for a piece of an ad that is joined to others by stream copy: no faststart
     * (the joined file gets it) and one tick per frame, so the join adds up timestamps exactly.
     */
    public List<String> pieceArgs() {
        List<String> args = new ArrayList<>(videoArgs());
        int faststart = args.indexOf("-movflags");
        if (faststart >= 0) args.subList(faststart, faststart + 2).clear();
        args.addAll(List.of("-video_track_timescale", "30"));
        return args;
    }

    /**
     * Makes the encoder start a closed GOP with an IDR frame at each of {@code frames} (numbered from
     * the first frame it encodes), so the finished file can be cut there by stream copy and each piece
     * decodes on its own. x264's GOPs are closed unless asked otherwise.
     */
    public List<String> idrAt(List<Integer> frames) {
        if (frames.isEmpty()) return List.of();
        List<String> times = frames.stream().map(f -> String.format(Locale.ROOT, "%.6f", f / 30.0)).toList();
        return List.of("-force_key_frames", String.join(",", times), "-forced-idr", "1");
    }

    public List<String> audioArgs() {
        return List.of("-c:a", "aac", "-b:a", audioBitrateKbps + "k", "-ar", "48000", "-ac", "2");
    }
}
