package video.zapcut.agents.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import video.zapcut.agents.safety.ScreenedText.ScreenedSentence;
import video.zapcut.agents.safety.lexicon.RuleBook;
import video.zapcut.agents.safety.rules.Finding;
import video.zapcut.common.Background;

/**
 * Deterministic, rule-based safety screen for briefs and storyboard scenes.
 *
 * <p>Each unit is split into sentences; every sentence is normalized (Unicode folding, accents, case,
 * hyphens, light leetspeak) and checked against curated lexicons, one class per concern under
 * {@code lexicon/}. Lexicons carry their own innocent look-alikes ("photo shoot", "killer deals",
 * "blood orange") and respect negation ("no weapons", "alcohol-free"). Co-occurrence rules catch what
 * only a combination makes unsafe (kids + beer, kitchen knife + threat); {@link AgeGateCheck} extends the
 * minors rule across sentences and scenes, since an alcohol ad may not show minors anywhere.
 *
 * <p>Verdict: "blocked" when any finding is medium or above; low findings ("sexy new phone design",
 * CBD, "clinically proven") are listed on an approved verdict for a human to glance at. One violation
 * is reported per category per sentence, at the highest severity found there.
 */
public final class RuleBasedSafetyAgent implements SafetyAgent {
    private final SentenceScreener screener;
    private final SafeRewriter rewriter;

    public RuleBasedSafetyAgent() { this(Set.of()); }

    /**
     * Compiles the screening rules (their lexicons' patterns: a few tenths of a second, once per process) on a
     * thread of their own, so a command that screens later, while it starts, finds them ready. A screen that
     * asks for them before then waits for that thread instead of compiling them again (class initialisation).
     */
    public static void prepareInBackground() {
        Background.start("safety-rules", () -> RuleBook.standard(Set.of()));
    }

    /** @param ownBrandNames the advertiser's brand names, never reported as competitors */
    public RuleBasedSafetyAgent(Set<String> ownBrandNames) {
        this.screener = new SentenceScreener(RuleBook.standard(Set.copyOf(ownBrandNames)));
        this.rewriter = new SafeRewriter(screener);
    }

    @Override
    public SafetyVerdict review(List<TextUnit> units) {
        Objects.requireNonNull(units, "units");
        List<ScreenedText> screened = AgeGateCheck.apply(units.stream().filter(Objects::nonNull).map(screener::screen).toList());
        List<Violation> violations = new ArrayList<>();
        for (ScreenedText text : screened) {
            for (ScreenedSentence s : text.sentences()) violations.addAll(violationsOf(text.unit().scene(), s));
        }
        boolean blocked = screened.stream().anyMatch(ScreenedText::blocks);
        if (blocked) {
            return new SafetyVerdict(SafetyVerdict.BLOCKED, List.copyOf(violations), rewriter.rewrite(screened), NegativePrompt.STANDARD);
        }
        return new SafetyVerdict(SafetyVerdict.APPROVED, List.copyOf(violations), null, NegativePrompt.forAd(isAdultAlcoholAd(screened)));
    }

    /** One violation per category in the sentence, at the worst severity found, worst first. */
    private static List<Violation> violationsOf(Integer scene, ScreenedSentence s) {
        Map<Category, Finding> worst = new EnumMap<>(Category.class);
        for (Finding f : s.findings()) worst.merge(f.category(), f, (a, b) -> b.severity().compareTo(a.severity()) > 0 ? b : a);
        return worst.values().stream()
                .sorted(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::category))
                .map(f -> new Violation(f.category().id(), f.severity().id(), scene, f.description(), s.sentence().original()))
                .toList();
    }

    private static boolean isAdultAlcoholAd(List<ScreenedText> screened) {
        boolean alcohol = false;
        for (ScreenedText text : screened) {
            for (ScreenedSentence s : text.sentences()) {
                String normalized = s.sentence().plain().text();
                if (RuleBook.minors().mentionedIn(normalized)) return false;
                alcohol |= RuleBook.alcohol().mentionedIn(normalized);
            }
        }
        return alcohol;
    }
}
