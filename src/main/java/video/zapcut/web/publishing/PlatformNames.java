package video.zapcut.web.publishing;

import video.zapcut.publishing.Platform;
import video.zapcut.web.errors.NotFound;

/** A platform named in a URL: {@code x} (or {@code twitter}) and {@code linkedin}; anything else is a 404. */
final class PlatformNames {
    private PlatformNames() {}

    static Platform parse(String name) {
        return Platform.of(name).orElseThrow(() -> NotFound.of("platform", name));
    }
}
