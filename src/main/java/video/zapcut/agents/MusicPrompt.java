package video.zapcut.agents;

/**
 * The soundtrack request: a prompt for a text-to-music model plus the exact musical parameters the
 * local synthesiser (and the cut grid) uses.
 */
public record MusicPrompt(String prompt, int bpm, String key, String mode, double durationSeconds, int energyLevel,
                          String vibe, long seed) {
    public boolean minor() { return "minor".equals(mode); }

    private static final java.util.regex.Pattern CALM = words("calm", "gentle", "soft", "relaxed", "chill", "peaceful",
            "dreamy", "airy", "mellow", "quiet", "serene", "warm");
    private static final java.util.regex.Pattern LIVELY = words("upbeat", "energetic", "driving", "happy", "bright", "bold",
            "exciting", "playful", "fun", "fast", "punchy", "epic");
    private static final java.util.regex.Pattern DARK = words("dark", "moody", "mysterious", "dramatic", "melancholic",
            "sad", "tense", "cinematic", "noir", "brooding");
    private static final java.util.regex.Pattern LIGHT = words("happy", "bright", "uplifting", "cheerful", "playful", "sunny");

    /**
     * The same soundtrack request in another mood (a revision's "music": {"mood": ...}): the prompt
     * names the mood, the local synthesiser's energy and mode follow its words, and {@code newSeed}
     * composes it afresh. The tempo stays: the cuts sit on its bar grid.
     */
    public MusicPrompt inMood(String mood, long newSeed) {
        if (mood == null) return new MusicPrompt(prompt, bpm, key, mode, durationSeconds, energyLevel, vibe, newSeed);
        String m = mood.strip();
        int energy = CALM.matcher(m).find() ? Math.min(energyLevel, 3) : LIVELY.matcher(m).find() ? Math.max(energyLevel, 7) : energyLevel;
        String newMode = DARK.matcher(m).find() ? "minor" : LIGHT.matcher(m).find() ? "major" : mode;
        String text = prompt.matches("(?s)^Instrumental .*? background music.*")
                ? prompt.replaceFirst("^Instrumental .*? background music", java.util.regex.Matcher.quoteReplacement("Instrumental " + m + " background music"))
                : "Instrumental, " + m + ". " + prompt;
        text = text.replace(" " + mode + ",", " " + newMode + ",");
        return new MusicPrompt(text, bpm, key, newMode, durationSeconds, energy, m, newSeed);
    }

    private static java.util.regex.Pattern words(String... w) {
        return java.util.regex.Pattern.compile("\\b(" + String.join("|", w) + ")\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    }
}
