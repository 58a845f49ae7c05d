package video.zapcut.ads;

import java.util.UUID;

/** What a finished ad's job status shows about the file: links are made from these at the edge. */
public record AdDelivery(UUID adId, String videoUri, String thumbnailUri, Double durationSeconds, Long fileSizeBytes,
                         Integer generationDurationSeconds, int apiCostCents) {}
