package video.zapcut.publishing;

/**
 * What a post says. The caption is the user's text as checked by {@code CaptionRules}; escaping it
 * for the platform's wire format (LinkedIn's reserved characters) is the client's job.
 *
 * @param visibility LinkedIn's {@code PUBLIC} or {@code CONNECTIONS}; ignored by X
 * @param title      the video's title where the platform shows one (LinkedIn's media title); may be null
 */
public record PostRequest(String caption, String visibility, String title) {}
