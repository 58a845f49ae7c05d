package video.zapcut.agents;

import java.util.ArrayList;
import java.util.List;
import video.zapcut.common.CameraMove;
import video.zapcut.common.MusicalGrid;

/**
 * The classic five-beat product spot: reveal, two explorations, the key benefit, then the call to
 * action. Durations come from the bar grid, so cuts fall on bar lines of the music.
 */
public final class RuleBasedStoryAgent implements StoryAgent {
    /** Relative length of each beat: the climax breathes a little longer, the end card a little shorter. */
    private static final double[] WEIGHTS = {1.0, 1.0, 1.0, 1.2, 0.9};

    static final int ON_SCREEN = 60;

    @Override
    public Storyboard createStoryboard(Brief brief, BriefFacts f, CreativeBible bible, MusicalGrid grid) {
        List<Double> durations = grid.split(WEIGHTS);
        boolean energetic = bible.energyLevel() >= 7;
        String light = bible.lighting();
        String p = f.product();
        List<String> asked = brief.requestedScenes();
        String[] tones = tones(bible);

        List<Scene> scenes = new ArrayList<>();
        scenes.add(new Scene(1, "The Reveal",
                describe(asked, 0, p + " emerges from soft shadow at the center of a " + bible.brandStyle() + " set, " + light
                        + ". The first glimpse tells " + f.audience() + " this is something worth a closer look."),
                durations.get(0), "setup", direction(CameraMove.PUSH_IN, "toward the product"), tones[0],
                List.of("Introduce " + p, "Establish the " + bible.vibe() + " mood", "Light reveals the product's shape"),
                f.headline()));
        scenes.add(new Scene(2, "Up Close",
                describe(asked, 1, "A close look at the details and finish of " + p + ". Texture, color and craft fill the frame."),
                durations.get(1), "exploration", direction(energetic ? CameraMove.PAN_RIGHT : CameraMove.PAN_LEFT, "across the details"), tones[1],
                List.of("Reveal materials and finish", "Highlight the brand colors", "Build curiosity"),
                ""));
        scenes.add(new Scene(3, "In Their World",
                describe(asked, 2, p + " in a setting made for " + f.audience() + ". It fits naturally into the moment, styled in the brand palette."),
                durations.get(2), "exploration", direction(CameraMove.ORBIT, "around the product"), tones[2],
                List.of("Place the product in context", "Connect with " + f.audience(), "Show the product in use"),
                ""));
        scenes.add(new Scene(4, "The Payoff",
                describe(asked, 3, "The key benefit lands: " + f.benefit() + ". " + p + " is hero-lit, the light at its brightest."),
                durations.get(3), "climax", direction(energetic ? CameraMove.PUSH_IN : CameraMove.ORBIT, "to the hero angle"), tones[3],
                List.of("Deliver the key benefit", "Peak of the lighting", p + " at its most iconic"),
                onScreen(BriefAnalyzer.capitalize(f.benefit()))));
        scenes.add(new Scene(5, "Call to Action",
                describe(asked, 4, p + " settles into a clean hero frame with room for the brand name and the call to action: " + f.callToAction()
                        + ". The light softens and the frame holds long enough to read."),
                durations.get(4), "cta", direction(CameraMove.PULL_OUT, "to a clean end card"), tones[4],
                List.of("Show the product name", "Deliver the call to action: " + f.callToAction(), "Leave a lasting brand impression"),
                onScreen(p) + " — " + f.callToAction()));
        return new Storyboard(voiced(scenes, f));
    }

    /**
     * Lines for the voice, from the brief's facts: who it is, what it is like, who it is for, the
     * benefit, the call to action. The detail shot breathes (music only); each line fits its scene's word
     * budget ({@link VoiceoverLines}).
     */
    static List<Scene> voiced(List<Scene> scenes, BriefFacts f) {
        String p = f.product();
        String[] lines = {
                "Meet " + p + ".",
                "",
                "Made for " + f.audience() + ".",
                BriefAnalyzer.capitalize(f.benefit()) + ".",
                p + ". " + BriefAnalyzer.capitalize(f.callToAction()) + "."};
        List<Scene> out = new ArrayList<>();
        for (Scene s : scenes) {
            String line = lines[s.sceneIndex() - 1].replaceAll("\\.\\.+$", ".").replaceAll("([!?])\\.$", "$1");
            out.add(s.withVoiceover(VoiceoverLines.fit(line, s.durationSeconds())));
        }
        return out;
    }

    @Override
    public SceneAlternative alternative(Brief brief, BriefFacts f, CreativeBible bible, Scene scene, String angle) {
        String p = f.product();
        String benefit = f.benefit();
        String set = bible.brandStyle() + " set, " + bible.lighting();
        return switch (angle) {
            case "question" -> new SceneAlternative(angle, "A quiet moment for " + f.audience() + ": the frame waits, then " + p
                    + " slides into the light at the center of a " + set + ", the answer to the question on screen.",
                    direction(CameraMove.PUSH_IN, "toward the product"), onScreen("Want " + lowerFirst(benefit) + "?"),
                    "Want " + lowerFirst(benefit) + "?");
            case "bold statement" -> new SceneAlternative(angle, p + " stands tall and sharply lit against a bold, uncluttered "
                    + set + "; nothing else competes for the eye.", direction(CameraMove.STATIC, "on the product"), onScreen("Meet " + p + "."), "This is " + p + ".");
            case "problem first" -> new SceneAlternative(angle, "A busy, scattered moment in the day of " + f.audience()
                    + ", colors muted; then " + p + " enters the frame and the light warms around it.",
                    direction(CameraMove.PAN_RIGHT, "to the product"), onScreen("There's a better way"), "There's a better way.");
            case "sensory close-up" -> new SceneAlternative(angle, "An extreme close-up of " + p + ": surface, color and finish "
                    + "fill the frame in " + bible.lighting() + ", before the camera eases back to reveal it.",
                    direction(CameraMove.PULL_OUT, "from the detail"), onScreen("Look closer"), "Look closer.");
            case "direct" -> new SceneAlternative(angle, scene.description(), scene.cameraDirection(), onScreen(p) + " — " + f.callToAction(),
                    p + ". " + BriefAnalyzer.capitalize(f.callToAction()) + ".");
            case "try it" -> new SceneAlternative(angle, p + " on a clean hero frame, turned slightly toward the viewer, with room "
                    + "for the invitation to try it.", direction(CameraMove.PUSH_IN, "to the hero frame"), onScreen(p) + " — Try it today",
                    "Try " + p + " today.");
            case "benefit" -> new SceneAlternative(angle, p + " in a clean hero frame as the light settles, its key benefit set "
                    + "beside the name.", direction(CameraMove.PULL_OUT, "to a clean end card"), onScreen(p) + " — " + onScreen(BriefAnalyzer.capitalize(benefit)),
                    p + ": " + lowerFirst(benefit) + ".");
            case "invitation" -> new SceneAlternative(angle, p + " placed within reach at the edge of a warm " + set
                    + ", as if waiting to be picked up.", direction(CameraMove.ORBIT, "around the product"), onScreen(p) + " — Find yours",
                    "Find your " + p + ".");
            default -> throw new IllegalArgumentException("no variant angle " + angle);
        };
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Text short enough to read on screen (at most {@value #ON_SCREEN} characters): a long benefit, as a
     * pasted brand document gives, is cut at its first natural break, else between words.
     */
    static String onScreen(String text) {
        String t = text.strip();
        if (t.length() <= ON_SCREEN) return t;
        String clause = t.split("\\s*[,;:—–(]\\s*|\\s+(?:and|with|so|because|while|without)\\s+")[0].strip();
        if (clause.length() >= 8 && clause.length() <= ON_SCREEN) return clause;
        String cut = t.substring(0, ON_SCREEN);
        int space = cut.lastIndexOf(' ');
        return (space > 20 ? cut.substring(0, space) : cut).replaceAll("[\\p{Punct}\\s]+$", "");
    }

    private static String describe(List<String> asked, int i, String fallback) {
        if (i < asked.size() && !asked.get(i).isBlank()) {
            String a = asked.get(i).strip();
            return a.endsWith(".") ? a + " " + fallback : a + ". " + fallback;
        }
        return fallback;
    }

    private static String direction(CameraMove move, String target) {
        String phrase = move.phrase();
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1) + " " + target;
    }

    /** Emotion per beat, following the ad's energy: calm brands stay warm, energetic ones build to a high. */
    private static String[] tones(CreativeBible bible) {
        String v = bible.vibe().toLowerCase();
        if (bible.energyLevel() >= 7) {
            return new String[] {"bold, intriguing", "energetic, curious", "vibrant, confident", "triumphant, bold", "confident, energetic"};
        }
        if (v.contains("sophisticated") || v.contains("exclusive")) {
            return new String[] {"mysterious, elegant", "luxurious, intimate", "elegant, refined", "luxurious, dramatic", "elegant, confident"};
        }
        if (v.contains("fresh")) {
            return new String[] {"fresh, inviting", "clean, curious", "fresh, uplifting", "bright, joyful", "fresh, confident"};
        }
        return new String[] {"calm, inviting", "warm, curious", "warm, content", "uplifting, warm", "warm, confident"};
    }
}
