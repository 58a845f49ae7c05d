package video.zapcut.studio;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a message says, gathered while it is read: the reader's scratch pad, never the conversation's state. */
final class MessageFacts {
    final Map<BriefField, String> stated = new LinkedHashMap<>();
    final Set<BriefField> plain = EnumSet.noneOf(BriefField.class);
    final Set<BriefField> delegated = EnumSet.noneOf(BriefField.class);
    boolean everything;
    String description;
    /** "Scenes: 1. a kid opening the box 2. a volcano fizzing": scene ideas written after a label. */
    final List<String> labelledScenes = new ArrayList<>();
    /**
     * What followed the name in an answer ("Luna Cold Brew, calm energy ... that helps you focus"): the
     * answer used it as the description, but a benefit or audience said there still counts.
     */
    final StringBuilder afterAnswer = new StringBuilder();

    /** Said plainly: the first plain statement of a field wins. */
    void plain(BriefField f, String value) {
        if (value == null || value.isBlank() || plain.contains(f)) return;
        stated.put(f, value.strip());
        plain.add(f);
    }

    /** Said as an answer or in passing: only if nothing was said of the field yet. */
    void implied(BriefField f, String value) {
        if (value == null || value.isBlank() || has(f)) return;
        stated.put(f, value.strip());
    }

    boolean has(BriefField f) { return stated.containsKey(f) || delegated.contains(f); }
}
