package video.zapcut.agents.safety.lexicon;

import static video.zapcut.agents.safety.Category.COMPETITOR_BRAND;
import static video.zapcut.agents.safety.Severity.HIGH;

import java.util.ArrayList;
import java.util.List;
import video.zapcut.agents.safety.rules.Lexicon;
import video.zapcut.agents.safety.rules.SentenceRule;
import video.zapcut.agents.safety.rules.TermRule;

/**
 * Third-party brands. Comparative advertising and trademarks in generated footage are a legal risk,
 * so every named brand is reported. Brands that are also common words (apple, dove, target, gap,
 * shell, amazon, mars, puma, subway, corona, ...) only count when the words around them show the
 * brand: a brand product next to them ("Apple iPhone", "Dove soap", "Mars bar") or a comparison
 * ("better than Apple", "unlike Target"). Retail-channel lines ("available at Target") are not
 * competitor mentions and are allowed.
 */
final class CompetitorBrands {
    private CompetitorBrands() {}

    /** Names that are (almost) never anything but the brand. */
    private static final String[] UNAMBIGUOUS = {
            "nike", "adidas", "reebok", "coca ?cola", "coke zero", "diet coke", "pepsi(?: ?co)?", "fanta", "mountain dew", "dr ?pepper",
            "7up", "7 up (?:soda|cans?|bottles?)", "red ?bull", "monster energy", "gatorade", "powerade", "starbucks", "dunkin(?: donuts)?", "mc ?donald'?s", "burger king",
            "kfc", "wendy'?s", "taco bell", "domino'?s(?: pizza)?", "pizza hut", "chick fil a", "samsung", "iphones?", "ipads?", "macbooks?",
            "airpods?", "apple ?watch(?:es)?", "google", "microsoft", "xbox", "playstation", "nintendo switch", "huawei", "xiaomi", "toyota",
            "honda", "bmw", "mercedes(?: benz)?", "audi", "volkswagen", "porsche", "ferrari", "lamborghini", "chevrolet", "chevy", "nissan",
            "hyundai", "l'?oreal", "maybelline", "revlon", "sephora", "nivea", "olay", "neutrogena", "gillette", "colgate", "walmart",
            "costco", "ikea", "zara", "h ?& ?m", "uniqlo", "lululemon", "under armou?r", "new balance", "asics", "rolex", "gucci", "prada",
            "louis vuitton", "chanel", "dior", "netflix", "heinz", "kraft", "nestle", "cadbury", "hershey'?s?", "m ?& ?m'?s", "oreos?",
            "doritos", "pringles", "kellogg'?s", "budweiser", "bud light", "heineken", "coors", "miller lite", "jack daniel'?s", "smirnoff",
            "bacardi", "kit ?kat", "twix", "skittles", "nutella", "lego", "hot wheels", "dyson", "fitbit", "garmin", "gopro", "nikon",
            "sony", "lenovo", "spotify", "airbnb", "uber eats", "doordash", "ray ?ban", "levi'?s", "calvin klein", "tommy hilfiger",
            "ralph lauren", "the north face", "timberland", "dr ?martens", "birkenstocks?", "clinique", "estee lauder", "lancome", "fenty",
            "glossier", "old spice", "head ?& ?shoulders", "pantene", "tresemme", "garnier", "cerave", "la roche posay", "kleenex",
            "ziploc", "tupperware", "nespresso", "keurig", "vitamix", "nutribullet", "instant pot", "febreze", "lysol", "clorox", "pampers",
            "huggies", "similac", "chobani", "activia", "oatly", "beyond meat", "impossible burger", "mastercard", "paypal",
            "american express", "verizon", "t ?mobile", "vodafone", "expedia", "whopper", "big mac", "frappuccino", "happy meal",
            "air jordans?", "jordans", "jordan (?:sneakers|shoes|1s?|retros?|brand)", "yeezys?", "crocs", "skechers", "fila", "hoka", "patagonia jackets?", "canada goose", "moncler",
            "balenciaga", "versace", "burberry", "hermes (?:bags?|birkin|scarves?)", "birkin bags?", "tiffany (?:& co|and co|blue box)",
            "cartier", "pandora (?:bracelets?|charms?)", "swarovski", "victoria'?s secret", "bath (?:&|and) body works", "lush cosmetics",
            "the body shop", "sk ?ii", "shiseido", "ordinary niacinamide", "magic eraser", "mr clean", "tide pods", "dawn dish soap",
            "windex", "post ?it notes?", "sharpie", "crayola", "play ?doh", "nerf blasters?", "fisher price", "hasbro", "mattel",
            "harley davidson", "volvo", "subaru", "kia", "mazda", "peloton", "gymshark", "alo yoga", "vuori", "stanley (?:cups?|tumblers?|quenchers?)",
            "yeti (?:coolers?|tumblers?|cups?|mugs?)", "hydro ?flask", "owala", "liquid death", "prime hydration", "celsius energy",
            "bang energy", "rockstar energy", "white claw", "truly hard seltzer", "corona extra", "modelo", "stella artois", "guinness (?:beer|stout|pint)",
            "grey goose", "absolut vodka", "hennessy", "moet", "dom perignon", "jameson", "johnnie walker", "captain morgan", "aperol",
            // Household, food and drink
            "charmin", "cottonelle", "angel soft", "brawny", "purina", "iams", "friskies", "whiskas", "milk ?bone", "pedigree dog food",
            "lipton", "nescafe", "folgers", "maxwell house", "lavazza", "tim hortons", "krispy kreme", "five guys", "shake shack",
            "in n out", "popeyes", "arby'?s", "panera", "dairy queen", "baskin robbins", "ben (?:&|and) jerry'?s", "haagen dazs",
            "lindt", "ferrero rocher", "godiva", "toblerone", "milka", "haribo", "cheetos", "fritos", "ruffles chips", "tostitos",
            "lay'?s (?:chips|potato chips|classic)", "goldfish crackers", "ritz crackers", "triscuit", "wheat thins", "cheez ?its?",
            "pop ?tarts", "cheerios", "frosted flakes", "lucky charms", "froot loops", "cap'?n crunch", "quaker oats", "clif bars?",
            "snapple", "arizona iced tea", "vitaminwater", "smartwater", "fiji water", "evian", "perrier", "san pellegrino",
            "la ?croix", "topo chico", "dasani", "aquafina", "tropicana", "minute maid", "ocean spray", "capri ?sun", "kool ?aid", "nesquik",
            "swiffer", "downy (?:fabric softener|unstopables)", "scrubbing bubbles", "oral ?b", "sensodyne", "listerine", "schick", "tampax", "kotex", "vaseline", "aveeno",
            "cetaphil", "eucerin", "kiehl'?s", "urban decay", "nyx cosmetics", "too faced", "huda beauty", "kylie cosmetics", "rare beauty (?:blush|cosmetics)",
            "drunk elephant", "mac cosmetics",
            // Tech, cars, retail, apparel, sport
            "bose", "sonos", "jbl", "beats by dre", "logitech", "razer", "asus", "fujifilm", "kodak", "lexus", "acura",
            "infiniti", "cadillac", "buick", "rivian", "hollister", "abercrombie", "american eagle (?:outfitters|jeans|store)", "old navy", "banana republic",
            "j ?crew", "forever 21", "shein", "temu", "asos", "primark", "nordstrom", "macy'?s", "kohl'?s", "spalding", "callaway golf",
            "titleist", "everlast",
    };

    /** Brand words that are also ordinary words, each with the nouns that show the brand is meant. */
    private static final String[][] AMBIGUOUS = {
            {"apple", "(?:iphones?|ipads?|macbooks?|macs?|watch(?:es)?|stores?|airpods?|music|tv|pay|logo|products?|devices?|laptops?|computers?|"
                    + "headphones|earbuds|inc|vision pro|silicon|ecosystem|fans?|keynote|event)"},
            {"dove", "(?:soap|body ?wash|beauty bars?|bar soap|shampoo|conditioner|deodorant|antiperspirant|lotion|chocolates?|men ?care|campaign|brand|products?)"},
            {"target", "(?:stores?|run|circle|brand|shoppers?|cart|app|red card|aisles?|parking lot)"},
            {"gap", "(?:jeans|hoodies?|stores?|khakis|logo|brand|outlet|kids)"},
            {"shell", "(?:gas|petrol|fuel|oil|stations?|v power|lubricants?)"},
            {"amazon", "(?:prime|alexa|echo|kindle|fire tv|delivery|deliveries|store|boxes|box|packages?|basics|com|web services|aws|fresh|warehouses?|"
                    + "sellers?|reviews?|listing|marketplace|music|cart|orders?|smile|go)"},
            {"mars", "(?:bars?|chocolate|candy)"},
            {"puma", "(?:sneakers|shoes|trainers|logo|sportswear|tracksuits?|stores?|suede)"},
            {"subway", "(?:sandwich(?:es)?|subs?|restaurants?|footlongs?|foot longs?|franchise)"},
            {"corona", "(?:beers?|extra|light|bottles?|premier)"},
            {"crest", "(?:toothpaste|whitening|white ?strips|3d white|pro health|mouthwash)"},
            {"converse", "(?:sneakers|shoes|all ?stars?|chuck taylors?|high ?tops?|chucks)"},
            {"vans", "(?:sneakers|shoes|old skool|slip ons?|sk8 hi|checkerboard)"},
            {"axe", "(?:body spray|deodorant|body wash|shower gel|effect)"},
            {"sprite", "(?:soda|cans?|bottles?|zero|lemon lime)"},
            {"ford", "(?:trucks?|f ?150|mustang|bronco|explorer|focus|fiesta|dealerships?|motor)"},
            {"tesla", "(?:model [3sxy]|cars?|cybertrucks?|autopilot|roadster|superchargers?|owners?)"},
            {"jaguar", "(?:cars?|f ?type|xf|xe|e ?pace|dealerships?)"},
            {"chipotle", "(?:restaurants?|burrito bowls?|mexican grill)"},
            {"coke", "(?:cans?|bottles?|zero|classic|float|products?)"},
            {"tide", "(?:pods|detergent|laundry)"},
            {"bounty", "(?:paper towels?|bars?)"},
            {"snickers", "(?:bars?|chocolate)"},
            {"kindle", "(?:e ?readers?|paperwhite|oasis|books?)"},
            {"pixel", "(?:phones?|[0-9]+ pro|[0-9]+a?)"},
            {"galaxy", "(?:s[0-9]+|phones?|z fold|z flip|buds|tab)"},
            {"monster", "(?:energy|drinks?|cans?)"},
            {"visa", "(?:cards?|debit|credit)"},
    };

    /** Comparisons that make an ambiguous word a brand: "better than Apple", "unlike Target". */
    private static final String COMPARISON = "(?:better than|worse than|unlike|compared (?:to|with)|vs|versus|cheaper than|pricier than|"
            + "beats?|beating|outperforms?|outsells?|instead of|rather than|switch(?:ing)? from|ditch(?:ing)?|forget|faster than|"
            + "lighter than|smarter than|thinner than|more than|less than|not like|move over) ";

    /** Ordinary nouns after an ambiguous word that show the common meaning ("better than apple pie"). */
    private static final String COMMON_MEANING = "(?! (?:pies?|juice|cider|slices?|crumble|tarts?|sauce|orchards?|trees?|picking|seeds?|cores?|"
            + "vinegar|butter|rainforest|river|jungle|basin|forest|parrots?|warriors?|lil(?:y|ies)|between|in|year|station|train|car|ride|platform|"
            + "map|tiles?|line|system|virus|audience|market|customers|demographic|price|weight|zone|goals?|areas?|heart|group|groups|date|"
            + "practice|range|acquisition|shells?|fish|grey|gray|planet|rover|mission|missions|sea|beach|of))";

    private static final String RETAILERS = "(?:amazon|target|walmart|costco|sephora|ulta|best buy|kroger|tesco|boots|cvs|walgreens|whole foods|"
            + "trader joe'?s|etsy|ebay|the app store|app store|google play|instacart|uber eats|doordash)";

    static final Lexicon BRANDS = brands();

    private static Lexicon brands() {
        List<String> ambiguous = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String[] brand : AMBIGUOUS) {
            String name = brand[0];
            names.add(name);
            ambiguous.add(name + "(?:'s)?(?= (?:new |latest |own |brand )?" + brand[1] + "(?![a-z]))");
            ambiguous.add("(?<=" + COMPARISON.replace(" ", "\\s") + ")" + name + "(?:'s)?" + COMMON_MEANING);
        }
        // The comparison look-behinds are costly; only try them where one of the names actually starts.
        String guarded = "(?=(?:" + String.join("|", names) + ")(?:'s)?(?![a-z0-9]))(?:" + String.join("|", ambiguous) + ")";
        return Lexicon.builder()
                .replace("other brands", UNAMBIGUOUS)
                .replace("other brands", guarded)
                .unless("(?:available|sold|stocked|in stock|find (?:it|us)|shop(?: it| us| now)?|order(?: it| now)?|buy(?: it| now)?|get it|"
                                + "pick (?:it|one) up|download(?: it| now)?) (?:now |today |online |exclusively )?(?:on|at|in|from|via) "
                                + RETAILERS + "(?:(?: and| or| &)? " + RETAILERS + ")*",
                        "(?:snort[a-z]*|sniff[a-z]*|lines? of|bumps? of|doing|bags? of) coke", "coke ?(?:heads?|addicts?|binge|dealers?)",
                        "google (?:it|maps|search|reviews?)", "coke ?bottle (?:green|glasses|lenses|shape|shaped|figure|body)", "kraft (?:paper|bags?|boxes|envelopes?|packaging)", "kia ora",
                        "whopper of")
                .notNegatable()
                .build();
    }

    static List<SentenceRule> rules() {
        return List.of(new TermRule(COMPETITOR_BRAND, HIGH, "Names a third-party brand (%s); trademarks and comparisons need legal sign-off", BRANDS));
    }
}
