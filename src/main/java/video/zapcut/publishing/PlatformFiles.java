package video.zapcut.publishing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.IntConsumer;
import video.zapcut.ads.AdMedia;
import video.zapcut.ads.Ads;
import video.zapcut.common.AspectRatio;
import video.zapcut.media.MediaInfo;
import video.zapcut.media.MediaProbe;
import video.zapcut.media.VideoResizer;
import video.zapcut.storage.BlobStore;

/**
 * The file each platform gets: the delivered MP4 when it fits, else a copy made once at the
 * platform's size and kept in the blob store beside the ad ({@code ads/<id>/publish/x-1280x720.mp4}),
 * so a second post, a retry or another account reuses it and deleting the ad deletes it.
 */
public class PlatformFiles {
    private final BlobStore blobs;
    private final VideoResizer resizer;
    private final MediaProbe probe;

    public PlatformFiles(BlobStore blobs, VideoResizer resizer, MediaProbe probe) {
        this.blobs = blobs;
        this.resizer = resizer;
        this.probe = probe;
    }

    /** The blob key of the platform's copy of an ad. */
    public static String key(UUID adId, PlatformFormat format) {
        return Ads.mediaKey(adId, "publish/" + format.platform().id() + "-" + format.width() + "x" + format.height() + ".mp4");
    }

    /**
     * A local file of {@code ad} fit for {@code platform} (in {@code scratch} or the store's own
     * folder); {@code percent} hears the resize, 0-100. Throws {@link FileUnfit} when the platform
     * would refuse it.
     */
    public Path fileFor(Platform platform, UUID adId, AdMedia ad, Path scratch, IntConsumer percent) {
        if (ad.videoUri() == null) throw new FileUnfit("the ad has no video yet");
        AspectRatio aspect = AspectRatio.parse(ad.aspectRatio()).orElse(AspectRatio.LANDSCAPE);
        PlatformFormat format = PlatformFormat.of(platform, aspect);
        Path file;
        if (!format.needsResize(aspect)) {
            file = blobs.localCopy(BlobStore.keyOf(ad.videoUri()), scratch);
        } else {
            String key = key(adId, format);
            if (!blobs.exists(key)) {
                Path original = blobs.localCopy(BlobStore.keyOf(ad.videoUri()), scratch);
                MediaInfo source = probe.probe(original);
                long frames = Math.max(1, Math.round(source.durationSeconds() * 30));
                Path resized = scratch.resolve(platform.id() + "-" + UUID.randomUUID() + ".mp4");
                resizer.resize(original, resized, format.width(), format.height(),
                        done -> percent.accept((int) Math.min(100, done * 100 / frames)));
                blobs.put(key, resized);
                try {
                    Files.deleteIfExists(resized);
                } catch (java.io.IOException ignored) { /* scratch is cleared with its export */ }
            }
            file = blobs.localCopy(key, scratch);
        }
        MediaInfo info = probe.probe(file);
        String problem = format.problem(info.durationSeconds(), info.sizeBytes());
        if (problem != null) throw new FileUnfit(problem);
        percent.accept(100);
        return file;
    }

    /** The platform would refuse the ad's file; nothing was uploaded. */
    public static final class FileUnfit extends RuntimeException {
        public FileUnfit(String message) { super(message); }
    }
}
