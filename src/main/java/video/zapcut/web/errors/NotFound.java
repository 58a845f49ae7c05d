package video.zapcut.web.errors;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The 404 of a resource named by an id in the URL. A malformed id, an unknown one and another
 * user's all get the same answer, so ids cannot be probed for existence; the id goes back into the
 * message, but a garbage one is masked and cut short rather than echoed whole.
 */
public final class NotFound {
    private NotFound() {}

    /** "no {kind} {id}" as a 404 problem. */
    public static ResponseStatusException of(String kind, String id) {
        String shown = id.replaceAll("[^\\w-]", "?");
        return new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no " + kind + " " + (shown.length() > 40 ? shown.substring(0, 40) + "..." : shown));
    }

    /** The id as a UUID, or the same 404 as for an unknown one. */
    public static UUID uuid(String kind, String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw of(kind, id);
        }
    }
}
