package video.zapcut.ads;

import java.util.Map;
import java.util.UUID;

/** A creative bible of a project: its JSON and its reference images by role (empty until they exist). */
public record StoredBible(UUID id, UUID projectId, String name, String bibleJson, Map<String, String> referenceImages) {
    /** Whether an ad can reuse it: its reference images were made. */
    public boolean complete() { return referenceImages.size() >= 4; }
}
