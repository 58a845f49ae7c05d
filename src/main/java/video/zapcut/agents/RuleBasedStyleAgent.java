package video.zapcut.agents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import video.zapcut.common.Rgb;

/**
 * Derives style, vibe, lighting, camera, motion and energy from the brief's wording; colors come
 * only from the product photos (the seed's brand constraint). Without photos, color words in the
 * brief pick the palette, then the style's house palette.
 */
public final class RuleBasedStyleAgent implements StyleAgent {

    /** A look the brief can ask for, with the words that ask for it and how it is shot. */
    record Look(String style, String vibe, String lighting, String camera, String motion, int energyBias,
                List<String> words, List<String> housePalette) {}

    static final List<Look> LOOKS = List.of(
            new Look("modern minimalist", "calm and refined", "soft diffused studio light, gentle falloff",
                    "smooth, slow dolly moves, stable framing", "slow and deliberate", -1,
                    List.of("minimal", "minimalist", "clean", "simple", "modern", "sleek", "scandinavian", "understated"),
                    List.of("#F2F0EB", "#2B2B2B", "#A39E93", "#D8D3C8", "#5E6B73")),
            new Look("premium luxury", "sophisticated and exclusive", "low-key dramatic light, deep shadows, specular highlights",
                    "slow orbiting moves, shallow depth of field", "slow, graceful, no fast cuts", -1,
                    List.of("luxury", "luxurious", "premium", "elegant", "sophisticated", "exclusive", "refined", "high-end", "opulent", "gold"),
                    List.of("#111111", "#C9A227", "#3A2E22", "#E8DCC4", "#6B5B3E")),
            new Look("warm natural", "calm and serene", "soft natural morning light, warm tones",
                    "gentle handheld-smooth moves, eye-level framing", "slow and organic", -2,
                    List.of("calm", "serene", "cozy", "warm", "natural", "organic", "earthy", "morning", "ritual", "gentle", "soothing", "relax", "relaxing", "peaceful", "mindful", "sustainable", "eco"),
                    List.of("#8B7355", "#F5E6D3", "#4A4A4A", "#C8A27C", "#6F7D5C")),
            new Look("bold energetic", "exciting and confident", "punchy high-contrast light with colored rim lights",
                    "dynamic push-ins and fast lateral moves", "fast and rhythmic", 3,
                    List.of("energetic", "energy", "bold", "dynamic", "powerful", "explosive", "hype", "sport", "sporty", "intense", "fast", "action", "workout", "fitness", "loud", "electric", "adrenaline", "extreme"),
                    List.of("#FF3B30", "#111111", "#FFD60A", "#0A84FF", "#F5F5F5")),
            new Look("playful vibrant", "fun and upbeat", "bright even light with saturated color",
                    "bouncy moves and quick reframes", "lively and bouncy", 2,
                    List.of("fun", "playful", "vibrant", "colorful", "colourful", "cheerful", "happy", "bright", "kids", "summer", "party", "joy", "joyful"),
                    List.of("#FF6B6B", "#FFD93D", "#6BCB77", "#4D96FF", "#FFF5E4")),
            new Look("fresh clean", "fresh and uplifting", "bright airy daylight, cool highlights",
                    "light floating camera, clean compositions", "light and airy", 0,
                    List.of("fresh", "crisp", "airy", "pure", "hydrating", "hydrate", "skincare", "water", "spa", "light"),
                    List.of("#E8F4F8", "#7FB3C8", "#FFFFFF", "#2F5D6E", "#CFE8DF")),
            new Look("futuristic tech", "innovative and sleek", "cool neon edge light on dark backgrounds",
                    "precise motion-control moves, symmetric framing", "precise and smooth", 1,
                    List.of("tech", "technology", "innovative", "innovation", "futuristic", "future", "smart", "ai", "digital", "wireless", "app", "gadget", "device"),
                    List.of("#0B0F1A", "#00E5FF", "#7C4DFF", "#E0E6F0", "#1F2A44")),
            new Look("retro nostalgic", "warm and nostalgic", "golden-hour light with soft film halation",
                    "steady tripod framing with slow zooms", "easy and unhurried", -1,
                    List.of("retro", "vintage", "nostalgic", "classic", "70s", "80s", "90s", "old-school", "heritage"),
                    List.of("#E07A5F", "#F2CC8F", "#3D405B", "#81B29A", "#F4F1DE")));

    private static final Map<String, String> COLOR_WORDS = new LinkedHashMap<>();
    static {
        COLOR_WORDS.put("black", "#111111"); COLOR_WORDS.put("white", "#F7F7F5"); COLOR_WORDS.put("red", "#D62828");
        COLOR_WORDS.put("blue", "#1D4ED8"); COLOR_WORDS.put("navy", "#1B2A49"); COLOR_WORDS.put("green", "#2D6A4F");
        COLOR_WORDS.put("yellow", "#FFD60A"); COLOR_WORDS.put("orange", "#F77F00"); COLOR_WORDS.put("pink", "#F4A6C1");
        COLOR_WORDS.put("purple", "#6A4C93"); COLOR_WORDS.put("gold", "#C9A227"); COLOR_WORDS.put("silver", "#C0C0C8");
        COLOR_WORDS.put("teal", "#1B998B"); COLOR_WORDS.put("brown", "#7B5134"); COLOR_WORDS.put("beige", "#E8DCC4");
        COLOR_WORDS.put("cream", "#F5E6D3"); COLOR_WORDS.put("mint", "#AEE6CF"); COLOR_WORDS.put("coral", "#FF7F6B");
    }
    private static final Pattern WORD = Pattern.compile("[\\p{L}0-9\\-]+");
    private static final List<String> CALM = List.of("calm", "slow", "gentle", "soft", "quiet", "serene", "relax", "relaxing", "sleep", "peaceful", "soothing", "cozy", "mindful", "tranquil");
    private static final List<String> ENERGETIC = List.of("energetic", "fast", "bold", "explosive", "powerful", "intense", "hype", "exciting", "dynamic", "punchy", "loud", "action", "adrenaline", "epic", "electric", "upbeat");

    @Override
    public CreativeBible createBible(Brief brief, List<Rgb> photoPalette) {
        List<String> words = words(brief.allText());
        Look look = bestLook(words);
        int energy = 5 + look.energyBias() + count(words, ENERGETIC) - count(words, CALM);
        energy = Math.max(1, Math.min(10, energy));
        List<String> colors = photoPalette.isEmpty() ? paletteFromWords(words, look)
                : photoPalette.stream().map(Rgb::toHex).toList();
        return new CreativeBible(look.style(), look.vibe(), colors, look.lighting(), look.camera(), look.motion(), energy);
    }

    static Look bestLook(List<String> words) {
        Look best = LOOKS.get(0);
        int bestScore = 0;
        for (Look l : LOOKS) {
            int score = count(words, l.words());
            if (score > bestScore) { best = l; bestScore = score; }
        }
        return best;
    }

    private static List<String> paletteFromWords(List<String> words, Look look) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String hex = COLOR_WORDS.get(w);
            if (hex != null && !out.contains(hex)) out.add(hex);
        }
        for (String hex : look.housePalette()) {
            if (out.size() >= 5) break;
            if (!out.contains(hex)) out.add(hex);
        }
        return out.subList(0, Math.min(6, out.size()));
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }

    private static int count(List<String> words, List<String> vocabulary) {
        int n = 0;
        for (String w : words) if (vocabulary.contains(w)) n++;
        return n;
    }
}
