package video.zapcut.web.projects;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import video.zapcut.projects.ProjectRepository;
import video.zapcut.projects.ProjectRepository.Project;
import video.zapcut.web.errors.NotFound;

/**
 * Resolves a project id from a URL to a project of the signed-in user. A malformed id, an unknown
 * id and another user's project all get the same 404, so ids cannot be probed for existence.
 */
@Component
public class OwnedProjects {
    private final ProjectRepository projects;

    OwnedProjects(ProjectRepository projects) { this.projects = projects; }

    public Project require(UUID userId, String projectId) {
        return projects.find(userId, parse(projectId)).orElseThrow(() -> notFound(projectId));
    }

    static UUID parse(String projectId) { return NotFound.uuid("project", projectId); }

    static ResponseStatusException notFound(String projectId) { return NotFound.of("project", projectId); }
}
