package video.zapcut.agents.safety.lexicon;

import static video.zapcut.agents.safety.Category.HATE;
import static video.zapcut.agents.safety.Severity.CRITICAL;

import java.util.List;
import video.zapcut.agents.safety.rules.Lexicon;
import video.zapcut.agents.safety.rules.SentenceRule;
import video.zapcut.agents.safety.rules.TermRule;

/**
 * Hate: extremist symbols and slogans, and generic patterns of demeaning a group ("X are vermin",
 * "no X allowed", "deport all X") rather than a long slur list. Anti-hate messaging ("stand against
 * racism", "no room for hate") is common in brand campaigns and stays allowed.
 */
final class Hate {
    private Hate() {}

    /** Protected groups, written so that "white" or "black" alone (colours) never match. */
    private static final String GROUP = "(?:(?:black|white|asian|brown|jewish|muslim|christian|hindu|sikh|arab|gay|lesbian|trans|transgender|"
            + "queer|disabled|immigrant|mexican|latino|latina|hispanic|african|chinese|indian|pakistani|irish|roma|gypsy|native|indigenous|"
            + "aboriginal|middle eastern|foreign|catholic|buddhist|atheist|romani) (?:people|persons|men|women|folks|guys|community|communities|"
            + "family|families|immigrants|workers|kids|children)|blacks|whites|asians|jews|muslims|christians|hindus|sikhs|arabs|gays|lesbians|"
            + "immigrants|migrants|refugees|mexicans|latinos|hispanics|africans|chinese|indians|pakistanis|foreigners|gypsies|catholics|"
            + "women|girls|trans people|disabled people|the disabled|(?:people|those) (?:of colou?r|from (?:africa|asia|mexico|the middle east)))";

    private static final String DEMEANING = "(?:inferior|subhuman|greedy|cheap|liars|untrustworthy|sneaky|smelly|ugly|"
            + "(?:bad|terrible|awful|the worst) (?:drivers|people|parents|workers)|sub human|animals|vermin|rats|cockroaches|roaches|parasites|savages|"
            + "primitive|filth(?:y)?|dirty|disgusting|stupid|dumb|lazy|criminals|thieves|thugs|terrorists|rapists|evil|a disease|a plague|"
            + "a cancer|scum|trash|garbage|worthless|less than human|not human|apes|monkeys|a virus|ruining (?:[a-z]+ ){0,2}(?:country|nation|"
            + "neighbou?rhood|city|town|society)|destroying (?:our|the) (?:country|nation|society)|invading|the enemy|"
            + "not welcome|unwelcome|a threat to (?:our|the)|violent|controlling (?:the )?(?:banks|media|world|government)|control (?:the )?"
            + "(?:banks|media|world|government))";

    static final Lexicon EXTREMISM = Lexicon.builder()
            .terms("nazis?", "neo ?nazis?", "nazism", "(?:adolf )?hitler", "swastikas?", "hakenkreuz", "sieg heil", "heil hitler", "hitler salutes?", "third reich",
                    "white (?:power|pride|supremac(?:y|ist|ists)|nationalis[mt]s?|genocide)", "kkk", "ku klux klan", "klansm[ae]n",
                    "aryan (?:nation|brotherhood|race)", "master race", "race war", "racial (?:purity|slurs?|hatred|superiority)",
                    "ethnic (?:cleansing|slurs?)", "genocid(?:e|al)", "holocaust deni(?:al|er|ers)", "1488", "14 88", "fourteen words",
                    "blood and soil", "gas the [a-z]+", "hate (?:speech|symbols?|groups?|crimes?)", "hateful (?:symbols?|content|slogans?)",
                    "racist[a-z]*", "racism", "racial stereotyp[a-z]*", "blackface", "yellowface", "redface", "lynch(?:es|ed|ing|ings|mob)?",
                    "confederate flags?", "burning cross(?:es)?", "cross burnings?", "n ?word", "slant ?eyed", "slanty eyes",
                    "go back to (?:your|their) (?:own )?countr(?:y|ies)", "go back where (?:you|they) came from", "anti ?semit(?:ic|ism|es)", "islamophob(?:ia|ic)", "homophob(?:ia|ic)", "transphob(?:ia|ic)",
                    "xenophob(?:ia|ic)", "bigot(?:s|ry|ed)?",
                    // A few unambiguous slurs; the patterns below carry most of the weight.
                    "niggers?", "niggas?", "kikes?", "spics?", "faggots?", "wetbacks?", "towel ?heads?", "rag ?heads?", "trann(?:y|ies)")
            .unless("(?:stop|end|ending|against|fight(?:s|ing)?|combat(?:s|ing)?|oppos(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|anti|"
                            + "no to|zero tolerance for|no room for|stand(?:s|ing)? (?:up )?(?:against|to)|challeng(?:e|es|ed|ing)|unite(?:d)? against|"
                            + "beat(?:s|ing)?|tackl(?:e|es|ed|ing)|call(?:s|ing)? out|free from|free of) (?:[a-z]+ ){0,2}"
                            + "(?:racism|hate|bigotry|discrimination|homophobia|transphobia|antisemitism|anti semitism|islamophobia|xenophobia|racists?)",
                    "spic and span", "(?:grammar|soup) nazis?", "(?:david|jane|kelly|marshawn|merrill) lynch")
            .build();

    static final Lexicon DEMEANING_GROUPS = Lexicon.builder()
            .terms("(?:all |most |those |these |the |every |any )?" + GROUP + " (?:are|is|r|were) (?:all |just |nothing but |basically |naturally |"
                            + "inherently |so |such |always |a bunch of |really |genetically )*" + DEMEANING,
                    "(?:kill|exterminate|eradicate|eliminate|deport|expel|get rid of|hate|gas|lynch|purge|wipe out|round up|ban) (?:all )?(?:the )?" + GROUP,
                    "no " + GROUP + " (?:allowed|welcome|served|need apply|here)",
                    GROUP + " (?:secretly )?(?:control|controls|run|runs) (?:the |all the )?(?:banks|media|world|government|hollywood|money)", GROUP + " (?:not (?:allowed|welcome)|go home|get out|should (?:die|leave|be (?:banned|deported|killed|gassed|shot)))",
                    "(?:whites|blacks|white people|black people) only",
                    "(?:chas|driv|drove|run|ran|kick|forc|push|throw|threw)[a-z]* (?:out )?(?:an? |the |all |those )?" + GROUP
                            + " out of (?:town|the country|our country|the neighbou?rhood|here|the city)", "mock(?:s|ed|ing)? (?:a |an |the )?(?:ethnic|racial|religious) (?:groups?|minorit(?:y|ies))",
                    "(?:ethnic|racial|religious) (?:slurs?|stereotypes?|caricatures?|jokes?)",
                    "demean(?:s|ed|ing)? (?:a |an )?(?:ethnic|racial|religious) groups?",
                    "mock(?:s|ed|ing)? (?:an? |their |his |her )?(?:asian|chinese|indian|mexican|african|arab|jewish|black|accents?)(?: accents?)?",
                    "(?:stereotyp|caricatur)(?:e|es|ed|ing|ical) (?:of )?(?:an? )?(?:black|asian|jewish|mexican|arab|muslim|native|chinese|indian)(?: (?:people|characters?|men|women|accents?))?")
            .build();

    static List<SentenceRule> rules() {
        return List.of(
                new TermRule(HATE, CRITICAL, "Hate symbol, slogan or slur (%s)", EXTREMISM),
                new TermRule(HATE, CRITICAL, "Demeans a group of people (%s)", DEMEANING_GROUPS));
    }
}
