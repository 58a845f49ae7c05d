package video.zapcut.agents.safety.lexicon;

import video.zapcut.agents.safety.rules.Lexicon;

/** Who can be on the receiving end of an act, and who counts as a minor. Shared by several concerns. */
final class People {
    private People() {}

    private static final String DETERMINERS = "(?:(?:the|a|an|his|their|my|our|some|that|this|another|random|innocent|young|old|"
            + "little|helpless|poor|two|three|several|unarmed|defenseless|defenceless|elderly|homeless|rival|other|nearby|"
            + "passing|fellow|local|her) ){0,2}";

    /**
     * A person or animal as the object of a verb. "her" alone counts only when it cannot be a possessive
     * ("hits her" yes, "whips her hair" no); a following apostrophe means possessive ("hurt the kids' teeth").
     */
    static final String TARGET = DETERMINERS + "(?:him|them|someone|somebody|anyone|everyone|everybody|people|persons?|"
            + "m[ae]n|wom[ae]n|guys?|girls?|boys?|kids?|child(?:ren)?|bab(?:y|ies)|toddlers?|teens?|teenagers?|victims?|"
            + "strangers?|passers ?by|passersby|bystanders?|neighbou?rs?|wife|husband|girlfriend|boyfriend|partner|mother|"
            + "father|mom|mum|dad|sister|brother|civilians?|police(?:m[ae]n| officers?)?|officers?|cops?|soldiers?|students?|"
            + "customers?|shoppers?|employees?|workers?|coworkers?|co workers?|cashiers?|clerks?|teachers?|each other|"
            + "one another|opponents?|dogs?|cats?|pupp(?:y|ies)|kittens?|animals?|horses?|(?:him|her|them)sel(?:f|ves)|"
            + "protesters?|hostages?|prisoners?|intruders?|enemy|enemies|tourists?|pedestrians?|drivers?|cyclists?|joggers?|runners?|"
            + "friends?|classmates?|rivals?|referees?|players?|fans?|patients?|nurses?|doctors?|priests?|reporters?|journalists?|guards?|"
            + "waiters?|waitress(?:es)?|couples?|bride|groom|spouse|sons?|daughters?|grand(?:ma|pa|mother|father)s?|famil(?:y|ies)|"
            + "deer|elk|bears?|lions?|elephants?|wol(?:f|ves)|rhinos?|"
            + "her(?= *$| (?:up|down|in|on|with|to|at|and|again|until|from|for|while|because|so|as|hard|repeatedly|violently|"
            + "brutally|badly|senseless|bloody|unconscious|twice|dead)(?![a-z])))(?![a-z0-9'])";

    /** Children and teenagers. "baby" only as a child, not in "baby spinach" or "baby shower". */
    static final Lexicon MINORS = Lexicon.builder()
            .terms("kids?", "kiddos?", "kiddies", "child(?:ren)?", "children's", "childs", "toddlers?", "infants?",
                    "bab(?:y|ies)", "teens?", "teenagers?", "teenaged?", "tweens?", "pre ?teens?", "adolescents?",
                    "juveniles?", "underage", "under age", "minors", "a minor", "school ?(?:boys?|girls?|kids?|children)",
                    "(?:high|middle|grade|elementary|primary) ?school(?:ers?| students?| kids| party| parties| prom)",
                    "prom", "youngsters?", "little (?:boys?|girls?|ones)", "young (?:boys?|girls?|children|kids|teens)",
                    "boys and girls", "(?:[1-9]|1[0-7]) ?(?:years?|yrs?) ?olds?",
                    "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) ?years? ?olds?",
                    "under ?(?:18|21)", "youths?")
            .unless("kid (?:gloves|leather|goat)", "baby (?:shower|showers|boomers?|back|spinach|carrots?|potatoes|bok choy|corn|"
                            + "kale|arugula|greens|blue|pink|bel|face|hair|soft|smooth|oil|powder|wipes|cakes?|steps?|bump|moon)",
                    "(?:hey|oh|my|sugar) baby", "kidding", "prom(?:o|otion|pt)")
            .build();
}
