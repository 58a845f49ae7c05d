package video.zapcut.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import video.zapcut.agents.Brief;
import video.zapcut.common.AspectRatio;
import video.zapcut.media.image.ImageInspector;
import video.zapcut.media.image.InvalidImageException;

/**
 * Checks a request completely before anything is written: brief length, duration, aspect and
 * every photo by its content (magic bytes, pixel limit before decoding, a full decode).
 */
public final class RequestValidator {
    private final ImageInspector images;

    public RequestValidator(ImageInspector images) { this.images = images; }

    public GenerationRequest validate(String briefText, String productName, String direction, String duration,
                                      String aspect, List<Path> photos, List<String> requestedScenes) {
        if (briefText == null || briefText.isBlank()) throw new InvalidRequestException("the brief is empty: describe what you sell and the ad you want");
        String brief = briefText.strip();
        if (brief.length() > Brief.MAX_LENGTH) {
            throw new InvalidRequestException("the brief is " + brief.length() + " characters long; the limit is " + Brief.MAX_LENGTH);
        }
        int seconds;
        try {
            seconds = Integer.parseInt(duration.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidRequestException("duration must be 15, 30 or 60 seconds, not '" + duration + "'");
        }
        if (!Brief.DURATIONS.contains(seconds)) throw new InvalidRequestException("duration must be 15, 30 or 60 seconds, not " + seconds);
        AspectRatio ratio = AspectRatio.parse(aspect)
                .orElseThrow(() -> new InvalidRequestException("aspect must be 16:9, 9:16 or 1:1, not '" + aspect + "'"));
        if (productName != null && productName.strip().length() > 200) throw new InvalidRequestException("the product name is longer than 200 characters");
        if (direction != null && direction.length() > Brief.MAX_LENGTH) throw new InvalidRequestException("the creative direction is longer than " + Brief.MAX_LENGTH + " characters");
        if (photos.size() > 10) throw new InvalidRequestException("at most 10 product photos, not " + photos.size());
        List<GenerationRequest.Photo> checked = new ArrayList<>();
        for (Path p : photos) {
            try {
                checked.add(new GenerationRequest.Photo(p, images.inspect(p)));
            } catch (InvalidImageException e) {
                throw new InvalidRequestException(e.getMessage());
            }
        }
        String product = productName == null || productName.isBlank() ? null : productName.strip();
        String dir = direction == null || direction.isBlank() ? null : direction.strip();
        return new GenerationRequest(new Brief(brief, product, dir, seconds, ratio, requestedScenes), checked);
    }
}
