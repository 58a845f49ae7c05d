package video.zapcut.agents.safety.lexicon;

import static video.zapcut.agents.safety.Category.VIOLENCE;
import static video.zapcut.agents.safety.Severity.CRITICAL;
import static video.zapcut.agents.safety.Severity.HIGH;

import java.util.List;
import video.zapcut.agents.safety.rules.Lexicon;
import video.zapcut.agents.safety.rules.SentenceRule;
import video.zapcut.agents.safety.rules.TermRule;

/**
 * Violence. Ad copy is full of violent idioms ("killer deals", "beat the heat", "attack the day",
 * "dressed to kill"), so violent verbs only count when aimed at a person or animal
 * ("stabbing someone", "punches his wife") or in the passive ("gets stabbed"). Graphic nouns
 * (gore, corpse, bloodbath) count on sight; plain "blood" does not ("blood orange").
 */
final class Violence {
    private Violence() {}

    private static final String VIOLENT_VERB = "(?:kill(?:s|ed|ing)?|murder(?:s|ed|ing)?|stab(?:s|bed|bing)?|strangl(?:e|es|ed|ing)|"
            + "chok(?:e|es|ed|ing)|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|hit(?:s|ting)?|smash(?:es|ed|ing)?|"
            + "slash(?:es|ed|ing)?|attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|tortur(?:e|es|ed|ing)|execut(?:e|es|ed|ing)|"
            + "slaughter(?:s|ed|ing)?|massacr(?:e|es|ed|ing)|maim(?:s|ed|ing)?|injur(?:e|es|ed|ing)|hurt(?:s|ing)?|"
            + "bludgeon(?:s|ed|ing)?|drown(?:s|ed|ing)?|poison(?:s|ed|ing)?|kidnap(?:s|ped|ping)?|abduct(?:s|ed|ing)?|"
            + "threaten(?:s|ed|ing)?|terrori[sz](?:e|es|ed|ing)|batter(?:s|ed|ing)?|whip(?:s|ped|ping)?|bash(?:es|ed|ing)?|"
            + "behead(?:s|ed|ing)?|decapitat(?:e|es|ed|ing)|mutilat(?:e|es|ed|ing)|"
            + "shov(?:e|es|ed|ing)|tackl(?:e|es|ed|ing)|burn(?:s|ed|ing)?|rob(?:s|bed|bing)?|mugg(?:ed|ing))";

    /** Acts so unambiguous that any object counts ("stabs a tourist"); "take a stab at" is excluded below. */
    private static final String ALWAYS_VIOLENT_VERB = "(?:stab(?:s|bed|bing)?|strangl(?:e|es|ed|ing)|behead(?:s|ed|ing)?|decapitat(?:e|es|ed|ing)|"
            + "bludgeon(?:s|ed|ing)?|maim(?:s|ed|ing)?|mutilat(?:e|es|ed|ing)|murder(?:s|ed|ing)?|kidnap(?:s|ped|ping)?|abduct(?:s|ed|ing)?|"
            + "tortur(?:e|es|ed|ing)|(?:runs?|running|ran) over)";

    /** Acts that need a qualifier because the bare verb is a common idiom ("beat the crowds"). */
    private static final String QUALIFIED_ACT = "(?:beat(?:s|ing)?|beaten) " + People.TARGET
            + " (?:up|to death|senseless|bloody|unconscious|black and blue|with (?:a|the|his|her) (?:[a-z]+ )?(?:bat|club|stick|pipe|hammer|belt|crowbar|brick|rock|chair))";

    private static final String PASSIVE = "(?:gets?|got|getting|gotten|is|are|was|were|being|been) "
            + "(?:brutally |violently |savagely |fatally |badly |repeatedly |viciously )?"
            + "(?:stabbed|killed|murdered|strangled|beaten (?:up|to death|senseless|bloody|unconscious)|assaulted|attacked|tortured|"
            + "executed|slaughtered|massacred|beheaded|decapitated|mutilated|kidnapped|abducted|lynched|gunned down|punched|"
            + "kicked|slapped|bludgeoned|maimed|choked|strangled|mugged|run over)";

    static final Lexicon VIOLENT_ACTS = Lexicon.builder()
            .replace("~greet", VIOLENT_VERB + "(?= " + People.TARGET + ")",
                    ALWAYS_VIOLENT_VERB + "(?= (?:a|an|the|his|her|their|my|your|some|two|three|another|every|random|innocent) [a-z]+)")
            .replace("is greeted", PASSIVE)
            .terms(QUALIFIED_ACT,
                    "(?:smash|hit|bash|slam|strike|crack|break)(?:es|s|ed|ing)? (?:[a-z']+ ){0,3}(?:over|on|into|against|across) "
                            + "(?:(?:his|her|their|a|the) )?(?:[a-z]+'s|his|her|their) (?:head|face|skull|jaw)", "beaten (?:up|to death|senseless|bloody|unconscious)", "burn(?:s|ed|ing|t)? [a-z]+ alive",
                    "set(?:s|ting)? (?:[a-z]+ )?(?:on fire|ablaze)", "set(?:s|ting)? fire to (?:a |the |his |her |their )?(?:person|man|woman|house|home|car|people|him|her|them)",
                    "(?:bar|street|fist|knife|gang|pub|school ?yard|prison) ?fights?", "brawl(?:s|ed|ing)?", "fist ?fights?",
                    "(?:serial|mass|axe|contract|hired|cold blooded|psycho(?:pathic)?) killers?", "killer (?:clowns?|with a)",
                    "hit ?m[ae]n", "assassin(?:s|ate|ated|ates|ating|ation)?", "domestic (?:violence|abuse)", "child abuse",
                    "animal (?:abuse|cruelty)", "graphic violence", "violen(?:t|ce|tly)", "riots|rioting|rioters|riot (?:police|gear)",
                    "armed robbery", "mugging", "carjack(?:s|ed|ing|ers?)?", "arson(?:ist)?", "home invasion",
                    "tak(?:e|es|ing|en) (?:[a-z]+ )?hostages?", "held hostage", "hostage situation", "firing squad", "public execution",
                    "execution style", "electric chair", "shot (?:dead|to death|in the (?:head|chest|back|face|leg|arm|heart|stomach|neck))",
                    "gunned down", "explosions? (?:kill[a-z]*|destroy[a-z]*|level[a-z]*|rip[a-z]* through|injur[a-z]*)")
            .unless("hit(?:s|ting)? (?:[a-z]+ ){0,2}up", "(?:take|takes|taking|took|have|make) a stab", "stab(?:s|bed|bing)? at",
                    "(?:kidnap|kidnaps|kidnapping|abduct|abducts) (?:your|the|their) (?:taste ?buds|senses|heart|hearts|attention)",
                    "tortur(?:e|es|ed|ing) (?:test|tested|testing)", "run(?:s|ning)? over (?:the|your|our) (?:details|plan|plans|notes|numbers|budget|schedule)", "kill(?:s|ed|ing)? (?:[a-z]+ ){0,2}with kindness",
                    "(?:germs|bacteria|viruses|microbes|pests|bugs|weeds|mosquitoes|insects|fleas|ticks|lice|mold|mould|odou?rs?) "
                            + "(?:are|is|get|gets|were|was) (?:killed|attacked)",
                    "attacked by (?:free radicals|bacteria|germs|pollution|uv|stress|the elements|dryness|dandruff)",
                    "violent (?:storms?|winds?|shaking|sneez[a-z]*|purple|colou?rs?|thunderstorms?)", "non violen[a-z]*",
                    "punch(?:es|ed|ing)? (?:in|out) (?:the clock|at work)", "poison (?:ivy|control)", "burn(?:s|ing)? (?:calories|fat)",
                    "whip(?:s|ped|ping)? (?:up|cream)", "tackl(?:e|es|ed|ing) (?:your|the|any|those|tough|stubborn|every)? ?(?:stains?|mess|dirt|grime|chores?|jobs?|tasks?|projects?)",
                    "kick(?:s|ed|ing)? (?:off|back|start)",
                    // The same words as nouns: "a hit kids love", "fruit punch kids adore", "pancake batter".
                    "(?:a|an|the|big|huge|instant|smash|massive|major|guaranteed|sure|total|real|fruit|fruity|tropical|party|hawaiian|"
                            + "holiday|spiked|spicy|extra|little|birthday|summer|pancake|cake|waffle|cookie|tempura|beer|our|this|that|your) "
                            + "(?:hits?|punch(?:es)?|kicks?|smash(?:es)?|batter|bash(?:es)?|whip|burns?)")
            .build();

    /** Shooting people: used by both violence and weapons, because a shooting implies a gun. */
    static final Lexicon SHOOTING_PEOPLE = Lexicon.builder()
            .replace("~photograph", "(?:shoot(?:s|ing)?|shot)(?= (?:at )?" + People.TARGET + ")")
            .terms("(?:gets?|got|getting|is|are|was|were|being|been) shot(?= *$| (?:by (?:a |the )?(?:gunman|police|cop|sniper|shooter|robber)|and|multiple|several|twice|again|repeatedly|dead|down|in the))",
                    "shoot ?outs?", "shooting spree", "drive ?by shootings?")
            .unless("shoot(?:s|ing)? (?:[a-z]+ )?(?:a |an )?(?:message|text|email|e mail|dm|note|line|look|glance|smile|pic|photo|video)",
                    // Storyboard camera language: "Wide shot: a woman jogs" is a framing, not a shooting.
                    "(?:wide|close ?up|closeup|medium|long|tracking|establishing|aerial|drone|overhead|hero|product|action|slow motion|"
                            + "panning|pan|dolly|crane|pov|reverse|insert|cutaway|static|handheld|macro|beauty|glamou?r|group|final|opening|"
                            + "closing|cinematic|b roll|follow|reaction|full|low angle|high angle|split screen|two|three|master|detail|"
                            + "lifestyle|studio|first|last|next|this|that|each|every|one|single|same) shots?",
                    "shoot(?:s|ing)? (?:your|my|his|her|their) shot")
            .unlessSentenceMentions("photos?", "photograph(?:s|y|er|ers)?", "camera", "portraits?", "video", "film(?:s|ing)?",
                    "footage", "lens", "headshots?", "photo ?shoot", "selfies?", "studio", "session", "instagram", "tiktok", "hoops",
                    "basketball", "baskets?", "goals?", "soccer", "hockey", "pucks?", "netball", "hoop",
                    // Toys: a water-gun fight in a summer ad is play, not a shooting.
                    "water ?guns?", "squirt guns?", "nerf", "toy", "water balloons?", "snowballs?", "confetti", "paintball",
                    "laser tag", "silly string", "foam darts?", "bubbles?")
            .build();

    static final Lexicon GRAPHIC = Lexicon.builder()
            .terms("gore", "gory", "gruesome", "blood ?bath", "blood ?shed", "blood (?:and|&) (?:gore|guts)",
                    "blood (?:splatter(?:s|ed)?|spatter(?:s|ed)?|soaked|stained|everywhere|spray(?:s|ing)?|spurt(?:s|ing)?|gush(?:es|ing)?|"
                            + "pour(?:s|ing)?|drip(?:s|ping)?|pool(?:s|ing)?|running|streaming)",
                    "pools? of blood", "(?:covered|soaked|drenched|dripping|splattered) (?:in |with )?blood", "bloody (?:corpses?|bod(?:y|ies)|"
                            + "knife|knives|wounds?|face|scene|murders?|fight|massacre|mess|hands?|victims?|axe|weapons?|carnage)",
                    "bleeding (?:out|to death|profusely|heavily)", "(?:open|gaping|stab|gunshot|bullet|bloody) wounds?",
                    "(?:dead|mutilated|decapitated|bloody|lifeless|rotting) (?:bod(?:y|ies)|corpses?)",
                    "(?:dead|dying|wounded|slain) (?:soldiers|civilians|victims|children|kids|people|hostages)", "corpses?", "cadavers?",
                    "mutilat(?:ed|ion|ions)", "dismember(?:ed|ing|ment|s)?", "decapitat(?:ed|ion)", "behead(?:ed|ing|ings)",
                    "disembowel(?:ed|led|ing|ment)?", "severed (?:heads?|limbs?|arms?|legs?|hands?|fingers?)", "tortur(?:e|ed|ing)",
                    "murder(?:s|ed|er|ers|ing|ous)?", "homicid(?:e|es|al)", "carnage", "guts spill[a-z]*", "brains? (?:splatter[a-z]*|blown out)",
                    "stabbings?", "bullets? (?:hit(?:s|ting)?|strik(?:e|es|ing)|pierc(?:e|es|ing)|rip(?:s|ping)?|tear(?:s|ing)?|slam(?:s|ming)?) "
                            + "(?:into |through )?(?:[a-z']+ ){0,2}(?:chest|head|body|face|skull|heart|back|man|woman|person|him|her|them)", "slit(?:s|ting)? (?:his|her|their|someone's|a [a-z]+'s) throats?", "throats? (?:slit|slashed|cut open)")
            .unless("gore ?tex", "murder (?:mystery|mysteries|of crows)", "murder(?:ed|ing|s) (?:it|the game)", "al gore",
                    "torture (?:test|tested|testing)", "(?:vanessa|al) gore")
            .build();

    static final Lexicon TERROR = Lexicon.builder()
            .terms("terror(?:ist)? attacks?", "terrorists?", "terrorism", "(?:mass|school|church|mosque|synagogue|temple|mall|office) shootings?",
                    "killing spree", "mass (?:killings?|murders?|graves?|casualties)", "suicide bomb(?:er|ers|ing|ings)?", "car bombs?",
                    "bombings?", "bomb(?:s|ed|ing)? (?:a |the )?(?:building|school|city|town|village|crowd|bus|train|plane|airport|church|"
                            + "mosque|synagogue|temple|hospital|embassy|market|stadium|office|mall|concert)",
                    "(?:blow(?:s|ing)?|blew|blown) up (?:a |the )?(?:building|school|city|bus|train|plane|airport|church|mosque|synagogue|"
                            + "hospital|embassy|market|stadium|office|mall|crowd|people|car)",
                    "massacres?", "hijack(?:s|ed|ing|ers?)? (?:a |the )?(?:plane|bus|train|flight)", "war crimes?")
            .unless("photo ?bomb(?:s|ed|ing|ings)?", "bombing (?:on stage|out)", "counter terrorist")
            .build();

    static List<SentenceRule> rules() {
        return List.of(
                new TermRule(VIOLENCE, HIGH, "Depicts violence against a person or animal (%s)", VIOLENT_ACTS),
                new TermRule(VIOLENCE, HIGH, "Depicts someone being shot (%s)", SHOOTING_PEOPLE),
                new TermRule(VIOLENCE, HIGH, "Shows graphic violence or gore (%s)", GRAPHIC),
                new TermRule(VIOLENCE, CRITICAL, "Depicts terrorism or mass violence (%s)", TERROR));
    }
}
