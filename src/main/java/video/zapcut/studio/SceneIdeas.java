package video.zapcut.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import video.zapcut.studio.Sentences.Sentence;

/**
 * Scene ideas in a message: a numbered or bulleted list anywhere ("1. ...", "- ...", "Scene 1: ...", or
 * lines counting "1 ", "2 ", "3 "), ideas after a "Scenes:" label, or, while the conversation collects
 * scenes, what is left of each line once settings and hand-overs were read, cut at "then" and semicolons.
 */
final class SceneIdeas {
    private SceneIdeas() {}

    /** Where one scene ends and the next starts within a line. */
    private static final Pattern SCENE_SPLIT = Pattern.compile("(?i)\\s*(?:;|,?\\s*\\bthen\\b|,?\\s*\\bafter that\\b|,?\\s*\\bfinally\\b"
            + "|(?<=[.!])\\s+(?=(?:cut\\s+to|next|end\\s+on|close\\s+on|we\\s+see)\\b))\\s*");

    /** A list item: "- ", "1.", "2)", "Scene 3:". */
    private static final Pattern ENUMERATED = Pattern.compile("^\\s*(?:[-*•]|\\d{1,2}\\s*[:.)\\-]|(?i:scene|shot)\\s*\\d+\\s*[:.)\\-]?)\\s*\\S");

    /** "1 a kid licking a cone": a number and a space, read as a list only when the lines count 1, 2, 3. */
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*(\\d{1,2})\\s+(?=\\p{L})");

    /** The marker in front of a list item. */
    private static final Pattern ENUMERATOR = Pattern.compile("(?i)^\\s*(?:[-*•]\\s*)?(?:(?:scene|shot)\\s*)?(?:\\d{1,2}\\s*[:.)\\-]?\\s*)?");

    /** Lines of a numbered or bulleted list (two or more) that describe shots, not settings or PlainStatements.labelled facts. */
    static Set<Integer> listedScenes(String[] lines) {
        Map<Integer, String> items = new TreeMap<>();
        for (int i = 0; i < lines.length; i++) {
            if (ENUMERATED.matcher(lines[i]).find() && !PlainStatements.LABELLED.matcher(lines[i]).find()) items.put(i, lines[i]);
        }
        if (items.size() < 2) items = countedLines(lines);
        if (items.size() < 2) return Set.of();
        Set<Integer> scenes = new TreeSet<>();
        items.forEach((i, line) -> {
            String idea = ENUMERATOR.matcher(line).replaceFirst("").strip();
            String withoutSettings = PlainStatements.FORMAT.matcher(PlainStatements.LENGTH.matcher(idea).replaceAll("")).replaceAll("").strip();
            if (BriefWords.words(withoutSettings) >= 2 && !PlainStatements.isChoosePhrase(idea)) scenes.add(i);
        });
        return scenes.size() >= 2 ? scenes : Set.of();
    }

    /** Lines that start 1, 2, 3 ... with no punctuation after the number. */
    private static Map<Integer, String> countedLines(String[] lines) {
        Map<Integer, String> items = new TreeMap<>();
        int next = 1;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = BARE_NUMBER.matcher(lines[i]);
            if (m.find() && Integer.parseInt(m.group(1)) == next) {
                items.put(i, lines[i]);
                next++;
            }
        }
        return items;
    }

    /** Scene ideas on one line: "1. a kid opening the box 2. a volcano fizzing", or joined by "then" and semicolons. */
    static List<String> inlineScenes(String value) {
        List<String> ideas = new ArrayList<>();
        for (String part : value.split("\\s*(?:(?<=^|\\s)\\d{1,2}[.):]\\s+|;|,?\\s+then\\s+)")) {
            String idea = part.replaceAll("^[,.:\\-\\s]+|[,\\s.]+$", "").strip();
            if (BriefWords.words(idea) >= 2) ideas.add(BriefWords.clip(idea, 300));
        }
        return ideas;
    }

    /** The ideas of a list, without their markers, at most five. */
    static List<String> listedIdeas(String[] lines, Set<Integer> listed) {
        List<String> ideas = new ArrayList<>();
        for (int i : listed) {
            String idea = ENUMERATOR.matcher(lines[i]).replaceFirst("").replaceAll("^[,.:\\-]+|[,\\s]+$", "").strip();
            if (!idea.isEmpty() && ideas.size() < 5) ideas.add(BriefWords.clip(idea, 300));
        }
        return ideas;
    }

    /**
     * While collecting scenes: what is left of each line after settings, hand-overs and the like were read,
     * cut at "then" and semicolons; a header ("one per line:"), a question or talk to Zapcut is not a scene.
     */
    static List<String> sceneLines(List<Sentence> sentences) {
        Map<Integer, List<Sentence>> byLine = new TreeMap<>();
        for (Sentence s : sentences) {
            String rest = s.rest();
            if (s.used() || BriefWords.words(rest) < 3 || s.text.strip().endsWith(":") || BriefWords.isQuestion(s.text)
                    || BriefWords.META.matcher(rest).find() || BriefWords.HEDGE.matcher(rest).find() || PlainStatements.isChoosePhrase(rest)
                    || rest.matches("(?is).*\\b(?:scenes?|storyboard|ideas?)\\b.*")
                    || rest.matches("(?i)^(?:(?:i|we)(?:'d|'ll|\\s+would|\\s+want|\\s+need|\\s+have)|can\\s+you|could\\s+you|please|let'?s|thanks|ok|use)\\b.*")) {
                continue;
            }
            byLine.computeIfAbsent(s.line, k -> new ArrayList<>()).add(s);
        }
        List<String> ideas = new ArrayList<>();
        for (List<Sentence> line : byLine.values()) {
            String text = String.join(" ", line.stream().map(Sentence::rest).toList());
            for (String part : SCENE_SPLIT.split(text)) {
                String idea = part.replaceAll("^[,.:\\-\\s]+|[,\\s.]+$", "").strip();
                if (BriefWords.words(idea) >= 3 && ideas.size() < 5) ideas.add(BriefWords.clip(idea, 300));
            }
            line.forEach(Sentence::consumeAll);
        }
        return ideas;
    }
}
