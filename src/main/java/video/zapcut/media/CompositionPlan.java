package video.zapcut.media;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything the composer needs for the one encoding pass.
 *
 * @param clips            one per scene, in order: video files of any size, rate or length (normalised), or layers
 *                         rendered in the same pass
 * @param sceneFrames      each scene's length on the timeline in frames (cuts fall between scenes)
 * @param transitionFrames length of each cross transition, centred on the cut
 * @param transition       an FFmpeg xfade transition name ("fade", "smoothleft", ...)
 * @param overlays         text layers with their placement and time window
 * @param music            mastered soundtrack, at least as long as the ad
 * @param thumbnailFrame   the frame saved as the thumbnail
 * @param captions         burned-in caption tracks, at most one per scene (empty for none)
 */
public record CompositionPlan(List<ClipSource> clips, List<Integer> sceneFrames, int transitionFrames, String transition,
                              List<Overlay> overlays, Path music, int width, int height, String title, String comment,
                              int thumbnailFrame, List<CaptionTrack> captions) {

    public static final int FPS = 30;

    public CompositionPlan {
        captions = captions == null ? List.of() : List.copyOf(captions);
    }

    /** A plan without captions. */
    public CompositionPlan(List<ClipSource> clips, List<Integer> sceneFrames, int transitionFrames, String transition,
                           List<Overlay> overlays, Path music, int width, int height, String title, String comment,
                           int thumbnailFrame) {
        this(clips, sceneFrames, transitionFrames, transition, overlays, music, width, height, title, comment, thumbnailFrame,
                List.of());
    }

    public int totalFrames() { return sceneFrames.stream().mapToInt(Integer::intValue).sum(); }

    public double totalSeconds() { return totalFrames() / (double) FPS; }

    /**
     * How many frames clip {@code i} must supply: its scene plus half a transition at each inner cut
     * (the first half before the cut, the second after), so the cut itself sits on the scene boundary.
     */
    public int clipFrames(int i) {
        int before = i == 0 ? 0 : transitionFrames - transitionFrames / 2;
        int after = i == clips.size() - 1 ? 0 : transitionFrames / 2;
        return sceneFrames.get(i) + before + after;
    }

    /** Frame at which the transition into clip {@code i} (i >= 1) starts on the output timeline. */
    public int transitionStartFrame(int i) {
        int cut = 0;
        for (int k = 0; k < i; k++) cut += sceneFrames.get(k);
        return cut - (transitionFrames - transitionFrames / 2);
    }

    /**
     * A still text layer shown from {@code startSeconds} to {@code endSeconds}, fading in and out.
     * {@code fadeOut} false keeps it on screen to the last frame (the end card).
     */
    public record Overlay(Path png, int x, int y, double startSeconds, double endSeconds, boolean fadeOut) {}

    /** How long an overlay takes to fade in (and, when it does, out). */
    public static final double OVERLAY_FADE_SECONDS = 0.35;

    /**
     * Scene {@code scene}'s burned-in captions: images of one size shown one after another from frame
     * {@code startFrame}, each for its number of frames (a transparent image between phrases), laid over
     * the picture at ({@code x}, {@code y}) without fades.
     */
    public record CaptionTrack(int scene, int x, int y, int startFrame, List<Still> stills) {
        public CaptionTrack {
            stills = List.copyOf(stills);
            if (stills.isEmpty()) throw new IllegalArgumentException("a caption track needs an image");
        }

        public int frames() { return stills.stream().mapToInt(Still::frames).sum(); }

        public int endFrame() { return startFrame + frames(); }
    }

    /** One image of a caption track and how many frames it stays. */
    public record Still(Path png, int frames) {
        public Still {
            if (frames < 1) throw new IllegalArgumentException("a still lasts at least one frame");
        }
    }
}
