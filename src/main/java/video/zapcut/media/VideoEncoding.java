package video.zapcut.media;

import java.util.List;

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

    public List<String> audioArgs() {
        return List.of("-c:a", "aac", "-b:a", audioBitrateKbps + "k", "-ar", "48000", "-ac", "2");
    }
}
