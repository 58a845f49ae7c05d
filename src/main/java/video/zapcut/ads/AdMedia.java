package video.zapcut.ads;

import java.util.UUID;

/** An ad's files (blob uris) and its owner, for serving them. */
public record AdMedia(UUID userId, String videoUri, String thumbnailUri, String keyframeUrlsJson) {}
