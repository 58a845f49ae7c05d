/**
 * The Safety Validation Agent: a deterministic, rule-based screen run on the brief and on every
 * storyboard scene before anything is generated.
 *
 * <h2>Using it</h2>
 * {@link video.zapcut.agents.safety.RuleBasedSafetyAgent#review} takes {@link video.zapcut.agents.safety.TextUnit}s
 * (scene null for the brief) and returns a {@link video.zapcut.agents.safety.SafetyVerdict}:
 * <ul>
 *   <li>status "blocked" when any finding is medium or worse, else "approved";</li>
 *   <li>one {@link video.zapcut.agents.safety.Violation} per category per sentence (worst severity wins),
 *       naming the scene and quoting the sentence; low findings are listed on approved verdicts too;</li>
 *   <li>for blocked verdicts, a safe alternative: the text with offending phrases replaced, labelled
 *       "Brief:"/"Scene N:" when there are several units, plus a suggested direction; it always passes;</li>
 *   <li>the negative prompt for the generators (without "alcohol" for an approved adult drinks ad).</li>
 * </ul>
 * Pass the advertiser's own brand names to the constructor so they are not reported as competitors.
 *
 * <h2>How it works</h2>
 * Text is split into sentences ({@code text.SentenceSplitter}) and normalized ({@code text.TextNormalizer}:
 * Unicode compatibility forms, accents, case, hyphens, light leetspeak, letters spelled out one by one).
 * Each concern has one class under {@code lexicon/} with its terms, the innocent phrases that neutralise
 * them ("photo shoot", "killer deals", "blood orange", "nude lipstick") and the safe replacement for each
 * term. {@code rules.Negation} keeps "no weapons" and "alcohol-free" from counting. Co-occurrence rules
 * catch combinations (minors with alcohol or sexual words, a kitchen knife with a threat) and
 * {@code AgeGateCheck} extends the minors rule across sentences and scenes.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>Severities: hate, self-harm, sexual content with minors, sexual violence, minors with alcohol or
 *       tobacco, terrorism: critical. Graphic violence, weapons, nudity, explicit content, hard drugs,
 *       cannabis, real people, copyrighted characters, competitor brands, serious-disease cure claims: high.
 *       Guarantees, rapid weight loss, unverifiable "FDA approved", get-rich claims, tobacco/vaping,
 *       binge drinking: medium. Suggestive words ("sexy"), CBD, "clinically proven", studio-style
 *       imitation ("Pixar-style"), a family scene that keeps drinks apart: low (approved, listed).</li>
 *   <li>Kitchen knives, razors and axes are products; they only count next to a threat or violent act.
 *       Toy guns, water guns and foam swords are play.</li>
 *   <li>Alcohol for adults is fine; minors anywhere in an ad that features alcohol are not (as in
 *       alcohol advertising codes), except as a low note when adults and a soft drink for the
 *       children are both named.</li>
 *   <li>Every named third-party brand is reported (trademarks in generated footage are a legal risk);
 *       brand names that are common words (apple, dove, target, gap, shell, amazon, mars...) only with
 *       brand context or a comparison. "Mars bar" counts, "apple pie" does not. Retail lines such as
 *       "available at Target" are allowed.</li>
 * </ul>
 *
 * <h2>Extending</h2>
 * Add terms, exceptions or replacements to the concern's class in {@code lexicon/}; add a concern by
 * writing a class with a {@code rules()} method and listing it in {@code lexicon.RuleBook}. Then add
 * examples to {@code SafetyExamples} in the tests.
 *
 * <p>This package is part of the agents module's API (a Spring Modulith named interface): the verdict,
 * violation and agent types are used by the pipeline, the studio and the command line.
 */
@org.springframework.modulith.NamedInterface("safety")
package video.zapcut.agents.safety;
