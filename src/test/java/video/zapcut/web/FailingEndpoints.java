package video.zapcut.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Endpoints that fail on purpose, for the error-handling tests. Imported by {@link ApiTest} for all
 * its subclasses, so they keep sharing one Spring context.
 */
@RestController
class FailingEndpoints {
    @GetMapping("/v1/test-errors/boom")
    Map<String, String> boom() { throw new IllegalStateException("database password is hunter2"); }

    @GetMapping("/v1/test-errors/items/{id}")
    Map<String, Integer> item(@PathVariable("id") int id) { return Map.of("id", id); }

    @GetMapping("/v1/test-errors/gone")
    Map<String, String> gone() { throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no ad 42"); }
}
