package video.zapcut.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.RuleBasedStoryAgent;
import video.zapcut.agents.RuleBasedStyleAgent;
import video.zapcut.common.Json;
import video.zapcut.common.Rgb;

/**
 * The offline orchestrator against a corpus of hand-written brief conversations
 * ({@code studio/brief-corpus.json}): each is played turn by turn (photos arrive as uploads do, through
 * a recheck) and every fact it must yield is scored. At least 95% of the fields must come out right;
 * the score and every miss are written to {@code target/<corpus>-score.txt}.
 */
class BriefCorpusTest {
    private static final double REQUIRED = 0.95;
    /** A floor against regressions, not a target: the reader scored 81.9% here when it was first tuned (issue 14). */
    private static final double HOLDOUT_REQUIRED = 0.80;
    private static final List<Rgb> PALETTE = List.of(new Rgb(30, 30, 30), new Rgb(200, 150, 90), new Rgb(240, 230, 210), new Rgb(90, 60, 40));
    private final Orchestrator orchestrator = new Orchestrator();
    private final ReviewPlanner planner = new ReviewPlanner(new RuleBasedStyleAgent(), new RuleBasedStoryAgent(), new AgentOutputValidator());

    @Test
    void theOfflineReaderGetsAtLeast95PercentOfTheCorpusFieldsRight() throws IOException {
        Score s = score("brief-corpus");
        assertThat(s.conversations()).isGreaterThanOrEqualTo(30);
        assertThat(s.share()).as(s.report()).isGreaterThanOrEqualTo(REQUIRED);
    }

    /**
     * Conversations written without seeing the reader, never used to tune it: how well the rules carry
     * over to briefs they were not fitted to.
     */
    @Test
    void theOfflineReaderCarriesOverToHeldOutConversations() throws IOException {
        Score s = score("brief-corpus-holdout");
        assertThat(s.share()).as(s.report()).isGreaterThanOrEqualTo(HOLDOUT_REQUIRED);
    }

    record Score(int conversations, int right, int scored, String report) {
        double share() { return (double) right / scored; }
    }

    private Score score(String name) throws IOException {
        JsonNode corpus;
        try (InputStream in = getClass().getResourceAsStream("/studio/" + name + ".json")) {
            corpus = Json.MAPPER.readTree(in);
        }
        int scored = 0;
        int right = 0;
        int conversations = 0;
        int turns = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode c : corpus.get("conversations")) {
            conversations++;
            Orchestrator.Turn t = start();
            int photos = 0;
            for (JsonNode turn : c.get("turns")) {
                turns++;
                if (turn.has("photos")) {
                    photos = turn.get("photos").asInt();
                    t = orchestrator.recheck(t.stage(), t.state(), photos);
                } else {
                    t = orchestrator.respond(t.stage(), t.state(), turn.get("user").asString(), photos);
                }
                t = planned(t, photos);
            }
            for (Map.Entry<String, JsonNode> e : c.get("expect").properties()) {
                scored++;
                String got = actual(e.getKey(), t);
                if (matches(e.getValue(), got, e.getKey())) right++;
                else misses.add(c.get("name").asString() + " " + e.getKey() + ": expected " + e.getValue() + ", got " + got);
            }
        }
        String report = String.format(Locale.ROOT, "%s: %d conversations, %d turns, %d/%d fields right (%.1f%%)%n",
                name, conversations, turns, right, scored, 100.0 * right / scored) + String.join("\n", misses) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", name + "-score.txt"), report);
        System.out.print(report);
        return new Score(conversations, right, scored, report);
    }

    /** As the studio's service does: at the review the plan is written, so scene lengths can be changed. */
    private Orchestrator.Turn planned(Orchestrator.Turn t, int photos) {
        if (t.stage() != ConversationStage.FINAL_REVIEW) return t;
        String inputs = ReviewPlanner.inputs(t.state(), List.of());
        if (t.state().reviewPlan != null && inputs.equals(t.state().reviewInputs)) return t;
        ConversationState s = t.state().copy();
        s.reviewPlan = planner.write(s, PALETTE);
        s.reviewInputs = inputs;
        return new Orchestrator.Turn(t.stage(), s, t.reply(), t.refused());
    }

    private static Orchestrator.Turn start() {
        ConversationState s = new ConversationState();
        s.awaiting = "brand";
        return new Orchestrator.Turn(ConversationStage.COLLECT_BRAND_INFO, s, Orchestrator.greeting(), false);
    }

    private static String actual(String field, Orchestrator.Turn t) {
        ConversationState s = t.state();
        return switch (field) {
            case "stage" -> t.stage().wireName();
            case "requested_scenes" -> String.valueOf(s.requestedScenes.size());
            case "delegated" -> String.join(",", s.delegated);
            default -> BriefField.byKey(field).orElseThrow(() -> new IllegalArgumentException("unknown field " + field)).get(s);
        };
    }

    private static boolean matches(JsonNode expected, String got, String field) {
        if (field.equals("delegated")) {
            List<String> want = new ArrayList<>();
            expected.forEach(n -> want.add(n.asString()));
            return got != null && want.stream().allMatch(w -> List.of(got.split(",")).contains(w)) && got.split(",").length == want.size();
        }
        if (expected.isArray()) {
            for (JsonNode option : expected) if (normal(option.asString()).equals(normal(got))) return true;
            return false;
        }
        return normal(expected.asString()).equals(normal(got));
    }

    static String normal(String s) {
        if (s == null) return "";
        return s.toLowerCase(Locale.ROOT).replaceAll("[\"'“”‘’]", "").replaceAll("\\s+", " ").strip()
                .replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "").replaceFirst("^(?:a|an|the)\\s+", "");
    }
}
