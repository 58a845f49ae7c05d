package video.zapcut.ads;

import java.util.UUID;

/**
 * An ad as its generation reads it: who asked, what to make, and the seed its prompts derive from.
 *
 * @param seed     in the range image and video models accept; prompts use seed + scene index
 * @param revision what this version changes of its parent and what runs again, or null for an ad made from a brief
 */
public record Ad(UUID id, UUID userId, UUID projectId, long seed, String status, Order order, Revision revision) {}
