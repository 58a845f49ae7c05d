package video.zapcut.agents;

import java.util.List;
import video.zapcut.common.AspectRatio;

/**
 * What the marketer asked for.
 *
 * @param text              the brief in plain language (1..5000 characters)
 * @param productName       the product's name when the user gave it, else null (the analyser guesses)
 * @param creativeDirection optional style words ("clean and modern, soft morning light")
 * @param durationSeconds   15, 30 or 60
 * @param aspect            delivery format
 * @param requestedScenes   scene ideas the user wrote themselves, in order (may be empty)
 * @param audience          who it is for, when the user said so as a fact (the studio), else null
 * @param benefit           the key benefit, when the user said so as a fact, else null
 */
public record Brief(String text, String productName, String creativeDirection, int durationSeconds,
                    AspectRatio aspect, List<String> requestedScenes, String audience, String benefit) {
    public static final int MAX_LENGTH = 5000;

    public Brief {
        requestedScenes = requestedScenes == null ? List.of() : List.copyOf(requestedScenes);
    }

    /** A brief in words only: the agents read its facts from the text. */
    public Brief(String text, String productName, String creativeDirection, int durationSeconds, AspectRatio aspect,
                 List<String> requestedScenes) {
        this(text, productName, creativeDirection, durationSeconds, aspect, requestedScenes, null, null);
    }

    /** The brief plus creative direction: everything the style words can be read from. */
    public String allText() {
        return creativeDirection == null || creativeDirection.isBlank() ? text : text + ". " + creativeDirection;
    }
}
