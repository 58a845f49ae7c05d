package video.zapcut.web.projects;

import java.time.OffsetDateTime;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.projects.ProjectRepository.Project;

/** POST /v1/projects (201). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProjectCreatedResponse(UUID id, String name, String description, OffsetDateTime createdAt) {
    static ProjectCreatedResponse of(Project p) {
        return new ProjectCreatedResponse(p.id(), p.name(), p.description(), p.createdAt());
    }
}
