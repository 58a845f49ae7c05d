package video.zapcut.pipeline.stages;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import video.zapcut.common.Background;
import video.zapcut.media.CompositionPlan;
import video.zapcut.media.FrameGrabber;
import video.zapcut.media.MediaException;
import video.zapcut.media.image.TextContrast;
import video.zapcut.media.scene.FastPng;
import video.zapcut.pipeline.Timeline;

/**
 * How well each scene's text reads in the finished ad: every text layer's contrast ({@link TextContrast})
 * on a frame of the ad itself where the layer is fully shown, so what is judged is what the viewer gets
 * after compositing and compression, not what the renderers intended. A scene's figure is its worst layer's.
 *
 * <p>The frames are keyframes of the ad (one every 2 s at most), each decoded alone (about 0.1 s of FFmpeg
 * for a 1080p one), cropped to the layers it serves and shared by as many layers as it shows; seeking to
 * any other frame decodes up to a GOP. A layer shown at no keyframe (a caption phrase between two) is
 * measured on its own frame. On the demo: seven layers, four keyframes and one exact seek, about a second.
 */
final class TextLegibility {
    private static final Logger log = LoggerFactory.getLogger(TextLegibility.class);

    private TextLegibility() {}

    /** A text layer of scene {@code scene} at ({@code x}, {@code y}): which image is fully shown over which frames. */
    record Layer(int scene, int x, int y, List<Shown> shown) {}

    /** {@code png} fully shown over frames [{@code from}, {@code to}). */
    record Shown(Path png, int from, int to) {}

    /** An overlay: fully shown after its fade in and before its fade out. */
    static Layer of(int scene, CompositionPlan.Overlay o) {
        double from = o.startSeconds() + CompositionPlan.OVERLAY_FADE_SECONDS;
        double to = o.fadeOut() ? o.endSeconds() - CompositionPlan.OVERLAY_FADE_SECONDS : o.endSeconds();
        int f = (int) Math.ceil(from * Timeline.FPS);
        return new Layer(scene, o.x(), o.y(), List.of(new Shown(o.png(), f, Math.max(f + 1, (int) Math.floor(to * Timeline.FPS)))));
    }

    /** A scene's captions: each phrase image over its frames (the blanks between phrases have no letters and are passed over). */
    static Layer of(CompositionPlan.CaptionTrack t) {
        List<Shown> shown = new ArrayList<>();
        int at = t.startFrame();
        for (CompositionPlan.Still s : t.stills()) {
            shown.add(new Shown(s.png(), at, at + s.frames()));
            at += s.frames();
        }
        return new Layer(t.scene(), t.x(), t.y(), shown);
    }

    /** Each scene's lowest text contrast on {@code video}'s frames (a scene whose letters were found on no frame is left out). */
    static Map<Integer, Double> measure(FrameGrabber grabber, Path video, int width, int height, List<Layer> layers, Path dir) {
        if (layers.isEmpty()) return Map.of();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long started = System.nanoTime();
        Images images = new Images();
        List<Integer> keyframes = grabber.keyframeNumbers(video);
        Rectangle frame = new Rectangle(0, 0, width, height);
        Map<Integer, Double> worst = new TreeMap<>();
        List<Layer> unmeasured = new ArrayList<>();
        // Layers shown together are measured on the same keyframe where they can be: one decode serves them all.
        Map<Integer, Integer> sharedBy = new HashMap<>();
        for (Layer l : layers) for (int k : keyframesShowing(l, keyframes, images)) sharedBy.merge(k, 1, Integer::sum);
        Map<Layer, Double> found = measureAt(grabber, video, frame, layers, dir, "k", images, l -> mostShared(l, keyframes, images, sharedBy), true);
        for (Layer l : layers) {
            Double c = found.get(l);
            if (c == null) unmeasured.add(l);
            else worst.merge(l.scene(), c, Math::min);
        }
        measureAt(grabber, video, frame, unmeasured, dir, "f", images, l -> middleOfFirst(l, images), false)
                .forEach((l, c) -> worst.merge(l.scene(), c, Math::min));
        log.debug("text legibility of {} layers measured in {} ms ({} on their own frame): {}", layers.size(),
                (System.nanoTime() - started) / 1_000_000, unmeasured.size(), worst);
        return worst;
    }

    /** As {@link #measure}, on a thread of its own: the result is {@link #result}'s. */
    static Future<Map<Integer, Double>> inBackground(FrameGrabber grabber, Path video, int width, int height, List<Layer> layers,
                                                     Path dir) {
        return Background.start("text-legibility", () -> measure(grabber, video, width, height, layers, dir));
    }

    /**
     * The measure run by {@code task}, once done; empty when it failed (logged): a measure of the ad that
     * could not be taken leaves the record without it, it does not fail the ad.
     */
    static Map<Integer, Double> result(Future<Map<Integer, Double>> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            log.warn("text legibility not measured: {}", e.getCause().toString());
            return Map.of();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new MediaException("interrupted while measuring the text's legibility", e);
        }
    }

    /** The layer images read so far, and whether each has letters. */
    private static final class Images {
        private final Map<Path, BufferedImage> read = new HashMap<>();
        private final Map<Path, Boolean> letters = new HashMap<>();

        BufferedImage of(Path png) { return read.computeIfAbsent(png, FastPng::read); }

        boolean hasLetters(Path png) { return letters.computeIfAbsent(png, p -> TextContrast.hasLetters(of(p))); }
    }

    private static Map<Layer, Double> measureAt(FrameGrabber grabber, Path video, Rectangle frame, List<Layer> layers, Path dir,
                                                String prefix, Images images, Function<Layer, Shown> pick, boolean keyframes) {
        List<FrameGrabber.Grab> grabs = new ArrayList<>();
        List<Layer> grabbed = new ArrayList<>();
        List<Shown> shown = new ArrayList<>();
        for (Layer l : layers) {
            Shown s = pick.apply(l);
            if (s == null) continue;
            BufferedImage image = images.of(s.png());
            Rectangle crop = new Rectangle(l.x(), l.y(), image.getWidth(), image.getHeight()).intersection(frame);
            if (crop.isEmpty()) continue;
            grabbed.add(l);
            shown.add(s);
            grabs.add(new FrameGrabber.Grab(video, s.from(), dir.resolve(prefix + grabs.size() + ".png"), 0, crop));
        }
        if (keyframes) grabber.keyframes(grabs);
        else grabber.frames(grabs);
        Map<Layer, Double> out = new HashMap<>();
        for (int i = 0; i < grabs.size(); i++) {
            Layer l = grabbed.get(i);
            Rectangle crop = grabs.get(i).crop();
            double c = TextContrast.measure(FastPng.read(grabs.get(i).out()), images.of(shown.get(i).png()), l.x() - crop.x, l.y() - crop.y);
            if (!Double.isNaN(c)) out.merge(l, Math.round(c * 100) / 100.0, Math::min);
        }
        return out;
    }

    /** The keyframes at which the layer shows an image with letters. */
    private static Set<Integer> keyframesShowing(Layer l, List<Integer> keyframes, Images images) {
        Set<Integer> out = new TreeSet<>();
        for (Shown s : l.shown()) {
            // Only images a keyframe shows are read (a scene's captions are dozens of images, most shown at none).
            for (int k : keyframes) if (k >= s.from() && k < s.to() && images.hasLetters(s.png())) out.add(k);
        }
        return out;
    }

    /** Of the keyframes showing the layer's letters, the one most layers share (the earliest on a tie), as a one-frame {@link Shown}; null when none. */
    private static Shown mostShared(Layer l, List<Integer> keyframes, Images images, Map<Integer, Integer> sharedBy) {
        Shown best = null;
        for (Shown s : l.shown()) {
            for (int k : keyframes) {
                if (k < s.from() || k >= s.to() || !images.hasLetters(s.png())) continue;
                if (best == null || sharedBy.get(k) > sharedBy.get(best.from())) best = new Shown(s.png(), k, k + 1);
            }
        }
        return best;
    }

    /** The middle frame of the layer's first image with letters; null when none has any. */
    private static Shown middleOfFirst(Layer l, Images images) {
        for (Shown s : l.shown()) {
            if (images.hasLetters(s.png())) return new Shown(s.png(), (s.from() + s.to() - 1) / 2, (s.from() + s.to() + 1) / 2);
        }
        return null;
    }
}
