package video.zapcut.agents.safety.lexicon;

import static video.zapcut.agents.safety.Category.COPYRIGHTED_CHARACTER;
import static video.zapcut.agents.safety.Severity.HIGH;
import static video.zapcut.agents.safety.Severity.LOW;

import java.util.List;
import video.zapcut.agents.safety.rules.Lexicon;
import video.zapcut.agents.safety.rules.SentenceRule;
import video.zapcut.agents.safety.rules.TermRule;

/**
 * Characters and franchises owned by someone else. Names that are also ordinary words ("goofy",
 * "sonic", "woody", "joker", "frozen", "nemo") only count in their franchise form ("Sonic the
 * Hedgehog", "Woody from Toy Story"). Asking for a studio's look ("Pixar-style") is a low finding:
 * styles are not protected, but it invites lookalike characters.
 */
final class CopyrightedCharacters {
    private CopyrightedCharacters() {}

    private static final String[] CHARACTERS = {
            "mickey(?: mouse)?", "minnie mouse", "donald duck", "daisy duck", "goofy (?:the dog|and mickey)", "winnie the pooh", "pooh bear",
            "tigger", "eeyore", "simba", "mufasa", "elsa (?:and anna|from frozen|the snow queen)", "princess elsa", "queen elsa", "olaf the snowman",
            "moana", "buzz lightyear", "woody (?:from toy story|and buzz)", "lightning mcqueen", "nemo (?:the clownfish|from finding nemo)",
            "finding nemo", "dory (?:from finding)", "stitch (?:from lilo|the alien)", "lilo and stitch", "baymax", "wall ?e", "shrek", "donkey from shrek",
            "spider ?m[ae]n", "bat ?m[ae]n", "super ?man", "wonder ?woman", "iron man", "captain jack sparrow", "jack sparrow", "tony stark", "captain america",
            "the (?:incredible )?hulk", "thor (?:the god of thunder|odinson|from marvel)", "black panther", "black widow", "wolverine (?:from x men)",
            "deadpool", "the avengers", "avengers", "x ?men", "thanos", "groot", "harley quinn", "the joker", "aquaman", "the flash (?:superhero)",
            "darth vader", "yoda", "baby yoda", "grogu", "luke skywalker", "han solo", "chewbacca", "storm ?troopers?", "r2 ?d2", "c ?3po",
            "jedi knights?", "lightsabers?", "light sabers?", "star wars", "the mandalorian",
            "pikachu", "pokemon", "pokeballs?", "poke balls?", "super mario", "mario (?:and luigi|bros|brothers|kart)", "luigi (?:from mario)",
            "princess peach", "bowser", "donkey kong", "zelda", "link from zelda", "sonic the hedgehog", "pac ?man", "master chief",
            "lara croft", "kirby (?:from nintendo)", "minecraft steve", "creepers? from minecraft", "fortnite (?:characters?|skins?)",
            "harry potter", "hermione(?: granger)?", "ron weasley", "dumbledore", "voldemort", "hogwarts", "gandalf", "frodo", "gollum",
            "sponge ?bob(?: square ?pants)?", "patrick star", "squidward", "bugs bunny", "daffy duck", "looney tunes", "tweety(?: bird)?",
            "scooby ?doo", "homer simpson", "bart simpson", "the simpsons", "peppa pig", "paw patrol", "bluey", "hello kitty",
            "barbie(?: doll)?", "minions?", "despicable me", "garfield", "snoopy", "charlie brown", "tom and jerry", "elmo",
            "big bird", "cookie monster", "kermit(?: the frog)?", "miss piggy", "muppets?", "sesame street", "optimus prime",
            "transformers", "godzilla", "king kong", "james bond", "agent 007", "indiana jones", "ronald mcdonald",
            "totoro", "naruto", "goku", "sailor moon", "doraemon", "teenage mutant ninja turtles", "ninja turtles", "care bears?",
            "my little pony", "smurfs?", "paddington(?: bear)?", "thomas the tank engine", "dora the explorer", "cocomelon",
            "shaun the sheep", "wallace and gromit", "grinch", "willy wonka", "oompa loompas?", "ghostbusters",
            "jurassic park", "ninja turtle", "ariel the little mermaid", "the little mermaid", "cinderella from disney",
            "snow white from disney", "disney princess(?:es)?", "toy story", "frozen (?:2|ii|movie|characters?)", "the lion king",
    };

    static final Lexicon CHARACTER_NAMES = Lexicon.builder()
            .replace("an original mascot", CHARACTERS)
            .replace("an original mascot", "(?:an? )?(?:famous |popular |well known |beloved |iconic )?(?:disney|pixar|marvel|dc|dreamworks|nintendo|"
                    + "sanrio|warner bros|looney tunes|nickelodeon|cartoon network|star wars|anime|studio ghibli|ghibli) "
                    + "(?:characters?|superheroe?s?|heroe?s?|villains?|princess(?:es)?|mascots?|icons?)")
            .unless("super ?man (?:of the house)", "bat ?man and robin costume party", "barbie ?(?:que|cue|q)", "shrimp on the barbie",
                    "mickey(?:s)? (?:finn|d'?s)", "minions? of", "x men (?:and women)",
                    "(?:a|no|be a|being a|don'?t be a) grinch", "iron man (?:triathlon|race|competition)")
            .notNegatable()
            .build();

    static final Lexicon STUDIO_STYLE = Lexicon.builder()
            .replace("original 3D animation", "(?:in the style of |like a |like )?(?:disney|pixar|dreamworks|studio ghibli|ghibli|marvel|simpsons|anime studio) ?(?:style|like|inspired|esque)(?: animation)?",
                    "(?:in the style of|styled like|looks like|drawn like|animated like) (?:a |an )?(?:disney|pixar|dreamworks|studio ghibli|ghibli|marvel|simpsons)(?: (?:film|movie|animation|cartoon|short|characters?))?")
            .build();

    static List<SentenceRule> rules() {
        return List.of(
                new TermRule(COPYRIGHTED_CHARACTER, HIGH, "Uses a copyrighted character or franchise (%s)", CHARACTER_NAMES),
                new TermRule(COPYRIGHTED_CHARACTER, LOW, "Imitates a studio's look (%s); keep characters original", STUDIO_STYLE));
    }
}
