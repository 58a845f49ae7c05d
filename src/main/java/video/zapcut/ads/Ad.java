package video.zapcut.ads;

import java.util.UUID;

/**
 * An ad as its generation reads it: who asked, what to make, and the seed its prompts derive from.
 *
 * @param seed in the range image and video models accept; prompts use seed + scene index
 */
public record Ad(UUID id, UUID userId, UUID projectId, long seed, String status, Order order) {}
