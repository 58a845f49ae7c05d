package video.zapcut.agents.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleBasedSafetyAgentTest {
    private final SafetyAgent agent = new RuleBasedSafetyAgent();

    @Test
    void carriesSceneNumbersAndQuotesTheOffendingSentence() {
        SafetyVerdict verdict = agent.review(List.of(
                new TextUnit(null, "A cozy ad for our new espresso machine."),
                new TextUnit(1, "Morning light fills the kitchen."),
                new TextUnit(2, "The barista smiles. A man holding a gun walks in."),
                new TextUnit(3, "Close-up of the crema.")));

        assertThat(verdict.blocked()).isTrue();
        assertThat(verdict.violations()).singleElement().satisfies(v -> {
            assertThat(v.category()).isEqualTo("weapons");
            assertThat(v.severity()).isEqualTo("high");
            assertThat(v.scene()).isEqualTo(2);
            assertThat(v.line()).isEqualTo("A man holding a gun walks in.");
            assertThat(v.description()).contains("gun");
        });
    }

    @Test
    void reportsEveryViolationInOneText() {
        SafetyVerdict verdict = review("Taylor Swift snorting cocaine with Mickey Mouse, and our tea cures cancer better than Pepsi.");

        assertThat(verdict.violations()).extracting(Violation::category).containsExactlyInAnyOrder(
                "real_person_likeness", "drugs", "copyrighted_character", "misleading_claim", "competitor_brand");
        assertThat(verdict.violations()).extracting(Violation::severity).containsOnly("high");
    }

    @Test
    void reportsViolationsAcrossScenesAndSentences() {
        SafetyVerdict verdict = agent.review(List.of(
                new TextUnit(1, "Naked dancers fill the club."),
                new TextUnit(2, "Blood and gore everywhere. Guaranteed results in a week.")));

        assertThat(verdict.violations()).extracting(Violation::scene, Violation::category).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "sexual_content"),
                org.assertj.core.groups.Tuple.tuple(2, "violence"),
                org.assertj.core.groups.Tuple.tuple(2, "misleading_claim"));
    }

    @Test
    void severitiesFollowTheHarm() {
        assertThat(severityOf("White power rally.")).isEqualTo("critical");
        assertThat(severityOf("Starve yourself thin.")).isEqualTo("critical");
        assertThat(severityOf("Kids drinking beer.")).isEqualTo("critical");
        assertThat(severityOf("A naked model.")).isEqualTo("high");
        assertThat(severityOf("Better than Nike.")).isEqualTo("high");
        assertThat(severityOf("It cures cancer.")).isEqualTo("high");
        assertThat(severityOf("Guaranteed results.")).isEqualTo("medium");
        assertThat(severityOf("Lose 10 pounds in a week.")).isEqualTo("medium");
        assertThat(severityOf("Smoking a cigarette.")).isEqualTo("medium");
    }

    @Test
    void lowFindingsAreListedButDoNotBlock() {
        SafetyVerdict verdict = review("A sexy new phone design. Cannabis-free CBD balm.");

        assertThat(verdict.status()).isEqualTo(SafetyVerdict.APPROVED);
        assertThat(verdict.violations()).extracting(Violation::category, Violation::severity).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("sexual_content", "low"),
                org.assertj.core.groups.Tuple.tuple("drugs", "low"));
    }

    @Test
    void oneViolationPerCategoryPerSentenceAtTheWorstSeverity() {
        SafetyVerdict verdict = review("Our tea cures cancer and gives guaranteed results.");

        assertThat(verdict.violations()).singleElement().satisfies(v -> {
            assertThat(v.category()).isEqualTo("misleading_claim");
            assertThat(v.severity()).isEqualTo("high");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"No weapons, no violence, just coffee.", "A calm scene without any visible blood or gore.",
            "Alcohol-free beer for teens at the barbecue.", "Never show drugs or smoking.", "A non-violent protest for cleaner oceans.",
            "Stand against racism with our charity T-shirt.", "Suicide prevention hotline partnership.", "Drug-free and proud."})
    void negationKeepsResponsibleBriefsApproved(String text) {
        assertThat(review(text).status()).as(text).isEqualTo(SafetyVerdict.APPROVED);
    }

    @Test
    void minorsAndAlcoholInDifferentScenesStillBlock() {
        SafetyVerdict verdict = agent.review(List.of(
                new TextUnit(null, "Summer ad for our hard seltzer."),
                new TextUnit(1, "Teenagers dance by the pool.")));

        assertThat(verdict.blocked()).isTrue();
        assertThat(verdict.violations()).singleElement().satisfies(v -> {
            assertThat(v.category()).isEqualTo("minors_alcohol");
            assertThat(v.scene()).isEqualTo(1);
        });
    }

    @Test
    void repairingOneSentenceDoesNotLeaveMinorsNextToAlcoholElsewhere() {
        SafetyVerdict verdict = review("Kids drinking beer at a party. Dad grabs a beer from the cooler.");

        assertThat(verdict.violations()).extracting(Violation::category, Violation::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("minors_alcohol", "critical"));
        assertThat(review(verdict.safeAlternative()).status()).as(verdict.safeAlternative()).isEqualTo(SafetyVerdict.APPROVED);
    }

    @Test
    void familySceneThatKeepsDrinksApartIsOnlyALowNote() {
        SafetyVerdict verdict = review("Mom and dad share a bottle of red wine while the kids sip lemonade.");

        assertThat(verdict.status()).isEqualTo(SafetyVerdict.APPROVED);
        assertThat(verdict.violations()).extracting(Violation::severity).containsExactly("low");
    }

    @Test
    void adultAlcoholAdMayShowItsOwnProduct() {
        SafetyVerdict wine = review("A bottle of red wine for adults at a dinner party.");
        SafetyVerdict cereal = review("A bowl of cereal at breakfast.");

        assertThat(wine.negativePrompt()).doesNotContain("alcohol").contains("weapons", "real people", "low quality");
        assertThat(cereal.negativePrompt()).isEqualTo(NegativePrompt.STANDARD);
        assertThat(NegativePrompt.STANDARD).isEqualTo("realistic violence, gore, weapons, nudity, sexual content, drugs, smoking, "
                + "alcohol, hate symbols, real people, copyrighted characters, trademarked brands, low quality");
    }

    @Test
    void blockedVerdictKeepsTheFullNegativePrompt() {
        assertThat(review("Kids drinking beer.").negativePrompt()).isEqualTo(NegativePrompt.STANDARD);
    }

    @Test
    void ownBrandIsNotACompetitor() {
        SafetyAgent nike = new RuleBasedSafetyAgent(Set.of("Nike"));

        assertThat(nike.review(List.of(new TextUnit(null, "Nike running shoes for your first marathon."))).status())
                .isEqualTo(SafetyVerdict.APPROVED);
        assertThat(nike.review(List.of(new TextUnit(null, "Nike shoes outrun Adidas."))).violations())
                .extracting(Violation::description).singleElement().asString().contains("Adidas");
    }

    @Test
    void safeAlternativeRewritesThePhraseAndSuggestsADirection() {
        String alternative = review("Man holding a gun while drinking coffee.").safeAlternative();

        assertThat(alternative).startsWith("Man holding the product while drinking coffee.")
                .contains("Suggested direction: Person confidently holding the product at a work desk, conveying empowerment without weapons.");
    }

    @Test
    void safeAlternativeSwapsNamesBrandsAndCharacters() {
        assertThat(review("Taylor Swift holding our bottle.").safeAlternative()).startsWith("A model holding our bottle.");
        assertThat(review("Mickey Mouse dancing with the product.").safeAlternative()).startsWith("An original mascot dancing with the product.");
        assertThat(review("Unlike Coca-Cola our soda has no sugar.").safeAlternative()).startsWith("Unlike other brands our soda has no sugar.");
        assertThat(review("Kids drinking beer at a party.").safeAlternative()).doesNotContain("beer");
    }

    @Test
    void safeAlternativeOfAStoryboardLabelsScenesAndPasses() {
        SafetyVerdict verdict = agent.review(List.of(
                new TextUnit(null, "Launch ad for our energy drink."),
                new TextUnit(1, "A gamer at his desk."),
                new TextUnit(2, "Spider-Man swings by and hands him a can.")));

        assertThat(verdict.safeAlternative()).contains("Brief: Launch ad for our energy drink.", "Scene 1: A gamer at his desk.",
                "Scene 2: An original mascot swings by and hands him a can.");
        assertThat(review(verdict.safeAlternative()).status()).isEqualTo(SafetyVerdict.APPROVED);
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void everyNeutralDirectionPassesTheScreen(Category category) {
        SafetyVerdict verdict = review(SafeDirections.sentenceFor(category));

        assertThat(verdict.status()).isEqualTo(SafetyVerdict.APPROVED);
        assertThat(verdict.violations()).isEmpty();
    }

    @Test
    void emptyInputIsApproved() {
        assertThat(agent.review(List.of()).status()).isEqualTo(SafetyVerdict.APPROVED);
        assertThat(agent.review(List.of(new TextUnit(1, ""), new TextUnit(2, null))).status()).isEqualTo(SafetyVerdict.APPROVED);
    }

    @Test
    void isDeterministic() {
        String text = "Teenagers doing shots of vodka next to a Spider-Man poster.";
        assertThat(review(text)).isEqualTo(review(text));
    }

    @Test
    void seesThroughLightObfuscation() {
        assertThat(categories("c0caine lines on a mirror")).contains("drugs");
        assertThat(categories("A man waves a g-u-n around")).contains("weapons");
        assertThat(categories("N\u00C4KED dancers")).contains("sexual_content");
        assertThat(categories("ｇｕｎ on the table")).contains("weapons");
        assertThat(categories("Ta\u200Bylor Swift sings")).contains("real_person_likeness");
    }

    private SafetyVerdict review(String text) { return agent.review(List.of(new TextUnit(null, text))); }

    private String severityOf(String text) { return review(text).violations().get(0).severity(); }

    private List<String> categories(String text) { return review(text).violations().stream().map(Violation::category).toList(); }
}
