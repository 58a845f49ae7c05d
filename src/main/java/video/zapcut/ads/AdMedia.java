package video.zapcut.ads;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An ad's files (blob uris) and its owner, for serving them, with what their download names are made of.
 *
 * @param productName the product as the order named it, else as the pipeline read it from the brief; may be null
 * @param madeOn      the day (UTC) the ad was finished, or created when it is not finished
 * @param srtUri      the captions as SubRip, null when the ad has none
 * @param vttUri      the captions as WebVTT, likewise
 */
public record AdMedia(UUID userId, String videoUri, String thumbnailUri, String keyframeUrlsJson, String productName,
                      String aspectRatio, LocalDate madeOn, String srtUri, String vttUri) {

    /** e.g. {@code luna-cold-brew-9x16-2026-12-06.mp4}. */
    public String videoFileName() { return AdFileName.of(productName, aspectRatio, madeOn, "mp4"); }

    public String thumbnailFileName() { return AdFileName.of(productName, aspectRatio, madeOn, "jpg"); }

    /** e.g. {@code luna-cold-brew-16x9-2026-12-06.vtt}. */
    public String captionsFileName(String extension) { return AdFileName.of(productName, aspectRatio, madeOn, extension); }

    public String keyframeFileName(int scene) {
        return AdFileName.of(productName, aspectRatio, madeOn, "png").replaceFirst("\\.png$", "-scene-" + scene + ".png");
    }
}
