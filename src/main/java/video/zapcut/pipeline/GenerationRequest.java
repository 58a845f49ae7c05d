package video.zapcut.pipeline;

import java.nio.file.Path;
import java.util.List;
import video.zapcut.agents.Brief;
import video.zapcut.media.image.InspectedImage;

/** A validated request: the brief and the photos, each already checked by content. */
public record GenerationRequest(Brief brief, List<Photo> photos) {
    public record Photo(Path file, InspectedImage info) {}
}
