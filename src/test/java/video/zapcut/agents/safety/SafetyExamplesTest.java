package video.zapcut.agents.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven: every allowed example is approved, every blocked one is blocked for the right reason. */
class SafetyExamplesTest {
    private static final SafetyAgent AGENT = new RuleBasedSafetyAgent();

    static Stream<String> allowed() { return SafetyExamples.allowed(); }

    static Stream<SafetyExamples.Blocked> blocked() { return SafetyExamples.blocked(); }

    @Test
    void tablesAreLargeEnough() {
        assertThat(SafetyExamples.allowed().count()).isGreaterThanOrEqualTo(60);
        assertThat(SafetyExamples.blocked().count()).isGreaterThanOrEqualTo(60);
        assertThat(SafetyExamples.blocked().map(SafetyExamples.Blocked::category).distinct())
                .as("every category has blocked examples").containsExactlyInAnyOrder(ids());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowed")
    void approvesOrdinaryAdLanguage(String text) {
        SafetyVerdict verdict = review(text);

        assertThat(verdict.status()).as("%s -> %s", text, verdict.violations()).isEqualTo(SafetyVerdict.APPROVED);
        assertThat(verdict.violations()).allSatisfy(v -> assertThat(v.severity()).isEqualTo("low"));
        assertThat(verdict.negativePrompt()).isNotBlank();
        assertThat(verdict.safeAlternative()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocked")
    void blocksUnsafeContentForTheRightReason(SafetyExamples.Blocked example) {
        SafetyVerdict verdict = review(example.text());

        assertThat(verdict.status()).as(example.text()).isEqualTo(SafetyVerdict.BLOCKED);
        assertThat(verdict.violations()).extracting(Violation::category).as(example.text()).contains(example.category());
        assertThat(verdict.violations()).allSatisfy(v -> {
            assertThat(v.description()).isNotBlank();
            assertThat(example.text()).contains(v.line());
            assertThat(v.scene()).isNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocked")
    void safeAlternativeOfEveryBlockedExamplePassesTheScreen(SafetyExamples.Blocked example) {
        String alternative = review(example.text()).safeAlternative();

        assertThat(alternative).isNotBlank();
        SafetyVerdict recheck = review(alternative);
        assertThat(recheck.status()).as("%s -> %s -> %s", example.text(), alternative, recheck.violations())
                .isEqualTo(SafetyVerdict.APPROVED);
    }

    private static SafetyVerdict review(String text) { return AGENT.review(List.of(new TextUnit(null, text))); }

    private static String[] ids() { return Stream.of(Category.values()).map(Category::id).toArray(String[]::new); }
}
