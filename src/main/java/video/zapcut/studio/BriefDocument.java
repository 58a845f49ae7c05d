package video.zapcut.studio;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pasted brand document (guidelines, brand book, positioning doc) read section by section. Headings
 * come in many forms ("## Who we serve", "4. Who we serve", "WHO WE SERVE", "Who we serve:", or a short
 * line of its own) and are sorted by what they are about; each field is read from the opening of its
 * own section only, so a spec sheet, an FAQ or a photography note never becomes the product. The
 * brand is the document's title. A note before the document ("Here's our brand book. We want a 60s
 * YouTube ad.") is the only place settings are read from: the body's "Stories" or "15-second
 * cutdowns" describe other films.
 */
final class BriefDocument {
    private BriefDocument() {}

    /** What a document says: fields, the product's description (with the palette's colour names), and the covering note. */
    record Read(Map<BriefField, String> fields, String description, String note, String body) {}

    /** What a section is about. */
    enum Kind { ABOUT, PRODUCT, AUDIENCE, PROMISE, VOICE, LOOK, PALETTE, OTHER }

    private static final String NAME = "([\\p{Lu}0-9][\\p{L}0-9'&\\-.]*(?:\\s+(?:(?:&|and|of)\\s+)?[\\p{Lu}0-9][\\p{L}0-9'&\\-.]*){0,4})";
    private static final Pattern LEAD_NAME = Pattern.compile(
            "^(?:(?:The|Our|At|Here at)\\s+)?" + NAME + "(?:\\s*:|,|\\s+[-–—]\\s|\\s+(?:is|are|was|were|has|had|started|began|launched|grew|"
            + "\\p{Ll}{2,}s)\\b)");
    private static final Pattern NAMED_INSIDE = Pattern.compile(
            "\\b(?:is|are|called|named|introducing|meet|it's|launching|presenting|advertising|promoting|featuring)\\s+(?:(?:the|our|a|an)\\s+)?(?:new\\s+)?"
            + NAME);
    /** Two or more capitalised words: a name somewhere in the product section. */
    private static final Pattern ANY_NAME = Pattern.compile("(?<![.!?]\\s|^)\\b(\\p{Lu}[\\p{L}0-9'&\\-]*(?:\\s+(?:(?:&|and|of)\\s+)?[\\p{Lu}0-9][\\p{L}0-9'&\\-]*){1,4})");
    private static final Pattern TITLE_TAIL = Pattern.compile("(?i)\\s*(?:brand\\s+(?:book|guidelines?|guide|notes|bible|manual|platform|story)"
            + "|style\\s+guide|guidelines|positioning\\b.*|messaging\\b.*|creative\\s+brief|brief|one[- ]pager|fact\\s*sheet|\\d{4}|v\\d+\\b.*)\\s*$");
    /** A line written to Zapcut rather than part of the document: "hey, here's our brand doc", "pasting it below". */
    private static final Pattern CHAT_LINE = Pattern.compile("(?i)^(?:hi|hey|hello|here'?s|here\\s+is|pasting|pasted|attached|below)\\b"
            + "|\\b(?:below|attached|can\\s+you|could\\s+you|please)\\b");
    /** "Brand overview for Petalcraft": the document's kind in front of the name. */
    private static final Pattern TITLE_LEAD = Pattern.compile("(?i)^(?:brand|style|creative|campaign|marketing)\\s+(?:book|guide|guidelines|overview|"
            + "notes|platform|brief|bible|manual)\\s*(?:for|of|:|–|—|-)\\s*");
    private static final Pattern TONE_LABEL = Pattern.compile("(?i)^\\s*(?:[-*•]\\s*)?(?:tone(?:\\s+words)?|voice|in\\s+(?:three|3)\\s+words|"
            + "personality|keywords)\\s*:\\s*(.+)$");
    private static final Pattern AUDIENCE_LEAD = Pattern.compile("(?i)^(?:(?:our|the)\\s+(?:core\\s+|main\\s+|primary\\s+|target\\s+|ideal\\s+|"
            + "typical\\s+)?(?:customers?|audience|buyers?|users?|market|reader)\\s+(?:is|are)\\s+|we\\s+(?:serve|are\\s+for|make\\s+it\\s+for|"
            + "sell\\s+to)\\s+|(?:it'?s|this\\s+is)\\s+for\\s+|(?:mostly|mainly|primarily)\\s+)+");
    private static final Pattern AUDIENCE_END = Pattern.compile("(?i)\\s*(?::|;|\\s[–—-]\\s|,\\s*(?:mostly|mainly|especially|often|usually|"
            + "typically|who\\s+are|aged|between|from|in\\s+their)\\b).*$");
    private static final Pattern COLOUR_LINE = Pattern.compile("^\\s*(?:[-*•]\\s*)?([\\p{L}][\\p{L} ]{1,30}?)\\s*(?:\\([^)]*\\))?\\s*[:–—-]\\s*#?[0-9A-Fa-f]{6}\\b");
    private static final Pattern COLOUR_ITEM = Pattern.compile("([\\p{L}]+(?:\\s+[\\p{L}]+)?)\\s*\\(?#[0-9A-Fa-f]{6}\\b");

    /** A document rather than a chat message: at least six lines, two of them headings of known sections. */
    static boolean isDocument(String t) {
        if (t.lines().count() < 6) return false;
        int n = 0;
        for (String line : t.lines().toList()) {
            Optional<String> h = heading(line);
            if (h.isPresent() && kind(h.get()) != Kind.OTHER && ++n >= 2) return true;
        }
        return false;
    }

    /**
     * A palette lists its colours one per line ("Midnight navy", "Copper"): such a short title-case line
     * is a colour, not a heading, unless it is marked as one (#, a colon, capitals) or names a known section.
     */
    private static boolean listedColour(Kind current, String heading, String line) {
        String l = line.strip();
        return current == Kind.PALETTE && kind(heading) == Kind.OTHER && !l.startsWith("#") && !l.endsWith(":")
                && !l.equals(l.toUpperCase(Locale.ROOT));
    }

    static Read read(String t) {
        List<String> lines = t.lines().toList();
        int start = noteEnd(lines);
        String note = String.join("\n", lines.subList(0, start)).strip();
        Map<Kind, List<String>> sections = new EnumMap<>(Kind.class);
        List<String> loose = new ArrayList<>();
        String title = null;
        Kind current = null;
        boolean seen = false;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            Optional<String> h = heading(line);
            if (title == null) {
                boolean opensSection = h.isPresent() && kind(h.get()) != Kind.OTHER && i + 1 < lines.size()
                        && !lines.get(i + 1).isBlank() && heading(lines.get(i + 1)).isEmpty();
                title = opensSection ? "" : line.strip(); // "## About" over its text opens a section; a line on its own is the title
                if (!opensSection) continue;
            }
            if (h.isPresent() && !listedColour(current, h.get(), line)) {
                Kind k = kind(h.get());
                seen = sections.containsKey(k) && k != Kind.OTHER;
                current = k;
                if (!seen) sections.put(k, new ArrayList<>());
                continue;
            }
            String content = line.strip().replaceFirst("^[-*•]\\s+", "");
            if (!content.equals(line.strip()) && !content.matches("(?s).*[.!?:]$")) content += "."; // a bullet is a sentence of its own
            if (current == null) loose.add(content);
            else if (!seen) sections.get(current).add(content);
        }
        Map<BriefField, String> fields = new LinkedHashMap<>();
        brand(title, sections.get(Kind.ABOUT)).ifPresent(b -> fields.put(BriefField.BRAND, b));
        List<String> product = sections.getOrDefault(Kind.PRODUCT, List.of());
        productName(product).ifPresent(p -> fields.put(BriefField.PRODUCT, p));
        first(sections.get(Kind.AUDIENCE)).map(BriefDocument::audience).filter(a -> !a.isBlank()).ifPresent(a -> fields.put(BriefField.AUDIENCE, a));
        first(sections.get(Kind.PROMISE)).map(BriefDocument::promise).filter(p -> !p.isBlank()).ifPresent(p -> fields.put(BriefField.BENEFIT, p));
        tone(sections.get(Kind.VOICE)).ifPresent(v -> fields.put(BriefField.TONE, v));
        List<String> colours = new ArrayList<>(colours(sections.get(Kind.PALETTE), true));
        colours.addAll(colours(sections.get(Kind.LOOK), false));
        String description = description(product, colours);
        List<String> readable = new ArrayList<>(loose);
        for (Kind k : List.of(Kind.ABOUT, Kind.PRODUCT, Kind.AUDIENCE, Kind.PROMISE, Kind.VOICE)) readable.addAll(sections.getOrDefault(k, List.of()));
        return new Read(fields, description, note, String.join("\n", readable));
    }

    /** The lines of a covering note: a first paragraph of chat sentences ("Here's our brand book. Can you ...?"). */
    private static int noteEnd(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        int from = i;
        while (i < lines.size() && !lines.get(i).isBlank()) {
            String l = lines.get(i).strip();
            if (!l.matches("(?s).*[.!?]$") && !CHAT_LINE.matcher(l).find()) return 0;
            i++;
        }
        return i < lines.size() && i > from ? i : 0;
    }

    /** A heading line's words: markdown, numbered, ALL CAPS, "Heading:", or a short capitalised line without a full stop. */
    static Optional<String> heading(String line) {
        String l = line.strip();
        if (l.isEmpty() || l.length() > 70) return Optional.empty();
        boolean markdown = l.startsWith("#");
        String h = l.replaceFirst("^#{1,6}\\s*", "").replace("**", "").strip();
        String unnumbered = h.replaceFirst("^(?:\\d{1,2}[.)]|[IVX]{1,4}\\.)\\s+", "");
        boolean numbered = !unnumbered.equals(h);
        h = unnumbered;
        boolean colon = h.endsWith(":");
        h = h.replaceFirst(":\\s*$", "").strip();
        if (h.isEmpty() || BriefWords.words(h) > 7 || h.matches("(?s).*[.!?;,]$") || h.contains(": ") || !Character.isLetter(h.codePointAt(0))) {
            return Optional.empty();
        }
        boolean caps = h.equals(h.toUpperCase(Locale.ROOT)) && h.matches(".*\\p{Lu}.*");
        boolean shortTitle = Character.isUpperCase(h.codePointAt(0)) && BriefWords.words(h) <= 5 && !h.contains(",");
        return markdown || numbered || colon || caps || shortTitle ? Optional.of(h) : Optional.empty();
    }

    /** What a heading is about, by its words; reference sections (specs, FAQs, logo, photography) are read for nothing. */
    static Kind kind(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.matches(".*\\b(?:specs?|specifications?|faqs?|questions|contacts?|legal|glossary|checklist|social|retail|accessib\\w*|partners?|"
                + "sustainab\\w*|typography|type|logo|fonts?|photo\\w*|film|motion|dos|don'?ts|objections?|pricing|prices?|history|"
                + "team|how to use|hierarchy|sample|copy|distribution|timeline|budget|deliverables?|appendix|references?|ingredients|"
                + "competitors?|legal|packaging|channels?|formats?|sound|music)\\b.*") || h.matches("do|don'?t")) {
            return Kind.OTHER;
        }
        if (h.matches(".*\\b(?:palette|colou?rs?)\\b.*")) return Kind.PALETTE;
        if (h.matches(".*\\b(?:voice|tone|personality)\\b.*")) return Kind.VOICE;
        if (h.matches(".*\\b(?:who we are|about|our story|mission|overview|introduction|background|our company)\\b.*")) return Kind.ABOUT;
        if (h.matches(".*\\b(?:promise|benefits?|remember|key message|core message|value prop\\w*|proposition|tagline|why (?:us|choose|buy)|"
                + "the one thing)\\b.*")) {
            return Kind.PROMISE;
        }
        if (h.matches(".*\\b(?:audiences?|customers?|who (?:we serve|it'?s for|we make|buys|we'?re for)|personas?|target market|for whom)\\b.*")) {
            return Kind.AUDIENCE;
        }
        if (h.matches(".*\\b(?:products?|what we(?:'re| are)? (?:make|sell|making|selling|advertis\\w*|promot\\w*)|advertis\\w*|hero|our offer|"
                + "flagship|featured)\\b.*")) {
            return Kind.PRODUCT;
        }
        if (h.matches(".*\\b(?:look|visual|identity|style|aesthetic|design)\\b.*")) return Kind.LOOK;
        if (h.matches("(?:our |the )?brand")) return Kind.ABOUT;
        return Kind.OTHER;
    }

    /** The brand: the document's title ("Alder & Co. — Brand Guidelines 2025"), else who the About section says "is ...". */
    private static Optional<String> brand(String title, List<String> about) {
        Optional<String> subject = first(about).flatMap(s -> {
            Matcher m = LEAD_NAME.matcher(s);
            return m.find() ? Optional.of(m.group(1).replaceAll("[.]+$", "")) : Optional.empty();
        });
        if (title != null) {
            String head = BriefWords.splitAppositive(TITLE_LEAD.matcher(title.replaceFirst("^#{1,6}\\s*", "").replace("**", "").strip())
                    .replaceFirst(""))[0];
            String name = TITLE_TAIL.matcher(head).replaceFirst("").strip();
            if (!name.isEmpty() && BriefWords.looksLikeName(name) && name.matches("(?s).*\\p{Lu}.*")) {
                String named = BriefWords.titleCaseIfShouting(name);
                return Optional.of(subject.filter(s -> s.equalsIgnoreCase(name)).orElse(named));
            }
        }
        return subject;
    }

    /** The product: the name the product section opens with ("The Birch Chair is ...", "Night Garden: ...", "... is Harbor Cold Brew:"). */
    private static Optional<String> productName(List<String> section) {
        for (String line : section) {
            Matcher lead = LEAD_NAME.matcher(line);
            if (lead.find()) return Optional.of(lead.group(1).replaceAll("[.]+$", ""));
            Matcher inside = NAMED_INSIDE.matcher(line);
            if (inside.find()) return Optional.of(inside.group(1).replaceAll("[.]+$", ""));
        }
        for (String line : section) {
            Matcher any = ANY_NAME.matcher(line);
            if (any.find()) return Optional.of(any.group(1));
        }
        return Optional.empty();
    }

    private static String audience(String sentence) {
        String a = AUDIENCE_LEAD.matcher(sentence).replaceFirst("");
        return BriefWords.cutAudience(AUDIENCE_END.matcher(a).replaceFirst(""));
    }

    /** The promise: its section's first sentence, after a lead-in ("The one thing we want people to remember: ..."). */
    private static String promise(String sentence) {
        int colon = sentence.lastIndexOf(": ");
        String p = colon > 0 && BriefWords.words(sentence.substring(0, colon)) >= 3 ? sentence.substring(colon + 2) : sentence;
        return BriefReader.clean(p);
    }

    /** The tone: "Tone words: ..." if the voice section has them, else its first sentence without "Our tone is". */
    private static Optional<String> tone(List<String> section) {
        if (section == null || section.isEmpty()) return Optional.empty();
        for (String line : section) {
            Matcher m = TONE_LABEL.matcher(line);
            if (m.find()) return Optional.of(firstSentence(m.group(1)));
        }
        return first(section).map(s -> s.replaceFirst("(?i)^(?:our|the)\\s+(?:brand\\s+)?(?:tone(?:\\s+of\\s+voice)?|voice)\\s+(?:is|should\\s+be)\\s+", ""))
                .map(BriefReader::clean);
    }

    /**
     * Colour names only: "Oak: #C89F6B. Our primary warm neutral ..." -> "Oak". In a palette section a
     * bare short line ("Midnight navy", "- Copper") is a colour's name too.
     */
    private static List<String> colours(List<String> section, boolean palette) {
        Set<String> out = new LinkedHashSet<>();
        if (section == null) return List.of();
        for (String line : section) {
            Matcher named = COLOUR_LINE.matcher(line);
            if (named.find()) {
                out.add(named.group(1).strip().toLowerCase(Locale.ROOT));
                continue;
            }
            String bare = line.replaceFirst("^\\s*[-*•]\\s*", "").strip();
            if (palette && !bare.isEmpty() && BriefWords.words(bare) <= 3 && bare.matches("[\\p{L} '\\-]+")) {
                out.add(bare.toLowerCase(Locale.ROOT));
                continue;
            }
            if (!line.matches("(?i)^\\s*(?:[-*•]\\s*)?(?:brand\\s+)?colou?rs?\\s*:.*")) continue;
            Matcher item = COLOUR_ITEM.matcher(line.replaceFirst("(?i)^.*?colou?rs?\\s*:", ""));
            while (item.find()) out.add(item.group(1).replaceFirst("(?i)^(?:and|or|of|a|one)\\s+", "").strip().toLowerCase(Locale.ROOT));
        }
        return out.stream().limit(8).toList();
    }

    private static String description(List<String> product, List<String> colours) {
        StringBuilder d = new StringBuilder();
        first(product).ifPresent(s -> d.append(s.strip()).append(s.matches(".*[.!?]$") ? "" : "."));
        if (!colours.isEmpty()) d.append(d.isEmpty() ? "" : " ").append("Brand colours: ").append(String.join(", ", colours)).append('.');
        return d.isEmpty() ? null : d.toString();
    }

    /** The first sentence of a section. */
    private static Optional<String> first(List<String> section) {
        if (section == null || section.isEmpty()) return Optional.empty();
        return Optional.of(firstSentence(String.join(" ", section)));
    }

    private static String firstSentence(String s) {
        List<Sentences.Sentence> all = Sentences.split(s.strip());
        return all.isEmpty() ? "" : all.get(0).text.replaceAll("[.!?]+$", "").strip();
    }
}
