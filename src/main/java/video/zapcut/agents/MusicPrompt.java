package video.zapcut.agents;

/**
 * The soundtrack request: a prompt for a text-to-music model plus the exact musical parameters the
 * local synthesiser (and the cut grid) uses.
 */
public record MusicPrompt(String prompt, int bpm, String key, String mode, double durationSeconds, int energyLevel,
                          String vibe, long seed) {
    public boolean minor() { return "minor".equals(mode); }
}
