package video.zapcut.web.generate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.common.Json;
import video.zapcut.ads.AdView;

/**
 * GET /v1/ads/{ad_id}: the seed's shape (storyboard entries with scene_index, title, description,
 * duration), plus status, job_id, the brief, overlay text per scene, keyframe links once the
 * keyframes exist, the quality record and the cost breakdown; with a voice, each scene's voiceover line and
 * the captions ({@code captions}: burned or sidecar, with signed links to the SRT and WebVTT files). Media
 * URLs are signed links.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdResponse(UUID id, UUID projectId, UUID creativeBibleId, UUID jobId, String status, String brief,
                         String productName, String creativeDirection, String videoUrl, String thumbnailUrl,
                         Double durationSeconds, int targetDurationSeconds, String aspectRatio, String resolution,
                         Long fileSizeBytes, List<StoryboardScene> storyboard, Map<String, String> keyframeUrls,
                         JsonNode qualityReport, JsonNode costBreakdown, Integer generationDurationSeconds,
                         int apiCostCents, String errorMessage, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                         String captionsSrtUrl, String captionsVttUrl, String captions) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record StoryboardScene(int sceneIndex, String title, String description, double duration, String overlayText,
                                  String roleInStory, String cameraDirection, String emotionTone, String voiceover) {}

    static AdResponse of(AdView a, UUID jobId, MediaLinks links) {
        boolean completed = "completed".equals(a.status());
        return new AdResponse(a.id(), a.projectId(), a.creativeBibleId(), jobId, a.status(), a.brief(), a.productName(),
                a.creativeDirection(),
                completed && a.videoUri() != null ? links.link(MediaLinks.videoPath(a.id())) : null,
                completed && a.thumbnailUri() != null ? links.link(MediaLinks.thumbnailPath(a.id())) : null,
                a.durationSeconds(), a.targetDurationSeconds(), a.aspectRatio(), a.resolution(), a.fileSizeBytes(),
                storyboard(a.storyboardJson()), keyframes(a, links), tree(a.qualityReportJson()), tree(a.costBreakdownJson()),
                a.generationDurationSeconds(), a.apiCostCents(), a.errorMessage(), a.createdAt(), a.updatedAt(),
                completed && a.captions() != null ? links.link(MediaLinks.captionsPath(a.id(), "srt")) : null,
                completed && a.captions() != null ? links.link(MediaLinks.captionsPath(a.id(), "vtt")) : null,
                completed ? a.captions() : null);
    }

    private static List<StoryboardScene> storyboard(String json) {
        if (json == null) return null;
        List<StoryboardScene> out = new ArrayList<>();
        for (JsonNode s : Json.MAPPER.readTree(json)) {
            out.add(new StoryboardScene(s.path("scene_index").asInt(), s.path("scene_title").asString(null),
                    s.path("description").asString(null), s.path("duration_seconds").asDouble(),
                    s.path("overlay_text").asString(null), s.path("role_in_story").asString(null),
                    s.path("camera_direction").asString(null), s.path("emotion_tone").asString(null),
                    s.path("voiceover").asString(null)));
        }
        return out;
    }

    private static Map<String, String> keyframes(AdView a, MediaLinks links) {
        if (a.keyframeUrlsJson() == null) return null;
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : Json.MAPPER.readTree(a.keyframeUrlsJson()).properties()) {
            int scene = Integer.parseInt(e.getKey().replace("scene_", ""));
            out.put(e.getKey(), links.link(MediaLinks.keyframePath(a.id(), scene)));
        }
        return out;
    }

    private static JsonNode tree(String json) { return json == null ? null : Json.MAPPER.readTree(json); }
}
