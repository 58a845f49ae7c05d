package video.zapcut.agents.safety.lexicon;

import static video.zapcut.agents.safety.Category.SELF_HARM;
import static video.zapcut.agents.safety.Severity.CRITICAL;

import java.util.List;
import video.zapcut.agents.safety.rules.Lexicon;
import video.zapcut.agents.safety.rules.SentenceRule;
import video.zapcut.agents.safety.rules.TermRule;

/**
 * Suicide, self-injury and eating-disorder promotion. Idioms like "to die for", "cut yourself a slice"
 * and "can't stop eating these chips" are excluded; prevention messaging ("suicide prevention hotline")
 * is allowed.
 */
final class SelfHarm {
    private SelfHarm() {}

    private static final String SELF = "(?:yourself|myself|himself|herself|themselves|themself|ourselves|oneself)";
    private static final String THINNESS = "(?:thin|thinner|skinny|skinnier|lose weight|weight loss|size zero|size 0|bones|bony|a thigh gap|thigh gap|the scale)";

    static final Lexicon PROMOTION = Lexicon.builder()
            .terms("suicid(?:e|es|al)", "kill(?:s|ing|ed)? " + SELF, "kys", "end(?:s|ing|ed)? (?:it all|(?:your|my|his|her|their) (?:own )?li(?:fe|ves))",
                    "tak(?:e|es|ing|en) (?:your|my|his|her|their) own li(?:fe|ves)", "(?:want|wants|wanted|wanna) to die", "better off dead", "(?:life )?(?:is not|isn'?t) worth living", "no reason to live",
                    "(?:don'?t|do not|never) eat(?:ing)? (?:anything )?(?:for (?:a |an |[0-9]+ |two |three |several )?(?:days?|weeks?|month)|until)", 
                    "hang(?:s|ing|ed)? " + SELF, "slit(?:s|ting)? (?:your|my|his|her|their) wrists?", "cut(?:s|ting)? " + SELF, "cut(?:s|ting)? (?:her|his|their|my|your) (?:own )?(?:arms?|wrists?|legs?|thighs?|skin)",
                    "self ?harm(?:s|ing)?", "self ?injur(?:y|ies|ing)", "self ?mutilat(?:e|es|ion|ing)", "starv(?:e|es|ed|ing) " + SELF,
                    "starvation diets?", "(?:burn|burning|hurt|hurting|harm|harming|punish|punishing|poison|poisoning) " + SELF,
                    "pro ?ana", "pro ?mia", "thinspo[a-z]*", "thinspiration", "bonespo", "meanspo",
                    "(?:anorexi[ac]|bulimi[ac]|eating disorder) (?:tips|goals|diet|lifestyle)",
                    "(?:purg(?:e|es|ing)|throw(?:s|ing)? up|vomit(?:s|ing)?|make " + SELF + " (?:throw up|vomit|sick)) (?:after|to (?:lose|stay|get|be|keep))",
                    "(?:stop|stopping|quit|quitting|skip|skipping|skips) (?:eating|meals|food|breakfast|lunch|dinner)(?: [a-z]+){0,5} (?:to|until|so) (?:[a-z]+ ){0,3}" + THINNESS,
                    "(?:eat|eating|eats) (?:only|just|under|less than) (?:\\d+|a few hundred) calories", "(?:under|less than|only) [1-7]\\d\\d calories a day",
                    "laxatives? (?:to|for) (?:lose|weight|stay|get)", "jump(?:s|ing)? off (?:a|the) (?:bridge|building|roof|cliff|ledge)",
                    "(?:ledge|edge of (?:a |the )?(?:roof|building|bridge|cliff))(?: [a-z]+){0,4} (?:ready|about|preparing|going|threatening|wanting) to jump",
                    "razor blades? (?:on|to|across) (?:your|my|her|his|their) (?:wrists?|arms?|skin|thighs?)", "nooses?",
                    "overdos(?:e|es|ed|ing) on (?:pills|sleeping pills|painkillers|pain killers|medication)")
            .unless("suicide (?:prevention|hotline|helpline|awareness|crisis line|lifeline|squad|doors?|squeeze|runs?|sprints?|drills?)", "cut(?:s|ting)? " + SELF + " (?:a|an|some|another|in|off|loose|short)",
                    "cut(?:s|ting)? " + SELF + " some slack", "(?:burn|burning) " + SELF + " out", "kill(?:s|ing)? " + SELF + " (?:at|in|with) (?:the )?(?:gym|work|training|workouts?)",
                    "(?:can'?t|cannot|won'?t|couldn'?t|never|not) stop eating", "hang(?:s|ing)? " + SELF + " (?:up|out)")
            .build();

    static List<SentenceRule> rules() {
        return List.of(new TermRule(SELF_HARM, CRITICAL, "Promotes suicide, self-harm or disordered eating (%s)", PROMOTION));
    }
}
