package video.zapcut.common;

import java.util.Locale;

/**
 * The camera moves the local scene renderer can perform. Parsed from a storyboard scene's free-text
 * {@code camera_direction} so that an LLM-written direction still maps onto a real move.
 */
public enum CameraMove {
    PUSH_IN, PULL_OUT, PAN_LEFT, PAN_RIGHT, ORBIT, STATIC;

    public static CameraMove fromDirection(String direction) {
        String d = direction == null ? "" : direction.toLowerCase(Locale.ROOT);
        if (d.contains("orbit") || d.contains("arc") || d.contains("parallax") || d.contains("circl")) return ORBIT;
        if (d.contains("pull-out") || d.contains("pull out") || d.contains("pull back") || d.contains("zoom out")
                || d.contains("dolly out") || d.contains("reveal wide")) return PULL_OUT;
        if (d.contains("push-in") || d.contains("push in") || d.contains("zoom in") || d.contains("dolly in")
                || d.contains("close in") || d.contains("push")) return PUSH_IN;
        if (d.contains("pan left") || d.contains("truck left") || d.contains("slide left")) return PAN_LEFT;
        if (d.contains("pan") || d.contains("truck") || d.contains("track") || d.contains("slide")) return PAN_RIGHT;
        return STATIC;
    }

    /** The phrase the story agent writes for this move, which {@link #fromDirection} maps back to it. */
    public String phrase() {
        return switch (this) {
            case PUSH_IN -> "slow push-in";
            case PULL_OUT -> "gentle pull-out";
            case PAN_LEFT -> "smooth pan left";
            case PAN_RIGHT -> "smooth pan right";
            case ORBIT -> "orbit-like parallax arc";
            case STATIC -> "static locked-off shot";
        };
    }
}
