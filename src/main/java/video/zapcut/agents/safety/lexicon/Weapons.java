package video.zapcut.agents.safety.lexicon;

import static video.zapcut.agents.safety.Category.WEAPONS;
import static video.zapcut.agents.safety.Severity.HIGH;

import java.util.List;
import video.zapcut.agents.safety.rules.CooccurrenceRule;
import video.zapcut.agents.safety.rules.Lexicon;
import video.zapcut.agents.safety.rules.SentenceRule;
import video.zapcut.agents.safety.rules.TermRule;

/**
 * Firearms, explosives and weapons. Guns and bombs are flagged on sight except in tool, toy and idiom
 * compounds ("glue gun", "bath bomb", "jump the gun"). Blades are everyday kitchen products, so a knife
 * only counts together with a threat or violent act in the same sentence.
 */
final class Weapons {
    private Weapons() {}

    static final Lexicon FIREARMS = Lexicon.builder()
            .replace("the product", "(?:guns?|handguns?|pistols?|revolvers?|rifles?|shotguns?|firearms?|"
                    + "machine ?guns?|sub ?machine ?guns?|assault (?:rifles?|weapons?)|ak ?47s?|ar ?15s?|uzis?|glocks?|"
                    + "sniper rifles?|muskets?|carbines?|tasers?|stun guns?|weapons?|ammo|ammunition|silencers?|holsters?)")
            .replace("person", "gunm[ae]n", "snipers?", "shooters?", "armed (?:m[ae]n|robbers?|intruders?|attackers?|militia|thugs?|guards?)")
            .terms("gunfire", "gunshots?", "gunpoint", "gun ?fights?", "gun ?play", "gun violence", "bullet (?:holes?|wounds?|casings?|riddled)",
                    "hail of bullets", "spray(?:s|ing)? (?:of )?bullets", "bullets (?:fly|flying|whiz[a-z]*|rain[a-z]*)", "shell casings",
                    "armed robbery")
            .unless("(?:glue|hot glue|heat|nail|staple|massage|percussion|percussive|spray|paint|caulk|caulking|grease|water|squirt|"
                            + "nerf|toy|bubble|foam|confetti|radar|speed|tattoo|piping|frosting|icing|cookie|hot air|soldering|label|"
                            + "price|tan|spray tan|airbrush|rivet|temperature|thermometer|steam|fascia|deep tissue|muscle|recovery|"
                            + "laser|light|sonic|party|starting|starter|flare|plastic|wooden|inflatable|cardboard|pretend|play|bb|cap) (?:guns?|pistols?|blasters?|rifles?)",
                    "top gun", "jump(?:s|ed|ing)? the gun", "son of a gun", "stick(?:s|ing)? to (?:your|my|our|their|his|her) guns",
                    "(?:great|big|all) guns", "guns (?:a )?blazing", "smoking gun", "gun(?:ning)? for", "gun it", "guns out",
                    "sun'?s out", "gun metal", "gun shy", "rifl(?:e|es|ed|ing) through", "pistol (?:grip|shrimp)",
                    "secret weapons?", "weapons? of choice", "shooters? (?:glass|glasses)", "(?:tequila|vodka|whiskey|jello) shooters?",
                    "shooter (?:game|games)", "(?:sharp|straight|trouble) ?shooters?", "(?:first|third) person shooters?")
            .build();

    static final Lexicon EXPLOSIVES = Lexicon.builder()
            .replace("the product", "(?:bombs?|explosives|explosive (?:devices?|vests?|belts?)|ieds?|grenades?|"
                    + "sticks? of dynamite|dynamite sticks?|land ?mines?|missiles?|rocket launchers?|bazookas?|warheads?|"
                    + "nuclear (?:bombs?|weapons?|warheads?)|nukes|molotov(?: cocktails?)?|pipe bombs?)")
            .terms("detonat(?:e|es|ed|ing|ors?)")
            .unless("(?:bath|flavou?r|photo|f|calorie|glitter|stink|smoke|seed|cherry|truth|love|cinnamon|chocolate|cocoa|protein|"
                            + "taste|sugar|cheese|carb|fizz|fizzy|colou?r|confetti|fashion|style|vitamin|hydration|moisture|"
                            + "glow|fruit|fun|joy|cuteness|flavor|beauty|foam|slime|water) bombs?",
                    "bombs? (?:of|pop|pops|dot com|com|shell)", "(?:the|da|dat|absolute|total|a total|an absolute) bomb",
                    "bomb (?:diggity|ass)", "rocket launchers? (?:toy|for kids)")
            .build();

    /** Blades that are weapons by design, flagged on sight. */
    static final Lexicon COMBAT_BLADES = Lexicon.builder()
            .terms("(?:daggers?|switchblades?|bayonets?|shivs?|katanas?|swords?|brass knuckles|"
                    + "nunchucks?|crossbows?|throwing stars?|combat knives|combat knife|hunting knife)")
            .unless("double edged swords?", "sword ?(?:fish|swallower)",
                    "(?:toy|foam|plastic|wooden|cardboard|inflatable|pretend|play|pool noodle|lego|costume|pirate costume) (?:swords?|daggers?|lightsabers?|crossbows?)")
            .build();

    /** Blades that are normal products (chef's knife, axe, razor) until someone threatens with them. */
    static final Lexicon EVERYDAY_BLADES = Lexicon.builder()
            .replace("the product", "(?:knife|knives|blades?|machetes?|axes?|hatchets?|cleavers?|box cutters?|razors?|"
                    + "scissors|chainsaws?|ice picks?|screwdrivers?|broken bottles?)")
            .unless("knife sharp", "knife edge", "blade (?:of grass|runner)", "razor sharp", "razor thin")
            .build();

    /** Threat or violence words that turn an everyday blade into a weapon. */
    /** Threat or violence words that turn an everyday blade into a weapon. */
    static final Lexicon THREAT = Lexicon.builder()
            .terms("stab(?:s|bed|bing)?", "slash(?:es|ed|ing)? (?:at|him|her|them|someone|his|their)", "threat(?:en|ens|ened|ening)?",
                    "menac(?:e|es|ed|ing)(?:ly)?", "brandish(?:es|ed|ing)?", "wield(?:s|ed|ing)?", "lung(?:e|es|ed|ing)",
                    "(?:attack(?:s|ed|ing)?|chas(?:e|es|ed|ing)|kill(?:s|ed|ing)?|hurt(?:s|ing)?|injur(?:e|es|ed|ing)) " + People.TARGET,
                    "attackers?", "(?:wav|point)(?:e|es|ed|ing|s)? (?:it |the [a-z]+ |a [a-z]+ )?at", "murder(?:s|ed|ing|er|ers)?",
                    "wound(?:s|ed|ing)?", "victims?", "hostages?", "rob(?:s|bed|bing|ber|bers|bery)?", "mugg(?:ed|ing|er|ers)",
                    "knife ?fights?", "fight(?:s|ing)? (?:with|over) (?:a|his|her|the) (?:knife|blade)", "throats?",
                    "at (?:knife|blade) ?point", "knife ?point", "hold(?:s|ing)? (?:it|the [a-z]+|a [a-z]+) to (?:his|her|their|my|your|someone's)",
                    "(?:pulls?|pulled|pulling|draws?|drew|drawing) (?:out )?(?:a|his|her|their) (?:knife|blade|machete|razor|box cutter)",
                    "scream(?:s|ed|ing)?", "terrif(?:y|ies|ied|ying)", "psycho(?:path|tic)?", "slasher", "horror", "intruders?",
                    "bloody", "bleeding")
            .unless("slasher (?:deals?|prices?|sale)", "bleeding edge", "horror (?:movie night|film night)")
            .build();

    static List<SentenceRule> rules() {
        return List.of(
                new TermRule(WEAPONS, HIGH, "Shows or mentions a firearm or weapon (%s)", FIREARMS),
                new TermRule(WEAPONS, HIGH, "Shows or mentions explosives (%s)", EXPLOSIVES),
                new TermRule(WEAPONS, HIGH, "Shows a combat weapon (%s)", COMBAT_BLADES),
                CooccurrenceRule.of(WEAPONS, HIGH, "Uses a blade as a weapon (%s)", THREAT, EVERYDAY_BLADES),
                new TermRule(WEAPONS, HIGH, "Implies a firearm being used on someone (%s)", Violence.SHOOTING_PEOPLE));
    }
}
