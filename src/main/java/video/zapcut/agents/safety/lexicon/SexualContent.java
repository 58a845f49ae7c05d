package video.zapcut.agents.safety.lexicon;

import static video.zapcut.agents.safety.Category.SEXUAL_CONTENT;
import static video.zapcut.agents.safety.Severity.CRITICAL;
import static video.zapcut.agents.safety.Severity.HIGH;
import static video.zapcut.agents.safety.Severity.LOW;

import java.util.List;
import video.zapcut.agents.safety.rules.CooccurrenceRule;
import video.zapcut.agents.safety.rules.Lexicon;
import video.zapcut.agents.safety.rules.SentenceRule;
import video.zapcut.agents.safety.rules.TermRule;

/**
 * Nudity and sexual content. "Nude" and "naked" are also beauty and food words ("nude lipstick",
 * "naked cake"), hence the exceptions. Merely suggestive words ("sexy new phone design") are only a
 * low finding, but anything sexual next to a minor is critical.
 */
final class SexualContent {
    private SexualContent() {}

    static final Lexicon NUDITY = Lexicon.builder()
            .replace("smartly dressed", "naked", "nude", "topless", "bottomless", "butt naked", "buck naked", "stark naked", "half naked", "semi nude")
            .replace("fully clothed", "in the (?:nude|buff)", "wearing nothing(?: at all)?", "no clothes on", "without (?:any )?clothes(?: on)?")
            .terms("nudes", "nudity", "full frontal", "(?:bare|exposed) (?:breasts?|boobs|nipples?|genitals?|buttocks|bum|butt|crotch)",
                    "genitals?", "genitalia", "undress(?:es|ed|ing)?", "strip(?:s|ped|ping)? (?:naked|off|down to nothing)",
                    "(?:takes?|took|taking) off (?:all )?(?:her|his|their) clothes", "wardrobe malfunction", "nipple slips?",
                    "(?:breasts?|boobs|nipples?|genitals?|buttocks|crotch) (?:exposed|showing|hanging out|on display)",
                    "zoom(?:s|ed|ing)? in on (?:her|his|their) (?:breasts?|boobs|butt|buttocks|crotch|cleavage|bottom)")
            .unless("nude (?:lip[a-z]*|heels|pumps|shades?|palette|tones?|colou?rs?|make ?up|nails?|nail polish|polish|beige|pink|gloss|"
                            + "look|manicure|eyeshadow|eye shadow|blush|bra|bras|underwear|sandals|shoes|tights|stockings|hues?|finish|"
                            + "matte|collection|range|liner|lipstick|mani|pedi|flats|boots|knit|sweater|dress|skirt|leather)",
                    "(?:shades? of|soft|warm|cool|perfect|classic|everyday|matte|glossy|your|my|her|best|neutral) nudes?",
                    "naked (?:eye|truth|flame|cakes?|juice|palette|wings?|burritos?|bowls?|salad|ingredients?|labels?|packaging|"
                            + "skin ?care|lip|grains?|bikes?|wood|timber|bulbs?|wires?)",
                    "(?:the|to the) naked eye", "topless (?:bus|buses|car|cars|convertible|jeep|tour)", "undressed (?:salads?|greens)")
            .build();

    static final Lexicon EXPLICIT = Lexicon.builder()
            .terms("porn[a-z]*", "xxx", "sex (?:scenes?|acts?|tapes?|toys?|positions?|workers?|clubs?|shops?)", "(?:having|have|has|had) sex",
                    "sexual (?:intercourse|acts?|content|positions?|activit(?:y|ies)|favou?rs?|innuendo)", "sexually explicit",
                    "explicit (?:sex[a-z]*|content|scenes?|nudity|imagery|photos?|images?)", "intercourse", "orgasm[a-z]*", "org(?:y|ies)",
                    "erotic[a-z]*", "strippers?", "striptease", "strip (?:clubs?|tease|shows?|poker)", "lap ?danc(?:e|es|er|ers|ing)",
                    "escorts? (?:service|agency|girls?)", "prostitut[a-z]*", "hookers?", "brothels?", "fetish[a-z]*", "bdsm", "bondage",
                    "nsfw", "only ?fans", "cam ?girls?", "masturbat[a-z]*", "ejaculat[a-z]*", "erections?", "sexting", "upskirt", "horny",
                    "hentai", "dominatrix", "one night stand", "sleep(?:s|ing)? with (?:him|her|them|strangers)", "(?:making|make|makes|made) love")
            .unless("(?:tent|scaffold(?:ing)?|building) erections?", "fetish for (?:detail|details|quality|coffee)")
            .build();

    static final Lexicon SEXUAL_VIOLENCE = Lexicon.builder()
            .terms("rap(?:e|es|ed|ing|ist|ists)", "sexual (?:assault|abuse|harassment|violence|exploitation)", "sexually (?:assault[a-z]*|abus[a-z]*|harass[a-z]*)",
                    "molest[a-z]*", "grop(?:e|es|ed|ing)", "p(?:a)?edophil[a-z]*", "child (?:porn[a-z]*|sexual abuse|sex abuse|exploitation)",
                    "csam", "incest", "bestiality", "roofie[a-z]*", "date rape", "non ?consensual")
            .unless("rape ?seeds?")
            .build();

    static final Lexicon SUGGESTIVE = Lexicon.builder()
            .replace("stylish", "sexy", "sexier", "sexiest", "seductive(?:ly)?", "sensual(?:ly)?", "sultry", "provocative(?:ly)?",
                    "risque", "racy", "raunchy", "lustful", "scantily (?:clad|dressed)", "skimpy", "busty", "voluptuous",
                    "suggestive(?:ly)?", "steamy (?:scenes?|romance)", "cleavage", "twerk(?:s|ing)?")
            .replace("~charm", "seduc(?:e|es|ed|ing)")
            .build();

    /** Words that must never appear next to a child, even the mild ones. */
    private static final Lexicon SEXUALISING = Lexicon.builder()
            .terms("sexy", "sexier", "sexiest", "sexual(?:ly)?", "sexuali[sz](?:e|ed|ing)", "seductive(?:ly)?", "seduc(?:e|es|ed|ing)",
                    "sensual(?:ly)?", "sultry", "provocative(?:ly)?", "lingerie", "naked", "nude", "nudity", "topless", "erotic[a-z]*",
                    "strip(?:s|ped|ping)?", "undress(?:es|ed|ing)?", "flirt(?:s|y|ing|atious)?", "suggestive(?:ly)?", "racy", "skimpy",
                    "hot (?:body|bod)", "kiss(?:es|ing)? (?:an? )?(?:adults?|older m[ae]n|grown m[ae]n)", "dat(?:e|es|ing) (?:an? )?(?:adults?|older m[ae]n)")
            .unless("nude (?:lip[a-z]*|shades?|tones?|colou?rs?|heels|palette|polish|nails?)", "strip(?:s|ped)? (?:steak|mall|lights?|of)",
                    "comic strips?", "naked (?:eye|truth|cakes?)")
            .build();

    static List<SentenceRule> rules() {
        return List.of(
                new TermRule(SEXUAL_CONTENT, HIGH, "Shows nudity (%s)", NUDITY),
                new TermRule(SEXUAL_CONTENT, HIGH, "Sexually explicit content (%s)", EXPLICIT),
                new TermRule(SEXUAL_CONTENT, CRITICAL, "Sexual violence or abuse (%s)", SEXUAL_VIOLENCE),
                new TermRule(SEXUAL_CONTENT, LOW, "Suggestive wording (%s); fine for products, keep people tasteful", SUGGESTIVE),
                CooccurrenceRule.of(SEXUAL_CONTENT, CRITICAL, "Sexualises a minor (%s)", People.MINORS, SEXUALISING));
    }
}
