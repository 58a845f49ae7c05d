package video.zapcut.web.projects;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.projects.ProjectRepository.ProjectFields;

/**
 * PATCH /v1/projects/{id}: a field left out (or sent as null) keeps its value. A name, when given,
 * must still contain something besides spaces.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdateProjectRequest(
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        @Size(max = 200, message = "must be at most {max} characters") String name,
        @Size(max = ProjectText.MAX, message = "must be at most {max} characters") String description,
        @Size(max = 200, message = "must be at most {max} characters") String productName,
        @Size(max = ProjectText.MAX, message = "must be at most {max} characters") String productDescription,
        @Size(max = ProjectText.MAX, message = "must be at most {max} characters") String targetAudience,
        @Size(max = ProjectText.MAX, message = "must be at most {max} characters") String brandBenefit) {

    ProjectFields toChanges() {
        return new ProjectFields(name == null ? null : name.strip(), description, productName, productDescription,
                targetAudience, brandBenefit);
    }
}
