package video.zapcut.media;

/**
 * A stretch of an ad's timeline, frames {@code [fromFrame, toFrame)}, that a revision reuses whole or
 * renders again: a scene's body or a transition (merged with its neighbours where a text overlay spans
 * them). {@code fingerprint} (hex SHA-256) is the same for two ads exactly when the segment's frames
 * would come out the same, wherever on the timeline it sits; see {@link Segments}.
 */
public record Segment(int fromFrame, int toFrame, String fingerprint) {
    public int frames() { return toFrame - fromFrame; }
}
