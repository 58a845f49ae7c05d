package video.zapcut.agents.safety.lexicon;

import static video.zapcut.agents.safety.Category.MISLEADING_CLAIM;
import static video.zapcut.agents.safety.Severity.HIGH;
import static video.zapcut.agents.safety.Severity.LOW;
import static video.zapcut.agents.safety.Severity.MEDIUM;

import java.util.List;
import video.zapcut.agents.safety.rules.Lexicon;
import video.zapcut.agents.safety.rules.SentenceRule;
import video.zapcut.agents.safety.rules.TermRule;

/**
 * Claims the advertiser cannot back up. Curing or preventing a serious disease is high; guaranteed
 * results, rapid weight loss, "no side effects", regulator approval we cannot verify and
 * get-rich-quick promises are medium; "clinically proven" is a low note asking for substantiation.
 * Ordinary benefit language ("soothes sore muscles", "supports healthy joints",
 * "satisfaction guaranteed", "money-back guarantee") is fine.
 */
final class MisleadingClaims {
    private MisleadingClaims() {}

    private static final String SERIOUS_DISEASE = "(?:cancers?|tumou?rs?|diabetes|covid(?: ?19)?|coronavirus|hiv|aids|alzheimer'?s|dementia|"
            + "parkinson'?s|heart disease|arthritis|autism|adhd|depression|anxiety disorders?|multiple sclerosis|leukemia|malaria|"
            + "tuberculosis|hepatitis|strokes?|obesity|high blood pressure|hypertension|asthma|epilepsy|infertility|erectile dysfunction|"
            + "kidney disease|liver disease|lupus|crohn'?s|psoriasis|eczema|herpes|influenza|the flu|flu|measles|cholesterol|"
            + "heart attacks?|osteoporosis|fibromyalgia|insomnia|migraines?|chronic pain)";
    private static final String MINOR_CONDITION = "(?:(?:the )?common cold|colds?|hangovers?|acne|baldness|hair loss|wrinkles|headaches?|"
            + "allergies|back pain|joint pain|pain|cellulite|stress|fatigue|aging|ageing|dandruff|snoring|cold sores?|everything|all (?:your )?"
            + "(?:ills|ailments|problems)|any (?:illness|disease|ailment)|diseases?|illness(?:es)?|ailments?)";
    private static final String CURE_VERB = "(?:cur(?:e|es|ed|ing)|heal(?:s|ed|ing)?|revers(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|eradicat(?:e|es|ed|ing)|"
            + "treat(?:s|ed|ing)?|prevent(?:s|ed|ing)?|kill(?:s|ing)? (?:all )?|destroy(?:s|ing)?|shrink(?:s|ing)?|melt(?:s|ing)? away|"
            + "protect(?:s|ing)? (?:you )?(?:against|from)|immun(?:e|ity) (?:to|against)|wards? off|get rid of)";
    private static final String NUMBER = "(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a few|just a few)";

    static final Lexicon HEALTH_CURES = Lexicon.builder()
            .replace("~support everyday wellness", CURE_VERB + " (?:[a-z']+ ){0,2}" + SERIOUS_DISEASE)
            .replace("support for everyday wellness", "(?:a |the )?cure for " + SERIOUS_DISEASE,
                    "anti ?cancer(?: properties| effects| benefits| formula| superfood)?",
                    "cancer (?:fighting|killing|curing|preventing|cure)", "miracle (?:cures?|drugs?|treatments?|remed(?:y|ies))",
                    "(?:replaces?|instead of|no need for|better than|stop taking) (?:your |the )?(?:[a-z]+ )?(?:medication|medicine|chemotherapy|chemo|insulin|vaccines?|antibiotics|prescriptions?)")
            .unless("(?:raise|raising|raises|fund|funds|funding|support|supports|supporting|donat(?:e|es|ing)|proceeds|research|awareness|walk|run|ride|charity|charities|"
                    + "foundation|survivors?|patients|society|institute|month) (?:[a-z]+ ){0,3}(?:cancer|diabetes|alzheimer'?s|autism|hiv|aids|heart disease|arthritis)",
                    "(?:breast|lung|skin|prostate|cancer) (?:cancer )?(?:awareness|research|survivors?|month|charity|foundation|walk)",
                    "anti ?cancer (?:charity|research|foundation|society)")
            .build();

    static final Lexicon CURE_ALLS = Lexicon.builder()
            .replace("~help you feel better", "cur(?:e|es|ed|ing) (?:[a-z']+ ){0,2}" + MINOR_CONDITION)
            .replace("a treat for tired days", "(?:a |the )?cure for " + MINOR_CONDITION,
                    "miracle (?:pills?|potions?|supplements?|creams?|serums?|diets?|weight loss|fat burners?|formula|tonic)",
                    "magic (?:pills?|weight loss|fat burners?|diet pills?)",
                    "revers(?:e|es|ed|ing) (?:the )?(?:signs of )?(?:aging|ageing)", "never (?:get|be|feel) sick again",
                    "(?:fight(?:s|ing)?(?: off)?|kills?|beats?|stops?) (?:any|all|every) (?:virus|viruses|disease|diseases|illness|illnesses|infections?)",
                    "(?:regrow|grow back|restore) (?:your |a full head of )?hair (?:in|within)", "look (?:\\d+|ten|twenty) years younger",
                    "(?:permanently|instantly) (?:removes?|erases?|eliminates?|cures?|stops?) (?:[a-z]+ ){0,2}(?:wrinkles|cellulite|hair loss|acne|fat|pain|aging)")
            .unless("cured (?:meats?|ham|salmon|pork|bacon|sausage|egg yolks?)", "(?:salt|sugar|dry|smoke) cured", "cure (?:ham|meats?)")
            .build();

    static final Lexicon GUARANTEES = Lexicon.builder()
            .replace("great results", "(?:100 ?% |fully |absolutely |totally )?guarantee(?:d|s)? (?:[a-z]+ ){0,2}results?", "results? (?:are |is )?(?:100 ?% |fully )?guaranteed",
                    "100 ?% (?:effective|success(?: rate)?|cure|guaranteed|risk free|results)", "(?:works|worked) (?:for|on) everyone",
                    "permanent results", "guaranteed (?:weight|fat) loss")
            .replace("designed to help you feel your best", "guaranteed to (?:make you |help you |let you )?(?:lose|burn|drop|shed|cure|heal|grow|regrow|work|double|triple|win|earn|"
                            + "get rich|erase|remove|eliminate|reverse|whiten|fix|clear|boost|melt|build|gain|transform|change your life)(?: [a-z0-9%$]+){0,6}")
            .replace("feel your best", "(?:lose|drop|shed|burn|melt|melts|loses|lost) (?:up to |over |at least )?" + NUMBER + " ?(?:pounds|lbs?|kilos?|kgs?|kilograms|"
                            + "dress sizes|sizes|inches|stone) (?:in|within|in just|in only|over|by)(?: just| only)? (?:a |one |" + NUMBER + " )?(?:days?|weeks?|hours?|nights?|month|weekend)",
                    "(?:lose|losing|loses) weight (?:without (?:diet(?:ing)?|exercise|effort|trying|changing)|while you sleep|overnight|instantly|fast|effortlessly)",
                    "(?:burn|burns|burning|melt|melts|melting) (?:away )?(?:belly |body |stubborn )?fat (?:while you sleep|overnight|instantly|fast|without)",
                    "eat (?:whatever|anything) you want and (?:still )?lose weight",
                    "(?:fat|weight) (?:melts|falls|drops) off")
            .replace("~help you feel your best", "melt(?:s|ing)? (?:away )?(?:belly |body |stubborn )?fat")
            .replace("carefully made", "(?:fda|ema|mhra|health canada) (?:approved|approval|certified|endorsed|cleared|recommended)",
                    "approved by the (?:fda|ema)", "(?:no|zero|without|without any) side effects", "(?:doctors|scientists) (?:hate|don'?t want you to know)")
            .replace("a smart choice", "get rich quick", "(?:make|earn) (?:\\$\\d[\\d ]*k?|\\d[\\d ]*(?:k|dollars|bucks)) (?:a|per|every) (?:day|week|month)(?: from home| working from home| guaranteed)?",
                    "guaranteed (?:returns?|income|profits?|winnings)", "risk free (?:investment|returns?|profits?|money)", "double your money",
                    "(?:quit|fire) your (?:day )?job (?:in|within)", "become (?:a )?millionaire (?:in|within|overnight)", "get rich (?:overnight|fast)", "passive income guaranteed")
            .notNegatable()
            .build();

    static final Lexicon NEEDS_SUBSTANTIATION = Lexicon.builder()
            .replace("tested", "instant results", "clinically proven", "scientifically proven", "proven by science", "doctor approved", "#1 doctor recommended",
                    "medical grade", "flush(?:es)? (?:out )?(?:all )?(?:the )?toxins", "detox(?:es|ify|ifies)? (?:your )?(?:body|liver|organs)")
            .notNegatable()
            .build();

    static List<SentenceRule> rules() {
        return List.of(
                new TermRule(MISLEADING_CLAIM, HIGH, "Unsubstantiated medical claim (%s)", HEALTH_CURES),
                new TermRule(MISLEADING_CLAIM, MEDIUM, "Unsubstantiated cure or anti-aging claim (%s)", CURE_ALLS),
                new TermRule(MISLEADING_CLAIM, MEDIUM, "Misleading guarantee or unverifiable claim (%s)", GUARANTEES),
                new TermRule(MISLEADING_CLAIM, LOW, "Claim needs substantiation before launch (%s)", NEEDS_SUBSTANTIATION));
    }
}
