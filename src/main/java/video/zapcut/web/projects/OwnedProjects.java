package video.zapcut.web.projects;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import video.zapcut.projects.ProjectRepository;
import video.zapcut.projects.ProjectRepository.Project;

/**
 * Resolves a project id from a URL to a project of the signed-in user. A malformed id, an unknown
 * id and another user's project all get the same 404, so ids cannot be probed for existence.
 */
@Component
class OwnedProjects {
    private final ProjectRepository projects;

    OwnedProjects(ProjectRepository projects) { this.projects = projects; }

    Project require(UUID userId, String projectId) {
        return projects.find(userId, parse(projectId)).orElseThrow(() -> notFound(projectId));
    }

    static UUID parse(String projectId) {
        try {
            return UUID.fromString(projectId);
        } catch (IllegalArgumentException e) {
            throw notFound(projectId);
        }
    }

    static ResponseStatusException notFound(String projectId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no project " + printable(projectId));
    }

    /** The id goes back into the error message; a garbage id is cut short rather than echoed whole. */
    private static String printable(String projectId) {
        String id = projectId.replaceAll("[^\\w-]", "?");
        return id.length() > 40 ? id.substring(0, 40) + "..." : id;
    }
}
