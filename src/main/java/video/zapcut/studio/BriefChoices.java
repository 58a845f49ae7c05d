package video.zapcut.studio;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What Zapcut puts in a field the user handed over ("you choose") when no LLM is configured: a fitting
 * audience, benefit, tone or music mood for the kind of product, read from its name and description.
 * With an LLM the orchestrator chooses instead; either way the field holds a real value, never the
 * user's "you choose", and the reply says what was chosen.
 */
final class BriefChoices {
    private record Kind(Pattern keywords, String audience, String benefit, String tone, String music) {
        Kind(String keywords, String audience, String benefit, String tone, String music) {
            this(Pattern.compile("\\b(?:" + keywords + ")"), audience, benefit, tone, music);
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("coffee|cold brew|espresso|latte", "busy professionals", "smooth energy without the crash", "warm, calm and modern", "mellow lo-fi"),
            new Kind("tea|matcha|chai", "tea lovers who slow down to enjoy it", "a calm moment in every cup", "serene, natural and warm", "gentle acoustic"),
            new Kind("skin|serum|cream|moisturi|cosmetic|beauty|lotion|spf|sunscreen", "people who want simple, healthy skin care", "healthy-looking skin in a simple routine", "clean, bright and gentle", "soft and airy"),
            new Kind("shoe|sneaker|running|trainer|marathon", "everyday runners", "comfort on every mile", "energetic and bold", "upbeat and driving"),
            new Kind("app|software|saas|platform|dashboard|tool|crm|cloud", "small teams that want to work faster", "less busywork, more done", "clear, confident and modern", "upbeat electronic"),
            new Kind("bank|finance|money|budget|invest|card|pay", "young adults managing their money", "money that is simple to manage", "trustworthy, clear and friendly", "warm and steady"),
            new Kind("dog|cat|pet|puppy|kibble", "pet owners who want the best for them", "happy, healthy pets", "playful and warm", "bouncy and playful"),
            new Kind("bread|bakery|cake|pastry|cookie|croissant", "local food lovers", "fresh from the oven every morning", "cozy, warm and inviting", "warm acoustic"),
            new Kind("bike|bicycle|cycling|e-bike|ebike", "city commuters", "the fastest way across town", "fresh, active and urban", "upbeat and bright"),
            new Kind("gym|fitness|yoga|pilates|workout|studio", "people starting a fitness habit", "feel stronger every week", "energetic and encouraging", "energetic electronic"),
            new Kind("language|learn|course|lesson|school|tutor", "busy adults learning something new", "real progress in minutes a day", "friendly, bright and encouraging", "light and playful"),
            new Kind("sofa|chair|furniture|table|desk|lamp|bed", "homeowners furnishing their space", "comfort that lasts for years", "calm, refined and natural", "soft piano"),
            new Kind("book|kids|children|toy|baby", "parents of young children", "stories that spark imagination", "playful, colourful and warm", "playful and whimsical"),
            new Kind("plant|garden|flower|succulent", "plant lovers in small homes", "easy greenery for any room", "fresh, natural and calm", "gentle acoustic"),
            new Kind("headphone|earbud|speaker|audio", "commuters and music lovers", "sound that shuts out the noise", "sleek, bold and modern", "driving electronic"),
            new Kind("sauce|spice|hot|chili|chilli", "home cooks who like heat", "bold flavour in every drop", "bold, fiery and fun", "funky and upbeat"),
            new Kind("dental|dentist|clinic|health|care", "families in the neighbourhood", "care that makes you smile", "reassuring, clean and friendly", "calm and warm"),
            new Kind("travel|trip|holiday|vacation|tour|hotel", "couples planning a getaway", "trips without the planning stress", "sunny, free and inspiring", "uplifting acoustic"),
            new Kind("water|drink|juice|soda|smoothie", "active people on the go", "refreshment that keeps you going", "fresh, bright and lively", "upbeat and bright"),
            new Kind("watch|jewel|ring|necklace", "people who love timeless style", "timeless style for every day", "elegant and refined", "cinematic strings"));
    private static final Kind ANY = new Kind("", "everyday shoppers who value quality", "quality you can feel every day", "warm, modern and confident", "warm and uplifting");

    /** Zapcut's choice for a handed-over field of this brief. */
    static String choose(BriefField field, ConversationState s) {
        Kind k = kindOf(s);
        return switch (field) {
            case AUDIENCE -> k.audience();
            case BENEFIT -> k.benefit();
            case TONE -> k.tone();
            case MUSIC -> k.music();
            default -> throw new IllegalArgumentException(field + " is not chosen by Zapcut");
        };
    }

    private static Kind kindOf(ConversationState s) {
        String text = (nz(s.product) + " " + nz(s.productDescription) + " " + nz(s.brand)).toLowerCase(Locale.ROOT);
        for (Kind k : KINDS) {
            if (k.keywords().matcher(text).find()) return k;
        }
        return ANY;
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
