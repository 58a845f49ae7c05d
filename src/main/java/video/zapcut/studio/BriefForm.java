package video.zapcut.studio;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import video.zapcut.ads.OrderRejectedException;
import video.zapcut.ads.OrderRules;
import video.zapcut.ads.RuleViolation;
import video.zapcut.common.AspectRatio;

/**
 * The brief's fields as edited beside the chat (PATCH /brief), checked: every wrong value is reported
 * at once, by its JSON key, and nothing is applied. Lengths and formats are the order's rules
 * ({@link OrderRules}); a required field cannot be emptied (hand it to Zapcut instead).
 *
 * @param values the fields given, by field (length as "30", format as "9:16"); "" clears an optional one
 * @param choose the fields handed to Zapcut
 * @param scenes the scene ideas when given (empty: none, Zapcut writes them), or null
 */
public record BriefForm(Map<BriefField, String> values, Set<BriefField> choose, List<String> scenes) {
    static final int MAX_TEXT = OrderRules.MAX_PRODUCT_NAME;
    static final int MAX_TONE = 300;

    /**
     * @param fields the request's fields by JSON key; values are strings, numbers or (for requested_scenes) lists
     */
    public static BriefForm check(Map<String, Object> fields, List<String> choose) {
        List<RuleViolation> wrong = new ArrayList<>();
        Map<BriefField, String> values = new LinkedHashMap<>();
        List<String> scenes = null;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            String key = e.getKey();
            BriefField f = BriefField.byKey(key).orElse(null);
            if (f == null) {
                wrong.add(new RuleViolation(key, "is not a field of the brief (fields: brand, product, audience, benefit, "
                        + "creative_direction, music_mood, duration_seconds, aspect_ratio, requested_scenes, choose)"));
                continue;
            }
            Object v = e.getValue();
            switch (f) {
                case LENGTH -> {
                    if (v instanceof Number n && n.doubleValue() == n.intValue() && OrderRules.DURATIONS.contains(n.intValue())) {
                        values.put(f, String.valueOf(n.intValue()));
                    } else {
                        wrong.add(new RuleViolation(key, "the length must be 15, 30 or 60 seconds, not " + v));
                    }
                }
                case FORMAT -> {
                    String a = v == null ? null : v.toString().strip();
                    if (a != null && AspectRatio.parse(a).isPresent()) values.put(f, AspectRatio.parse(a).get().label());
                    else wrong.add(new RuleViolation(key, "the format must be 16:9, 9:16 or 1:1, not " + v));
                }
                case SCENES -> {
                    if (!(v instanceof List<?> list)) {
                        wrong.add(new RuleViolation(key, "must be a list of scene ideas (at most five)"));
                        continue;
                    }
                    if (list.size() > OrderRules.SCENES) wrong.add(new RuleViolation(key, "at most five scene ideas (the storyboard has five scenes), not " + list.size()));
                    List<String> ideas = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        String idea = list.get(i) == null ? "" : list.get(i).toString().strip();
                        if (idea.isEmpty()) wrong.add(new RuleViolation(key + "[" + i + "]", "scene idea " + (i + 1) + " is empty"));
                        else if (idea.length() > OrderRules.MAX_SCENE_IDEA) wrong.add(new RuleViolation(key + "[" + i + "]",
                                "scene idea " + (i + 1) + " is longer than " + OrderRules.MAX_SCENE_IDEA + " characters"));
                        else ideas.add(idea);
                    }
                    scenes = ideas;
                }
                default -> {
                    String text = v == null ? "" : v.toString().replaceAll("\\s+", " ").strip();
                    int max = f == BriefField.TONE ? MAX_TONE : MAX_TEXT;
                    if (!(v == null || v instanceof String)) wrong.add(new RuleViolation(key, "must be text"));
                    else if (text.isEmpty() && f.required) wrong.add(new RuleViolation(key, "the " + f.label + " can't be empty"
                            + (f.delegable ? "; let Zapcut choose it instead" : "")));
                    else if (text.length() > max) wrong.add(new RuleViolation(key, "the " + f.label + " is " + text.length()
                            + " characters long; the limit is " + max));
                    else values.put(f, text.isEmpty() ? null : text);
                }
            }
        }
        Set<BriefField> handed = EnumSet.noneOf(BriefField.class);
        for (String key : choose == null ? List.<String>of() : choose) {
            BriefField f = BriefField.byKey(key).orElse(null);
            if (f == null || !f.delegable) {
                wrong.add(new RuleViolation("choose", "Zapcut can choose " + String.join(", ", BriefField.delegableKeys()) + ", not " + key));
            } else if (values.containsKey(f) || (f == BriefField.SCENES && scenes != null)) {
                wrong.add(new RuleViolation("choose", key + " is both given and handed to Zapcut; do one or the other"));
            } else {
                handed.add(f);
            }
        }
        if (fields.isEmpty() && handed.isEmpty() && wrong.isEmpty()) wrong.add(new RuleViolation("brief", "nothing to change: give at least one field"));
        if (!wrong.isEmpty()) throw new OrderRejectedException(wrong);
        return new BriefForm(values, handed, scenes);
    }
}
