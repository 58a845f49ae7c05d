package video.zapcut.web.studio;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The studio is a single-page app: its client routes answer with index.html (built into
 * {@code static/} by the Maven build), and the browser app draws the page. The API lives under
 * {@code /v1}, so these paths never hide an endpoint.
 */
@Controller
public class StudioPages {
    /** Client routes; SecurityConfig permits exactly these (GET). */
    public static final String[] ROUTES = {"/login", "/signup", "/projects", "/projects/*"};

    @GetMapping({"/login", "/signup", "/projects", "/projects/{projectId}"})
    public String page() {
        return "forward:/index.html";
    }
}
