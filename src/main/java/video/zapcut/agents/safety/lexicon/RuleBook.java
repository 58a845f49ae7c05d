package video.zapcut.agents.safety.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import video.zapcut.agents.safety.Category;
import video.zapcut.agents.safety.rules.ExemptingRule;
import video.zapcut.agents.safety.rules.Finding;
import video.zapcut.agents.safety.rules.Lexicon;
import video.zapcut.agents.safety.rules.SentenceRule;
import video.zapcut.agents.safety.text.TextNormalizer;

/** Every screening rule, one class per concern. Add a concern by adding its class here. */
public final class RuleBook {
    private RuleBook() {}

    /**
     * @param ownBrandNames the advertiser's own brands, which must not be reported as competitors
     *                      (a Nike brief may say "Nike")
     */
    public static List<SentenceRule> standard(Set<String> ownBrandNames) {
        List<SentenceRule> rules = new ArrayList<>();
        rules.addAll(Hate.rules());
        rules.addAll(SelfHarm.rules());
        rules.addAll(SexualContent.rules());
        rules.addAll(MinorsAndAlcohol.rules());
        rules.addAll(Violence.rules());
        rules.addAll(Weapons.rules());
        rules.addAll(Drugs.rules());
        rules.addAll(RealPeople.rules());
        rules.addAll(CopyrightedCharacters.rules());
        rules.addAll(withoutOwnBrands(CompetitorBrands.rules(), ownBrandNames));
        rules.addAll(MisleadingClaims.rules());
        return List.copyOf(rules);
    }

    /** Alcohol mentions, used to tell an adult drinks ad apart from everything else. */
    public static Lexicon alcohol() { return MinorsAndAlcohol.ALCOHOL; }

    /** Mentions of children and teenagers. */
    public static Lexicon minors() { return People.MINORS; }

    /** Products only adults may be shown with: alcohol, tobacco, vaping, cannabis. */
    public static List<Lexicon> ageRestricted() { return List.of(MinorsAndAlcohol.ALCOHOL, MinorsAndAlcohol.RESTRICTED_SUBSTANCES); }

    /** Both must appear for a family scene to count as keeping drinks apart ("juice for the kids, wine for the adults"). */
    public static List<Lexicon> drinksKeptApart() { return List.of(MinorsAndAlcohol.ADULTS_NAMED, MinorsAndAlcohol.SOFT_DRINKS); }

    private static List<SentenceRule> withoutOwnBrands(List<SentenceRule> rules, Set<String> ownBrandNames) {
        if (ownBrandNames.isEmpty()) return rules;
        List<String> own = ownBrandNames.stream().map(n -> TextNormalizer.normalize(n).text()).filter(n -> !n.isEmpty()).toList();
        return rules.stream()
                .<SentenceRule>map(rule -> new ExemptingRule(rule, f -> isOwnBrand(f, own)))
                .toList();
    }

    private static boolean isOwnBrand(Finding f, List<String> own) {
        if (f.category() != Category.COMPETITOR_BRAND) return false;
        String matched = f.matched().replace("'s", "");
        return own.stream().anyMatch(o -> matched.contains(o) || o.contains(matched));
    }
}
