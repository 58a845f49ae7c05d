package video.zapcut.agents.safety;

/**
 * How bad a finding is. Anything from {@link #MEDIUM} up blocks generation; {@link #LOW} findings are
 * reported so a human can see them but do not stop the ad (e.g. "sexy new phone design", CBD).
 */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }

    public boolean blocks() { return compareTo(MEDIUM) >= 0; }

    public static Severity fromId(String id) { return valueOf(id.toUpperCase(java.util.Locale.ROOT)); }
}
