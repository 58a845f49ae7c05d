package video.zapcut.agents.safety.lexicon;

import static video.zapcut.agents.safety.Category.REAL_PERSON_LIKENESS;
import static video.zapcut.agents.safety.Severity.HIGH;

import java.util.List;
import video.zapcut.agents.safety.rules.Lexicon;
import video.zapcut.agents.safety.rules.SentenceRule;
import video.zapcut.agents.safety.rules.TermRule;

/**
 * Real people: putting a real person's face or name on an ad implies an endorsement we do not have
 * (right of publicity). Detected by a list of well-known names (full names, so "musk" the fragrance
 * and "swift" delivery stay fine), by likeness words (deepfake, lookalike, impersonator) and by
 * office titles followed by a name ("President Lincoln", "Senator Smith").
 */
final class RealPeople {
    private RealPeople() {}

    private static final String[] NAMES = {
            // Music
            "taylor swift", "beyonce", "rihanna", "lady gaga", "ariana grande", "billie eilish", "dua lipa", "selena gomez", "justin bieber",
            "ed sheeran", "harry styles", "adele", "shakira", "kanye(?: west)?", "jay ?z", "snoop dogg", "eminem",
            "bad bunny", "the weeknd", "bruno mars", "katy perry", "miley cyrus", "nicki minaj", "cardi b", "post malone", "olivia rodrigo",
            "sabrina carpenter", "doja cat", "travis scott", "lizzo", "elvis presley", "michael jackson", "madonna", "britney spears",
            "jennifer lopez", "j ?lo", "celine dion", "paul mccartney", "mick jagger", "bob dylan", "freddie mercury", "david bowie",
            "whitney houston", "dolly parton", "blackpink", "chappell roan",
            // Film and TV
            "tom cruise", "tom hanks", "brad pitt", "angelina jolie", "leonardo dicaprio", "scarlett johansson", "jennifer aniston",
            "dwayne (?:the rock )?johnson", "keanu reeves", "zendaya", "timothee chalamet", "margot robbie",
            "ryan reynolds", "ryan gosling", "will smith", "johnny depp", "morgan freeman", "meryl streep", "robert downey(?: jr)?",
            "chris hemsworth", "chris evans", "chris pratt", "emma watson", "emma stone", "jennifer lawrence", "nicole kidman",
            "julia roberts", "denzel washington", "samuel l jackson", "kevin hart", "jim carrey", "sandra bullock", "anne hathaway",
            "pedro pascal", "sydney sweeney", "jenna ortega", "florence pugh", "tom holland", "benedict cumberbatch", "daniel radcliffe",
            "marilyn monroe", "audrey hepburn", "charlie chaplin", "bruce lee", "jackie chan", "arnold schwarzenegger", "sylvester stallone",
            "oprah(?: winfrey)?", "ellen degeneres", "jimmy fallon", "gordon ramsay", "martha stewart", "kim kardashian", "kardashians?",
            "kylie jenner", "kendall jenner", "khloe kardashian", "paris hilton", "mr ?beast", "pewdiepie", "logan paul", "jake paul",
            "charli d'?amelio", "addison rae", "khaby lame", "david attenborough",
            // Sport
            "lionel messi", "messi", "cristiano ronaldo", "ronaldo", "neymar", "kylian mbappe", "mbappe", "erling haaland", "david beckham",
            "lebron(?: james)?", "michael jordan", "kobe bryant", "stephen curry", "steph curry", "shaquille o'?neal", "shaq",
            "serena williams", "venus williams", "roger federer", "rafael nadal", "novak djokovic", "naomi osaka", "coco gauff",
            "usain bolt", "simone biles", "tiger woods", "tom brady", "patrick mahomes", "travis kelce", "muhammad ali", "mike tyson",
            "conor mcgregor", "lewis hamilton", "max verstappen", "michael phelps", "pele", "diego maradona", "virat kohli",
            "caitlin clark", "shohei ohtani",
            // Business and tech
            "elon musk", "elon", "jeff bezos", "bezos", "mark zuckerberg", "zuckerberg", "bill gates", "steve jobs", "tim cook",
            "warren buffett", "sam altman", "jensen huang", "sundar pichai", "satya nadella", "richard branson", "jack ma",
            // Politics, royals, religion
            "donald trump", "president trump", "trump", "joe biden", "biden", "barack obama", "obama", "michelle obama", "kamala harris",
            "hillary clinton", "bill clinton", "george (?:w )?bush", "vladimir putin", "putin", "volodymyr zelensk(?:y|yy)", "zelensk(?:y|yy)",
            "xi jinping", "narendra modi", "emmanuel macron", "justin trudeau", "rishi sunak", "keir starmer", "boris johnson",
            "angela merkel", "kim jong ?un", "benjamin netanyahu", "abraham lincoln", "winston churchill", "nelson mandela",
            "martin luther king(?: jr)?", "mahatma gandhi", "adolf hitler", "hitler", "queen elizabeth", "king charles", "prince harry",
            "prince william", "meghan markle", "kate middleton", "princess diana", "pope francis", "pope leo", "dalai lama",
            "albert einstein", "greta thunberg", "alexandria ocasio ?cortez", "john f kennedy",
    };

    private static final String NOT_A_NAME = "(?!(?:of|and|or|the|a|an|to|for|with|who|is|was|says?|said|elect|emeritus|in|on|at|our|your|his|"
            + "her|their|candidate|has|had|will|would|can|could|announced|approved|signed|visits?|visited|s|day|from|that|which|this|"
            + "office|offices|race|election|elections|speech|debate|himself|herself)(?![a-z]))";

    static final Lexicon NAMED_PEOPLE = Lexicon.builder()
            .replace("a model", NAMES)
            .replace("a model", "(?:president|senator|governor|prime minister|chancellor|congress(?:wo)?man|vice president|first lady|"
                    + "mayor|ayatollah|sheikh|pope) " + NOT_A_NAME + "[a-z]{3,}")
            .replace("a model", "(?:the )?(?:us |u s |american |current |former )?president of the united states", "(?:the )?(?:us|u s|american|current|former) president",
                    "the pope", "the (?:british )?royal family", "the dalai lama")
            .unless("trump (?:card|cards|the|all|any|every|everything|others?)", "jordan (?:almonds?)", "madonna (?:and child|lily)",
                    "pele mele", "ronaldo (?:style|haircut)", "governor (?:valve|spring)", "mayor (?:of|s)", "elon (?:university|college)",
                    "pope'?s (?:nose)")
            .notNegatable()
            .build();

    static final Lexicon LIKENESS = Lexicon.builder()
            .replace("an original, fictional character", "(?:an? )?(?:ai |ai generated )?(?:deep ?fakes?|face ?swap(?:s|ped|ping)?)(?: (?:video|clip|image|photo|version|likeness))?(?: (?:of|with|onto))?",
                    "(?:an? )?(?:[a-z]+ ){0,3}lookalikes?(?: of)?", "an? (?:[a-z]+ ){0,3}look alikes?(?: of)?", "(?:an? )?(?:celebrity )?impersonat(?:or|ors|ing|es|ion)(?: of)?",
                    "(?:an? )?(?:celebrity|famous person'?s?|real person'?s?) (?:cameo|endorsement|lookalike|likeness|impersonator|face|voice|double)",
                    "(?:cloned|ai generated|ai cloned|synthetic) (?:voice|face|likeness) of", "(?:an? )?(?:digital|ai) (?:double|twin|replica|clone|avatar)s? of",
                    "(?:voice|face) clon(?:e|es|ing) of", "doppelgangers?", "body doubles? of")
            .unless("look ?alike (?:products?|bottles?|packaging|designs?)")
            .notNegatable()
            .build();

    static List<SentenceRule> rules() {
        return List.of(
                new TermRule(REAL_PERSON_LIKENESS, HIGH, "Uses a real person's name or likeness (%s) without a verified release", NAMED_PEOPLE),
                new TermRule(REAL_PERSON_LIKENESS, HIGH, "Imitates a real person's likeness (%s)", LIKENESS));
    }
}
