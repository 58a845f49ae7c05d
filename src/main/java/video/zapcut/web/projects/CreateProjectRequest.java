package video.zapcut.web.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.projects.ProjectRepository.ProjectFields;

/** POST /v1/projects. Text limits follow the columns; free text is capped so one row stays a sane size. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateProjectRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most {max} characters") String name,
        @Size(max = ProjectText.MAX, message = "must be at most {max} characters") String description,
        @Size(max = 200, message = "must be at most {max} characters") String productName,
        @Size(max = ProjectText.MAX, message = "must be at most {max} characters") String productDescription,
        @Size(max = ProjectText.MAX, message = "must be at most {max} characters") String targetAudience,
        @Size(max = ProjectText.MAX, message = "must be at most {max} characters") String brandBenefit) {

    ProjectFields toFields() {
        return new ProjectFields(name.strip(), description, productName, productDescription, targetAudience, brandBenefit);
    }
}
