package video.zapcut.pipeline;

import java.util.List;
import java.util.UUID;
import video.zapcut.agents.Brief;
import video.zapcut.common.AspectRatio;

/** The parts of a generated_ads row the pipeline reads: who asked for what. */
public record AdRecord(UUID id, UUID projectId, UUID userId, UUID creativeBibleId, String brief, String productName,
                       String creativeDirection, List<String> requestedScenes, List<UUID> assetIds,
                       int targetDurationSeconds, String aspectRatio, long seed, String status,
                       List<SceneEdit> sceneEdits) {

    public AdRecord {
        sceneEdits = sceneEdits == null ? List.of() : List.copyOf(sceneEdits);
    }

    public Brief toBrief() {
        return new Brief(brief, productName, creativeDirection, targetDurationSeconds,
                AspectRatio.parse(aspectRatio).orElseThrow(), requestedScenes);
    }
}
