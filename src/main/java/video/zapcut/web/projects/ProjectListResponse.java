package video.zapcut.web.projects;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.ads.Ads;
import video.zapcut.projects.ProjectRepository.Project;

/** GET /v1/projects: one page of the user's projects, newest first. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProjectListResponse(List<Item> projects, long total, int limit, int offset) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Item(UUID id, String name, String description, OffsetDateTime createdAt, long totalAds,
                       OffsetDateTime lastGeneratedAt) {
        /** @param ads the project's ads, or null when it has none */
        static Item of(Project p, Ads.ProjectAds ads) {
            return new Item(p.id(), p.name(), p.description(), p.createdAt(), ads == null ? 0 : ads.total(),
                    ads == null ? null : ads.lastGeneratedAt());
        }
    }
}
