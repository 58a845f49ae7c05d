package video.zapcut.publishing;

import java.net.URI;

/**
 * A post on the platform.
 *
 * @param id  X's tweet id; LinkedIn's post URN from {@code x-restli-id} ({@code urn:li:share:...} or {@code urn:li:ugcPost:...})
 * @param url where people see it
 */
public record PublishedPost(String id, URI url) {}
