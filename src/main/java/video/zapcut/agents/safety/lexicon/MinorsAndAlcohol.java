package video.zapcut.agents.safety.lexicon;

import static video.zapcut.agents.safety.Category.MINORS_ALCOHOL;
import static video.zapcut.agents.safety.Severity.CRITICAL;
import static video.zapcut.agents.safety.Severity.LOW;

import java.util.List;
import video.zapcut.agents.safety.rules.CooccurrenceRule;
import video.zapcut.agents.safety.rules.Lexicon;
import video.zapcut.agents.safety.rules.SentenceRule;
import video.zapcut.agents.safety.rules.TermRule;

/**
 * Minors with alcohol or other age-restricted products. Alcohol for adults is a legitimate product and
 * "kids' lemonade stand" is a legitimate scene; the two in the same sentence are not ("kids drinking
 * beer"). Tobacco, vaping and cannabis around minors are reported here too, since they are the same
 * age-gating problem. A sentence that clearly keeps the drinks apart ("wine for the adults, juice for
 * the kids") is only a low finding.
 */
public final class MinorsAndAlcohol {
    private MinorsAndAlcohol() {}

    /** Alcoholic drinks; also used to drop "alcohol" from the negative prompt for adult drinks ads. */
    public static final Lexicon ALCOHOL = Lexicon.builder()
            .replace("lemonade", "alcohol", "alcoholic (?:drinks?|beverages?)", "booze", "liquor", "beers?", "lagers?", "(?:pale|brown|craft|india pale|golden|amber|sour) ales?",
                    "ipas?", "stouts?", "pilsners?", "wines?", "champagne", "prosecco", "cava", "sparkling wine", "vodka", "whiske?y", "whiskies",
                    "bourbon (?:whiske?y|shots?|bottles?|on the rocks)", "scotch (?:whisky|on the rocks)", "rum", "rums", "gin", "gins",
                    "tequila", "mezcal", "brandy", "cognac", "sake", "soju", "absinthe", "schnapps", "liqueurs?", "moonshine", "sangria",
                    "hard (?:seltzers?|cider|lemonade|liquor)", "brewskis?", "spirits", "jager(?:meister)?")
            .replace("mocktails", "cocktails?", "margaritas?", "mojitos?", "martinis?", "mimosas?", "daiquiris?", "spritz(?:es)?", "jell ?o shots?")
            .replace("sharing lemonade", "(?:doing|downing|pounding|throwing back|slamming|taking) shots(?: of [a-z]+)?")
            .replace("glasses of lemonade", "shots of [a-z]+")
            .replace("lemonade", "kegs?", "keggers?")
            .replace("playing games", "beer pong", "drinking games?")
            .replace("happy", "drunk", "tipsy")
            .unless("root beer", "ginger (?:beer|ale)", "butter ?beer", "birch beer", "virgin (?:mojitos?|margaritas?|pina coladas?|cocktails?|daiquiris?)",
                    "wine (?:gums|red|colou?red|vinegar|sauce|reduction|glass(?:es)? of (?:juice|water))", "(?:red|white) wine vinegar",
                    "beer (?:battered|batter|bread|cheese|can chicken)", "cooking wine", "rum (?:cake|raisin|balls)", "rum raisin",
                    "(?:shrimp|prawn|fruit) cocktails?", "cocktail (?:dress(?:es)?|sauce|napkins?|rings?|attire|hour dress)",
                    "(?:for|for the|for goodness|for heaven'?s|for pete'?s|for its own|for old times|for your own|for their) sake",
                    "gin (?:rummy)", "spirits? (?:of|animal|week|day|team)", "(?:team|school|holiday|christmas|festive|free|high|good|kindred|adventurous|creative|"
                            + "the|your|their|our|kids'|young|youthful|community|fighting|competitive|sporting|independent|entrepreneurial|great) spirits?",
                    "shots of (?:espresso|coffee|energy|wheatgrass|ginger|juice|vitamin|protein|vaccine)", "drunk on (?:love|happiness|joy|fun|power)", "punch drunk")
            .build();

    /** Age-restricted products other than alcohol. */
    static final Lexicon RESTRICTED_SUBSTANCES = Lexicon.builder()
            .terms("cigarettes?", "cigs?", "cigars?", "e ?cig(?:arette)?s?", "vapes?", "vap(?:ing|ers?)", "juul(?:s|ing)?",
                    "tobacco", "nicotine", "hookahs?", "shishas?", "marijuana", "cannabis", "weed (?:gummies|brownies|edibles?|pens?)",
                    "smok(?:e|es|ed|ing) (?:a |some )?(?:cigarettes?|cigs?|weed|pot|joints?|blunts?|pipes?)", "thc", "edibles")
            .unless("nicotine (?:patch|patches|gum)", "candy cigarettes?", "cigarette (?:pants|trousers|jeans)", "(?:stop|quit|quitting|stopping) (?:vaping|smoking)")
            .build();

    static final Lexicon ADULTS_NAMED = Lexicon.builder()
            .terms("adults?", "grown ?ups", "parents", "moms and dads", "mom and dad", "mum and dad", "21\\+", "18\\+", "over 21", "over 18",
                    "legal drinking age", "of (?:legal )?age")
            .build();

    static final Lexicon SOFT_DRINKS = Lexicon.builder()
            .terms("juices?", "lemonade", "sodas?", "pop", "milk", "water", "mocktails?", "hot chocolate", "cocoa", "smoothies?",
                    "non ?alcoholic", "alcohol ?free", "sparkling cider", "apple cider", "punch", "soft drinks?", "root beer")
            .notNegatable()
            .build();

    private static final Lexicon UNDERAGE_DRINKING = Lexicon.builder()
            .terms("underage (?:drink(?:ing|ers?)?|drunk)", "(?:teen|teenage|high school) (?:drinking|binge drinking|drunk|keggers?|booze parties)")
            .build();

    static List<SentenceRule> rules() {
        return List.of(
                CooccurrenceRule.of(MINORS_ALCOHOL, CRITICAL, "Shows minors with alcohol (%s)", People.MINORS, ALCOHOL)
                        .mitigatedBy(LOW, "Minors appear near alcohol (%s); make sure only adults drink", ADULTS_NAMED, SOFT_DRINKS),
                new TermRule(MINORS_ALCOHOL, CRITICAL, "Depicts underage drinking (%s)", UNDERAGE_DRINKING),
                CooccurrenceRule.of(MINORS_ALCOHOL, CRITICAL, "Shows minors with tobacco, vaping or cannabis (%s)", People.MINORS, RESTRICTED_SUBSTANCES));
    }
}
