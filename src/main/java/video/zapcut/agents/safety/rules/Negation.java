package video.zapcut.agents.safety.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a term that is mentioned only to be excluded: "no weapons", "without any visible blood",
 * "alcohol-free", "non-violent", "0% alcohol". Such mentions are common in responsible briefs and must
 * not block them. The window is deliberately short (negator plus at most three words, or a short
 * "x or y" list) so that "no one noticed the gun" still counts as a gun.
 */
public final class Negation {
    private static final Pattern BEFORE = Pattern.compile(
            "(?<![a-z0-9'])(?:no|not|without|never|zero|0%|non|anti|free of|free from|avoid|avoids|avoiding|excluding|"
                    + "minus|nor|don't|dont|do not|doesn't|does not|didn't|won't|instead of|rather than|say no to|"
                    + "alcohol free|zero proof|zero alcohol|alcohol removed|dealcoholi[sz]ed|nicotine free|thc free|virgin)"
                    + "(?: (?!one\\b|body\\b|matter\\b|doubt\\b|wonder\\b|way\\b|less\\b|more\\b|longer\\b)[a-z'&]+){0,3}"
                    // Coordinated lists stay negated: "without any visible blood or gore".
                    + "(?: (?:or|and|nor)(?: [a-z'&]+){0,2})* $");
    private static final Pattern AFTER = Pattern.compile(
            "^ (?:free|(?:is |are )?(?:banned|prohibited|forbidden|not (?:allowed|included|shown|pictured|permitted)))(?![a-z])");
    private static final int WINDOW = 60;

    private Negation() {}

    public static boolean negates(String text, int start, int end) {
        Matcher before = BEFORE.matcher(text).region(Math.max(0, start - WINDOW), start);
        before.useTransparentBounds(true);
        if (before.find()) return true;
        return AFTER.matcher(text).region(end, Math.min(text.length(), end + 40)).find();
    }
}
