package video.zapcut.agents.safety.lexicon;

import static video.zapcut.agents.safety.Category.DRUGS;
import static video.zapcut.agents.safety.Severity.HIGH;
import static video.zapcut.agents.safety.Severity.LOW;
import static video.zapcut.agents.safety.Severity.MEDIUM;

import java.util.List;
import video.zapcut.agents.safety.rules.Lexicon;
import video.zapcut.agents.safety.rules.SentenceRule;
import video.zapcut.agents.safety.rules.TermRule;

/**
 * Drugs, tobacco and irresponsible drinking. Many drug words are also ad words ("drugstore",
 * "high performance", "addictive crunch", "espresso shot", "smoking hot deals", "joint pain",
 * "weed killer"), so slang terms only count with a drug verb or a drug noun next to them.
 *
 * <p>Decisions: hard drugs and cannabis are high; tobacco and vaping are medium (banned in most ad
 * codes but legal); CBD is a low finding (legal in many markets but restricted by ad platforms), so
 * "cannabis-free CBD balm" is approved with a note. Adult alcohol on its own is fine.
 */
final class Drugs {
    private Drugs() {}

    static final Lexicon HARD_DRUGS = Lexicon.builder()
            .replace("enjoying the product", "(?:snort|sniff|inject|smok|shoot(?:ing)? up|tak|do|us)(?:s|es|ed|ing|e|ting)? (?:a |some |the |his |her |lines? of |bumps? of )*"
                    + "(?:cocaine|coke|blow|heroin|meth|crystal meth|crack|ketamine|mdma|lsd|pcp|fentanyl|powder|pills|ecstasy)")
            .terms("(?:cocaine|crack cocaine|heroin|meth|methamphetamines?|crystal meth|fentanyl|"
                    + "oxycodone|oxycontin|opium|mdma|lsd|psilocybin|ketamine|pcp|angel dust|ghb|rohypnol|roofies?|magic mushrooms|shrooms|"
                    + "ecstasy (?:pills?|tablets?)|molly pills?|acid tabs?|xanax|adderall)")
            .replace("~enjoy", "snort(?:s|ed|ing)?", "inject(?:s|ed|ing)? (?:drugs|it)")
            .terms("crack (?:pipes?|dens?|heads?|addicts?|rocks?)", "crackheads?", "smok(?:e|es|ed|ing) crack",
                    "(?:lines?|bumps?|bags?|kilos?|grams?) of (?:coke|blow)", "coke ?heads?", "acid trips?", "tripping on (?:acid|shrooms|mushrooms)",
                    "opioid (?:abuse|addiction|high)", "(?:illegal|illicit|hard|street|recreational|party|class a) drugs?",
                    "drug (?:dealers?|deals?|lords?|cartels?|dens?|addicts?|addiction|abuse|binges?|busts?|trafficking|smuggling|paraphernalia|use|habit|runs?|fueled|fuelled)",
                    "(?:doing|do|does|did|taking|take|takes|took|using|selling|sell|sells|sold|buying|buy|dealing|deal|smuggling|on|high on|injecting|shooting up) drugs",
                    "overdos(?:e|es|ed|ing)", "popping pills", "pill popping", "pop(?:s|ping)? (?:a few |some )?pills", "needles? in (?:his|her|their|my|your) arm",
                    "(?:get(?:s|ting)?|got) (?:so |really )?high(?= *$| (?:together|before|after|with|and|every|at|off|on (?!life)))",
                    "high as a kite", "(?:white )?powder lines", "lines of (?:white )?powder", "rolled up (?:bills?|dollars?|notes?|banknotes?)",
                    "(?:cut(?:s|ting)?|snort(?:s|ing)?) lines", "lines on (?:a|the) mirror", "(?:getting|get|got|totally|so|completely) stoned",
                    "stoned (?:and|out|again|off|at|every|teens?|teenagers?|friends?|guys?|people|students?|kids?)", "drugged", "spik(?:e|ed|ing) (?:her|his|their|a|the) drinks?")
            .unless("snort(?:s|ed|ing)? (?:with |of )?laugh(?:s|ter|ing)?", "snort laugh", "overdos(?:e|es|ed|ing) on (?:chocolate|sugar|sweets|cuteness|fun|"
                            + "flavou?r|style|love|caffeine|coffee|cheese|cute|sunshine|happiness|vitamins?)",
                    "get(?:s|ting)? high (?:marks|scores|grades|praise|fives?|quality|performance|returns?|speed)")
            .build();

    static final Lexicon CANNABIS = Lexicon.builder()
            .replace("the product", "marijuana", "cannabis", "spliffs?", "doobies?", "bongs?", "reefer", "ganja", "kush", "hashish", "thc")
            .replace("enjoying the product", "smok(?:e|es|ed|ing) (?:a |some |the |up a |up some |his |her |their )?(?:weed|pot|joints?|blunts?|spliffs?|doobies?|bongs?|reefer|kush|ganja|dope|hash)",
                    "(?:roll(?:s|ed|ing)?|light(?:s|ed|ing)? up|lit|pass(?:es|ing)?|hit(?:s|ting)?|puff(?:s|ing)? on) (?:a |the |another |up a )?(?:joints?|blunts?|spliffs?|doobies?|bongs?)",
                    "tok(?:e|es|ing)", "(?:get(?:s|ting)?|got) high on (?:weed|pot)")
            .terms("weed (?:brownies?|gummies|edibles?|smoke|smoking|pens?|vapes?|dispensar(?:y|ies)|plants?|strains?|dealers?|joints?)",
                    "(?:pot|cannabis|thc|marijuana) (?:brownies?|gummies|cookies|edibles?|smokers?|heads?|leaf|leaves|farm|shop|store|plants?)",
                    "pot ?heads?", "stoners?", "420 friendly", "dispensar(?:y|ies)", "dab (?:pens?|rigs?)")
            .build();

    static final Lexicon TOBACCO = Lexicon.builder()
            .replace("enjoying the product", "(?:smok|puff)(?:e|es|ed|ing|s)? (?:on )?(?:a |an |his |her |their )?(?:cigarettes?|cigs?|cigars?|pipes?|e ?cigs?|vapes?)")
            .replace("the product", "(?:cigarettes?|cigs?|cigars?|cigarillos?|e ?cig(?:arette)?s?|vapes?|vape pens?|juuls?|hookahs?|shishas?)")
            .replace("~enjoy", "vap(?:ing|es)", "juuling", "chain smok(?:e|es|ed|ing|er|ers)", "smok(?:e|es|ed|ing) (?:a |an |his |her |their )?pipes?")
            .terms("tobacco", "nicotine", "chewing tobacco", "snus", "smokers? (?:lounge|break)", "puff(?:s|ing)? (?:on )?(?:a |an )?(?:cigarette|cigar|vape)")
            .unless("nicotine (?:patch|patches|gum|replacement|lozenges?)", "quit(?:ting)? smoking", "stop(?:ping)? smoking", "smoke ?free",
                    "tobacco (?:free|brown)", "cigar (?:box|boxes)", "cigarette (?:pants|trousers|jeans|leg|legs)", "candy cigarettes?",
                    "(?:stop|quit|quitting|stopping) (?:vaping|smoking)")
            .build();

    static final Lexicon HEAVY_DRINKING = Lexicon.builder()
            .terms("binge drink(?:s|ing)?", "blackout drunk", "driv(?:e|es|ing) drunk", "black(?:ed|ing)? out drunk", "drunk driv(?:e|es|ing|er|ers)",
                    "drink(?:ing)? and driv(?:e|es|ing)", "drink driv(?:e|ing|er|ers)",
                    "(?:get(?:s|ting)?|got) (?:completely |totally |so |really )?(?:wasted|hammered|plastered|smashed|trashed|sloshed|shitfaced|drunk)",
                    "keg stands?", "chug(?:s|ging|ged)? (?:a |an |the |whole |entire )*(?:bottles?|beers?|vodka|wine|tequila|whiske?y|rum|fifth|handle|pitcher)",
                    "drinking games?", "beer bongs?", "funnel(?:ing)? beers?", "alcohol poisoning", "passed out drunk", "falling down drunk")
            .build();

    static final Lexicon CBD = Lexicon.builder().terms("cbd", "cannabidiol").build();

    static List<SentenceRule> rules() {
        return List.of(
                new TermRule(DRUGS, HIGH, "Shows or references illegal drug use (%s)", HARD_DRUGS),
                new TermRule(DRUGS, HIGH, "References cannabis use (%s)", CANNABIS),
                new TermRule(DRUGS, MEDIUM, "Shows smoking, tobacco or vaping (%s)", TOBACCO),
                new TermRule(DRUGS, MEDIUM, "Glamorises excessive or irresponsible drinking (%s)", HEAVY_DRINKING),
                new TermRule(DRUGS, LOW, "Mentions CBD (%s), which many ad platforms restrict; check the target market", CBD));
    }
}
