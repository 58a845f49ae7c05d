package video.zapcut.publishing;

import video.zapcut.common.AspectRatio;

/**
 * What file a platform takes, checked before anything is uploaded.
 * <ul>
 *   <li>X: MP4 up to 512 MB, 0.5-140 s, at most 1280x1024. That limit is read orientation-free
 *       (long side 1280, short side 1024), as X's own recommended sizes show: 1280x720, 720x1280 and
 *       720x720. A 1080p ad is made at those sizes once and kept with the ad.</li>
 *   <li>LinkedIn: 75 KB to 500 MB, 3 s to 30 minutes; 1080p goes as it is.</li>
 * </ul>
 */
public record PlatformFormat(Platform platform, int width, int height, double minSeconds, double maxSeconds, long minBytes, long maxBytes) {

    public static PlatformFormat of(Platform platform, AspectRatio aspect) {
        return switch (platform) {
            case X -> switch (aspect) {
                case LANDSCAPE -> new PlatformFormat(platform, 1280, 720, 0.5, 140, 1, 512L * 1024 * 1024);
                case PORTRAIT -> new PlatformFormat(platform, 720, 1280, 0.5, 140, 1, 512L * 1024 * 1024);
                case SQUARE -> new PlatformFormat(platform, 720, 720, 0.5, 140, 1, 512L * 1024 * 1024);
            };
            case LINKEDIN -> new PlatformFormat(platform, aspect.width(), aspect.height(), 3, 30 * 60, 75L * 1024, 500L * 1024 * 1024);
        };
    }

    /** Whether the delivered 1080p file must be made smaller for this platform. */
    public boolean needsResize(AspectRatio aspect) { return width != aspect.width() || height != aspect.height(); }

    /** What is wrong with a file of this length and size here, in words; null when it fits. */
    public String problem(double seconds, long bytes) {
        if (seconds < minSeconds || seconds > maxSeconds) {
            return platform.label() + " takes videos of " + seconds(minSeconds) + " to " + seconds(maxSeconds) + "; this one lasts "
                    + String.format(java.util.Locale.ROOT, "%.1f s", seconds);
        }
        if (bytes < minBytes || bytes > maxBytes) {
            return platform.label() + " takes files of " + (minBytes / 1024) + " KB to " + (maxBytes / 1024 / 1024) + " MB; this one has "
                    + bytes + " bytes";
        }
        return null;
    }

    private static String seconds(double s) {
        return s >= 60 ? (int) (s / 60) + " minutes" : (s == Math.floor(s) ? (int) s + " s" : s + " s");
    }
}
