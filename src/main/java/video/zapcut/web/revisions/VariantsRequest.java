package video.zapcut.web.revisions;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** POST /v1/ads/{ad_id}/variants: how many (2 to 4) and what differs (hook, cta or hook_and_cta). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record VariantsRequest(Integer count, String vary, Boolean dryRun) {}
