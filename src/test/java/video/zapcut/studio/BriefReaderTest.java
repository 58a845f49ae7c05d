package video.zapcut.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static video.zapcut.studio.ConversationStage.COLLECT_BRAND_INFO;
import static video.zapcut.studio.ConversationStage.COLLECT_SCENES;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rules of the offline reader that the brief corpus does not pin. */
class BriefReaderTest {
    private final BriefReader reader = new BriefReader();
    private final Orchestrator orchestrator = new Orchestrator();

    private BriefReader.Reading read(String text, String awaiting) { return reader.read(text, awaiting, false); }

    @Test
    void aPartReadAsASettingNeverAnswersTheQuestion() {
        BriefReader.Reading r = read("make it vertical, 15 seconds please", "benefit");
        assertThat(r.stated()).containsOnlyKeys(BriefField.FORMAT, BriefField.LENGTH);
        assertThat(read("square please", "brand").stated()).containsOnlyKeys(BriefField.FORMAT);
    }

    @Test
    void ageRangesCaloriesAndMinutesOfUseAreNoLength() {
        assertThat(read("couples in their 60s who love walking", "audience").stated()).doesNotContainKey(BriefField.LENGTH);
        assertThat(read("only 15 calories a can", "benefit").stated()).doesNotContainKey(BriefField.LENGTH);
        assertThat(read("ready in a minute, no mess", "benefit").stated()).doesNotContainKey(BriefField.LENGTH);
        assertThat(read("can it be a minute long?", null).stated()).containsEntry(BriefField.LENGTH, "60");
    }

    @Test
    void aNameGivenWithWhatTheCompanyIsNamesTheBrand() {
        assertThat(read("hiya, we're a small brewery called Hop Hollow", "brand").stated()).containsEntry(BriefField.BRAND, "Hop Hollow")
                .doesNotContainKey(BriefField.PRODUCT);
        assertThat(read("Hey! I'm Sam from Brightleaf.", "brand").stated()).containsEntry(BriefField.BRAND, "Brightleaf");
        assertThat(read("my bakery is called Crumbs", "brand").stated()).containsEntry(BriefField.BRAND, "Crumbs");
        assertThat(read("My name is Ana and I'm the marketing lead at Verde Bank. We are launching GreenSave, a savings account.", "brand")
                .stated()).containsEntry(BriefField.BRAND, "Verde Bank").containsEntry(BriefField.PRODUCT, "GreenSave");
        assertThat(read("hey so I run a little grooming van called Suds & Pups. we're pushing our First Groom package.", "brand").stated())
                .containsEntry(BriefField.BRAND, "Suds & Pups").containsEntry(BriefField.PRODUCT, "First Groom package");
        assertThat(read("Music Box Studios", "brand").stated()).containsEntry(BriefField.BRAND, "Music Box Studios");
        assertThat(read("Ok Thanks, I will come back later", "brand").stated()).isEmpty();
    }

    @Test
    void aProductNamedInPassingKeepsTheWordForWhatItIs() {
        BriefReader.Reading r = read("Ember Candle Co: introducing the Hearth candle, smoky cedar for people who love a cosy night in", "brand");
        assertThat(r.stated()).containsEntry(BriefField.BRAND, "Ember Candle Co").containsEntry(BriefField.PRODUCT, "Hearth candle")
                .containsEntry(BriefField.AUDIENCE, "people who love a cosy night in");
        assertThat(read("Meet Bolt today! It's for riders who hate traffic", "brand").stated()).containsEntry(BriefField.PRODUCT, "Bolt");
    }

    @Test
    void eachFieldStatementInASentenceRunsToTheNext() {
        BriefReader.Reading r = read("Brand is Tessera and the product is the Tessera Desk Mat", "brand");
        assertThat(r.stated()).containsEntry(BriefField.BRAND, "Tessera").containsEntry(BriefField.PRODUCT, "Tessera Desk Mat");
        assertThat(r.corrected()).contains(BriefField.BRAND, BriefField.PRODUCT);
    }

    @Test
    void aLabelAskedAndAnsweredReadsAsALabel() {
        assertThat(read("Main benefit? Full flavour at 0.5%.", "product").stated()).containsEntry(BriefField.BENEFIT, "Full flavour at 0.5%");
    }

    @Test
    void anAudienceSaidInPassingMustBePeople() {
        BriefReader.Reading bikes = read("Our product is the Rapid Service, a same-day repair for everyday bikes", "product");
        assertThat(bikes.stated()).containsEntry(BriefField.PRODUCT, "Rapid Service").doesNotContainKey(BriefField.AUDIENCE);
        BriefReader.Reading game = read("our new game, Harbour Lights - a cooperative game for 2-5 players", "product");
        assertThat(game.stated()).containsEntry(BriefField.PRODUCT, "Harbour Lights").doesNotContainKey(BriefField.AUDIENCE);
        assertThat(read("Tidewell SPF, we make mineral sunscreen for surfers", "brand").stated())
                .containsEntry(BriefField.BRAND, "Tidewell SPF").containsEntry(BriefField.AUDIENCE, "surfers");
    }

    @Test
    void aNumberedOrBoldFormIsReadAsLabelsNotScenes() {
        BriefReader.Reading r = read("1. Brand: Sonora Speakers\n2. Product: Sonora Mini\n3. Audience: students in shared flats\n"
                + "**Scenes:** you choose", "brand");
        assertThat(r.stated()).containsEntry(BriefField.BRAND, "Sonora Speakers").containsEntry(BriefField.PRODUCT, "Sonora Mini")
                .containsEntry(BriefField.AUDIENCE, "students in shared flats");
        assertThat(r.sceneIdeas()).isEmpty();
        assertThat(r.delegated()).containsExactly(BriefField.SCENES);
    }

    @Test
    void whatAProductLetsYouChooseIsNoHandOver() {
        BriefReader.Reading r = read("it lets you choose the music for every room from one app", "benefit");
        assertThat(r.delegated()).isEmpty();
        assertThat(r.stated()).containsEntry(BriefField.BENEFIT, "it lets you choose the music for every room from one app");
    }

    @Test
    void anAudienceSaidInPassingNeverReplacesTheOneGiven() {
        assertThat(reader.read("add a scene for the kids", null, false, Set.of(BriefField.AUDIENCE)).stated()).doesNotContainKey(BriefField.AUDIENCE);
        assertThat(reader.read("the audience is actually families with teenagers", null, false, Set.of(BriefField.AUDIENCE)).stated())
                .containsEntry(BriefField.AUDIENCE, "families with teenagers");
    }

    @Test
    void scenesHandedOverInOtherWords() {
        assertThat(read("I'll leave the scenes to you", null).delegated()).containsExactly(BriefField.SCENES);
        assertThat(read("you can pick the music and the scenes", null).delegated()).containsExactlyInAnyOrder(BriefField.MUSIC, BriefField.SCENES);
        assertThat(read("not sure tbh, can you choose?", "audience").delegated()).containsExactly(BriefField.AUDIENCE);
        assertThat(read("thirty seconds, horizontal, and please write the scenes yourself", null).delegated()).containsExactly(BriefField.SCENES);
    }

    @Test
    void surpriseMeOnEverythingHandsOverWhatTheUserHasNotGiven() {
        BriefReader.Reading r = reader.read("surprise me on everything", "scenes", true, Set.of(BriefField.TONE, BriefField.AUDIENCE, BriefField.BENEFIT));
        assertThat(r.delegated()).containsExactlyInAnyOrder(BriefField.MUSIC, BriefField.SCENES);
        assertThat(r.sceneIdeas()).isEmpty();
    }

    @Test
    void linesNumberedWithoutPunctuationAreScenesOnlyWhenTheyCountOneTwoThree() {
        assertThat(reader.read("1 a kid licking a cone\n2 a baker slicing bread\n3 a family picnic", "scenes", false).sceneIdeas())
                .containsExactly("a kid licking a cone", "a baker slicing bread", "a family picnic");
        BriefReader.Reading settings = reader.read("30 seconds, vertical.\n1. Alarm goes off\n2. She pours the coffee", "scenes", true);
        assertThat(settings.stated()).containsEntry(BriefField.LENGTH, "30").containsEntry(BriefField.FORMAT, "9:16");
        assertThat(settings.sceneIdeas()).containsExactly("Alarm goes off", "She pours the coffee");
    }

    @Test
    void scenesWrittenOnOneLine() {
        assertThat(reader.read("Scenes: 1. dough being shaped 2. loaf coming out of the oven 3. a slice with butter", "scenes", true).sceneIdeas())
                .containsExactly("dough being shaped", "loaf coming out of the oven", "a slice with butter");
        assertThat(reader.read("Open on a runner finishing at dawn. Cut to her opening a cold can. End on the can on a bench.", "scenes", true)
                .sceneIdeas()).hasSize(3);
        assertThat(reader.read("use the photos I uploaded", "scenes", true).sceneIdeas()).isEmpty();
    }

    @Test
    void aNameAnsweredWithADescriptionOrAQuestionMarkStillAnswers() {
        assertThat(read("we're hearth and crumb, a bakery in york", "brand").stated()).containsEntry(BriefField.BRAND, "hearth and crumb");
        assertThat(read("we're a HIIT studio in Manchester", "brand").stated()).doesNotContainKey(BriefField.BRAND);
        assertThat(read("Nomad Notebooks?", "brand").stated()).containsEntry(BriefField.BRAND, "Nomad Notebooks");
        assertThat(read("what do you mean by benefit?", "benefit").stated()).isEmpty();
        assertThat(read("I own a flower shop called Bloom Room in Leeds", "brand").stated()).containsEntry(BriefField.BRAND, "Bloom Room");
    }

    @Test
    void whileCollectingScenesStyleAndMusicLinesAreNotScenes() {
        BriefReader.Reading r = reader.read("make it feel bright and breezy, like a spring morning. and the music should be gentle piano",
                "scenes", true);
        assertThat(r.sceneIdeas()).isEmpty();
        assertThat(r.stated()).containsEntry(BriefField.TONE, "bright and breezy, like a spring morning")
                .containsEntry(BriefField.MUSIC, "gentle piano");
    }

    @Test
    void aDocumentIsReadBySectionsWithSettingsFromItsCoveringNoteOnly() {
        String doc = """
                Here's our one-pager. We'd like a 30 second vertical video.

                # Solstice Skincare — Campaign brief

                ## About
                Solstice Skincare is an independent skincare brand from Brighton.

                ## Product
                The Dawn Serum is a lightweight vitamin C serum. Our social team also cuts 15-second versions for YouTube.

                ## Audience
                Women in their thirties who want brighter skin without a ten-step routine, mostly new mums.

                ## Key message
                Brighter skin in one step.

                ## Tone
                Warm, honest, a little playful. Never preachy.

                ## Colours
                Sunrise orange #F28C28, sand #E8D8C4.
                Navy: #1D2B4F. For type.
                """;
        BriefReader.Reading r = read(doc, "brand");
        assertThat(r.stated()).containsEntry(BriefField.BRAND, "Solstice Skincare").containsEntry(BriefField.PRODUCT, "Dawn Serum")
                .containsEntry(BriefField.AUDIENCE, "Women in their thirties who want brighter skin without a ten-step routine")
                .containsEntry(BriefField.BENEFIT, "Brighter skin in one step").containsEntry(BriefField.TONE, "Warm, honest, a little playful")
                .containsEntry(BriefField.LENGTH, "30").containsEntry(BriefField.FORMAT, "9:16");
        assertThat(r.productDescription()).contains("vitamin C serum").contains("Brand colours: navy");
        assertThat(r.stated().get(BriefField.TONE)).doesNotContain("#");
    }

    @Test
    void documentsWithBulletsColonHeadingsOrNoTitle() {
        String bullets = "Brand overview for Petalcraft\n\nWho we are:\nPetalcraft makes dried flower bouquets in Devon.\n\n"
                + "What we're advertising:\n- The Everlasting Bouquet: a dried flower arrangement that lasts a year.\n\n"
                + "Target audience:\n- Renters and flat-dwellers who want flowers without the upkeep\n- Gift buyers\n\n"
                + "Key message:\n- Flowers that last as long as your lease.\n\nBrand personality:\n- Romantic, earthy, a little whimsical\n";
        assertThat(read(bullets, "brand").stated()).containsEntry(BriefField.BRAND, "Petalcraft")
                .containsEntry(BriefField.PRODUCT, "Everlasting Bouquet")
                .containsEntry(BriefField.AUDIENCE, "Renters and flat-dwellers who want flowers without the upkeep")
                .containsEntry(BriefField.BENEFIT, "Flowers that last as long as your lease")
                .containsEntry(BriefField.TONE, "Romantic, earthy, a little whimsical");
        String untitled = "## About\nRoam Luggage designs carry-on bags for frequent flyers.\n\n## The product\nThe Roam Carry-On Pro fits every "
                + "overhead bin.\n\n## Audience\nConsultants who fly every week.\n\n## Promise\nPack once, fly anywhere.\n";
        assertThat(read(untitled, "brand").stated()).containsEntry(BriefField.BRAND, "Roam Luggage").containsEntry(BriefField.PRODUCT, "Roam Carry-On Pro");
    }

    @Test
    void goingBackToTheBrandAwaitsTheNewName() {
        Orchestrator.Turn t = start();
        for (String m : List.of("Northstar", "Northstar Planner 2026", "students", "plan a whole term in one evening")) t = say(t, m);
        t = say(t, "can we go back to the brand?");
        assertThat(t.stage()).isEqualTo(COLLECT_BRAND_INFO);
        t = say(t, "Northstar Paper Co.");
        assertThat(t.state().brand).isEqualTo("Northstar Paper Co");
        assertThat(t.state().product).isEqualTo("Northstar Planner 2026");
    }

    @Test
    void everythingHandedOverKeepsTheToneTheUserGave() {
        Orchestrator.Turn t = say(start(), "We are Harbor Coffee. Introducing Harbor Cold Brew, smooth energy for night-shift nurses that helps you focus.");
        t = orchestrator.recheck(t.stage(), t.state(), 1);
        t = orchestrator.respond(t.stage(), t.state(), "the look should be warm and slow", 1);
        assertThat(t.stage()).isEqualTo(COLLECT_SCENES);
        t = orchestrator.respond(t.stage(), t.state(), "surprise me on everything else", 1);
        assertThat(t.state().creativeDirection).isEqualTo("warm and slow");
        assertThat(t.state().delegated).containsExactlyInAnyOrder("music_mood", "requested_scenes");
    }

    @Test
    void aLongPasteReadsFast() {
        String sentence = "We roast our beans in small batches in Bristol and sell them to cafes, offices and people at home who care "
                + "about where their coffee comes from. ";
        String chat = sentence.repeat(20_000 / sentence.length() + 1).substring(0, 20_000);
        String doc = "ABOUT US\n" + chat.substring(0, 9_000) + "\n\nOUR PRODUCT\nThe Harbor Cold Brew is our hero.\n" + chat.substring(0, 9_000);
        for (String text : List.of(chat, doc)) {
            for (int i = 0; i < 3; i++) reader.read(text, "brand", false);
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                reader.read(text, i % 2 == 0 ? "brand" : "scenes", i % 2 == 1);
                best = Math.min(best, System.nanoTime() - t0);
            }
            assertThat(best / 1_000_000).as("ms to read %d characters", text.length()).isLessThan(100);
        }
    }

    private static Orchestrator.Turn start() {
        ConversationState s = new ConversationState();
        s.awaiting = "brand";
        return new Orchestrator.Turn(COLLECT_BRAND_INFO, s, Orchestrator.greeting(), false);
    }

    private Orchestrator.Turn say(Orchestrator.Turn t, String text) { return orchestrator.respond(t.stage(), t.state(), text, 0); }
}
