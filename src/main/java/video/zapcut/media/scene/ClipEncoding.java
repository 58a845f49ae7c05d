package video.zapcut.media.scene;

import java.util.ArrayList;
import java.util.List;

/**
 * Encoder settings for scene clips. The default favours speed: clips are intermediates that the final
 * composition re-encodes, so ultrafast at a high quality (CRF 16) loses nothing visible.
 *
 * @param codec       FFmpeg video encoder
 * @param preset      encoder speed preset
 * @param crf         constant rate factor (lower is better quality)
 * @param pixelFormat output pixel format; yuv420p plays everywhere
 * @param extraArgs   anything else to append to the output options
 */
public record ClipEncoding(String codec, String preset, int crf, String pixelFormat, List<String> extraArgs) {
    public static final ClipEncoding DEFAULT = new ClipEncoding("libx264", "ultrafast", 16, "yuv420p", List.of());

    public ClipEncoding {
        extraArgs = extraArgs == null ? List.of() : List.copyOf(extraArgs);
    }

    /** Output options, including the fixed 30 fps rate. */
    public List<String> args() {
        List<String> a = new ArrayList<>(List.of("-c:v", codec, "-preset", preset, "-crf", Integer.toString(crf),
                "-pix_fmt", pixelFormat, "-r", Integer.toString(SceneClipRenderer.FPS)));
        a.addAll(extraArgs);
        return a;
    }
}
