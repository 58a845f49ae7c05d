package video.zapcut.studio;

import java.util.Locale;
import java.util.regex.Pattern;
import video.zapcut.agents.CreativeBible;

/**
 * The user's music mood ("more upbeat", "calm piano") made audible: the creative bible's energy, which
 * sets the music's tempo, drive and arrangement (and the cut's bar lines), is raised or lowered to fit.
 * The mood's words also reach the agents in the creative direction; this makes the offline music follow.
 */
final class MusicMood {
    private static final Pattern LIVELY = Pattern.compile(
            "\\b(upbeat|energetic|lively|driving|fast|bouncy|funky|epic|happy|uplifting|punchy|party|dance|pumped|hype|exciting|fun)\\b");
    private static final Pattern QUIET = Pattern.compile(
            "\\b(calm|mellow|gentle|soft|chill|relax\\w*|ambient|piano|quiet|slow|dreamy|lo-?fi|peaceful|soothing|serene|warm)\\b");

    private MusicMood() {}

    static CreativeBible apply(CreativeBible b, String mood) {
        if (mood == null || mood.isBlank()) return b;
        String m = mood.toLowerCase(Locale.ROOT);
        if (m.startsWith("not ")) return b;
        int energy = b.energyLevel();
        if (LIVELY.matcher(m).find()) energy = Math.max(energy, 8);
        else if (QUIET.matcher(m).find()) energy = Math.min(energy, 3);
        return energy == b.energyLevel() ? b
                : new CreativeBible(b.brandStyle(), b.vibe(), b.colors(), b.lighting(), b.camera(), b.motion(), energy);
    }
}
