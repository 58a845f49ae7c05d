package video.zapcut.ads;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An ad's files (blob uris) and its owner, for serving them, with what their download names are made of.
 *
 * @param productName the product as the order named it, else as the pipeline read it from the brief; may be null
 * @param madeOn      the day (UTC) the ad was finished, or created when it is not finished
 */
public record AdMedia(UUID userId, String videoUri, String thumbnailUri, String keyframeUrlsJson, String productName,
                      String aspectRatio, LocalDate madeOn) {

    /** e.g. {@code luna-cold-brew-9x16-2026-12-06.mp4}. */
    public String videoFileName() { return AdFileName.of(productName, aspectRatio, madeOn, "mp4"); }

    public String thumbnailFileName() { return AdFileName.of(productName, aspectRatio, madeOn, "jpg"); }

    public String keyframeFileName(int scene) {
        return AdFileName.of(productName, aspectRatio, madeOn, "png").replaceFirst("\\.png$", "-scene-" + scene + ".png");
    }
}
