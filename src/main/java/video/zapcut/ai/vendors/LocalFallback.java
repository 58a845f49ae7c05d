package video.zapcut.ai.vendors;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import video.zapcut.ai.ImageModel;
import video.zapcut.ai.MusicModel;
import video.zapcut.ai.MusicRequest;
import video.zapcut.ai.ProductImages;
import video.zapcut.ai.SceneClip;
import video.zapcut.ai.SceneShot;
import video.zapcut.ai.VideoModel;
import video.zapcut.ai.VoiceModel;
import video.zapcut.ai.VisualStyleSpec;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.ai.vendors.http.VendorInterruptedException;
import video.zapcut.common.AspectRatio;
import video.zapcut.ai.Provenance;

/**
 * Optional ({@code ZAPCUT_FALLBACK_TO_LOCAL=true}): when a vendor fails for good (after its retries,
 * or with its circuit open), the stage's call is served by the local provider instead and the ad
 * records it. Cancellation and budget stops are never swallowed.
 */
public final class LocalFallback {
    private static final Logger log = LoggerFactory.getLogger(LocalFallback.class);

    private LocalFallback() {}

    static <T> T attempt(String what, String remote, Provenance provenance, Supplier<T> vendor, Supplier<T> local) {
        try {
            T value = vendor.get();
            provenance.record(what, remote);
            return value;
        } catch (VendorInterruptedException e) {
            throw e;
        } catch (VendorException e) {
            if (Thread.currentThread().isInterrupted()) throw e;
            log.warn("{}: {} failed ({}); using the local provider", what, remote, e.getMessage());
            provenance.record(what, "local (fallback: " + e.getMessage() + ")");
            return local.get();
        }
    }

    public static ImageModel image(ImageModel vendor, ImageModel local, Provenance p) {
        return new ImageModel() {
            @Override public String provider() { return vendor.provider(); }
            @Override public Map<String, Path> referenceImages(ProductImages product, VisualStyleSpec style, AspectRatio aspect, Path dir) {
                return attempt("reference_images", vendor.provider(), p, () -> vendor.referenceImages(product, style, aspect, dir),
                        () -> local.referenceImages(product, style, aspect, dir));
            }
            @Override public Path keyframe(SceneShot shot, ProductImages product, VisualStyleSpec style, Map<String, Path> references,
                                           Path previous, Path dir) {
                return attempt("keyframe_" + shot.index(), vendor.provider(), p, () -> vendor.keyframe(shot, product, style, references, previous, dir),
                        () -> local.keyframe(shot, product, style, references, previous, dir));
            }
        };
    }

    public static VideoModel video(VideoModel vendor, VideoModel local, Provenance p) {
        return new VideoModel() {
            @Override public String provider() { return vendor.provider(); }
            @Override public SceneClip render(SceneShot shot, VisualStyleSpec style, Path keyframeDir, Path out) {
                return attempt("scene_" + shot.index(), vendor.provider(), p, () -> vendor.render(shot, style, keyframeDir, out),
                        () -> local.render(shot, style, keyframeDir, out));
            }
        };
    }

    /** A line the vendor could not speak is spoken by the offline voice (its timings are its own). */
    public static VoiceModel voice(VoiceModel vendor, VoiceModel local, Provenance p) {
        return new VoiceModel() {
            @Override public String provider() { return vendor.provider(); }
            @Override public String model() { return vendor.model(); }
            @Override public Speech speak(SpeechRequest request, Path outFile) {
                return attempt("voiceover", vendor.provider(), p, () -> vendor.speak(request, outFile), () -> local.speak(request, outFile));
            }
        };
    }

    public static MusicModel music(MusicModel vendor, MusicModel local, Provenance p) {
        return new MusicModel() {
            @Override public String provider() { return vendor.provider(); }
            @Override public Path compose(MusicRequest request, Path outWav) {
                return attempt("music", vendor.provider(), p, () -> vendor.compose(request, outWav), () -> local.compose(request, outWav));
            }
        };
    }
}
