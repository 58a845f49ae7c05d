package video.zapcut.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import video.zapcut.agents.llm.LlmAgentSupport;
import video.zapcut.ai.TextModel;
import video.zapcut.common.Json;

/**
 * The studio orchestrator's voice when a text provider is configured: one structured answer per user
 * message, with the reply to show and the facts the message told. It only proposes: the studio's
 * rule-based gating decides the stage. The message, the known facts and the recent conversation go
 * in as delimited data; the deterministic screen runs on the reply; an invalid answer gets one repair,
 * then {@link Result#answer()} is null and the caller answers with its rules. The path of every turn
 * ({@code <provider>/<model>}, {@code ...:repaired}, {@code rule-based (<why>)}) is returned, not
 * written to an ad: a conversation happens outside any generation (no cost scope, no ad id).
 */
public final class LlmChatAgent {
    static final String AGENT = "orchestrator";
    static final String SYSTEM = """
            You are the Zapcut studio's orchestrator, a friendly creative producer who helps an advertiser plan a short \
            video ad in a chat. Answer their latest message naturally, in one to four short sentences, in their language.
            The studio collects, stage by stage: brand name; product (name and what it is), target audience and the one key \
            benefit; at least one product photo (uploaded with the upload area, not in the chat); scene ideas (up to five) \
            or "let Zapcut choose"; optionally length (15, 30 or 60 s), format (16:9, 9:16 or 1:1) and creative style.
            The server decides when the conversation moves on, from the facts you return: never say that something was \
            recorded unless you return it, and never claim a generation has started (only the user's Generate button starts one).
            Fields: reply (what the user sees); asks_for (the one thing your reply asks for next, from the server's "still \
            missing" list; "none" if nothing); brand, product, product_description, audience, benefit, duration_seconds, \
            aspect_ratio, creative_direction (tone and style), music_mood (what THIS message states or clearly implies, \
            corrections included: "no, the product is X" gives product X; else null; never invent, never repeat a known fact \
            unchanged); delegated (the fields among audience, benefit, creative_direction, music_mood, requested_scenes that \
            the user hands to you with "you choose", "surprise me", "up to you"; for each one except requested_scenes, choose \
            a fitting value yourself, return it in that field and say in the reply what you chose); scenes_decided (true only \
            if the user gave scene ideas or let Zapcut choose); requested_scenes (the scene ideas the user wrote, at most five, \
            else an empty list); go_back (true when the user asks to go back a step); scene_changes (at the review, "make scene \
            3 shorter" gives {"scene_number": 3, "change": "shorter"}; else an empty list). A long pasted document (a brand \
            book) is a rich source: read product, audience, benefit, tone and palette words from all of it.
            Keep the ad safe: nothing violent, sexual, hateful, no alcohol or weapons with minors, no medical or financial \
            promises. Answer with the JSON object only.""";
    private static final Set<String> ASKS = Set.of("brand", "product", "audience", "benefit", "photos", "scenes", "none");
    private static final Set<String> ASPECTS = Set.of("16:9", "9:16", "1:1");
    private final TextModel model;

    public LlmChatAgent(TextModel model) { this.model = model; }

    public String path() { return model.provider() + "/" + model.model(); }

    /** One earlier message of the conversation, for context. */
    public record Line(String role, String content) {}

    /** What the studio knows when the message arrives. {@code known}: the facts gathered so far (no nulls needed). */
    public record Context(String stage, Map<String, Object> known, List<String> missing, List<Line> recent) {}

    /** The model's answer, checked: every fact null when the message did not state it. */
    public record ChatAnswer(String reply, String asksFor, String brand, String product, String productDescription, String audience,
                             String benefit, Integer durationSeconds, String aspectRatio, String creativeDirection, String musicMood,
                             List<String> delegated, Boolean scenesDecided, List<String> requestedScenes, Boolean goBack,
                             List<SceneChange> sceneChanges) {
        public boolean goesBack() { return Boolean.TRUE.equals(goBack); }
    }

    /** "make scene 3 shorter": {@code change} is {@code shorter} or {@code longer}. */
    public record SceneChange(Integer sceneNumber, String change) {}

    private static final Set<String> DELEGABLE = Set.of("audience", "benefit", "creative_direction", "music_mood", "requested_scenes");

    /** {@code answer} null: use the rule-based turn; {@code path} says which produced this turn and why. */
    public record Result(ChatAnswer answer, String path) {}

    public Result respond(Context context, String message) {
        String[] path = {null};
        LlmAgentSupport llm = new LlmAgentSupport(model, (what, p) -> path[0] = p);
        StringBuilder recent = new StringBuilder();
        for (Line l : context.recent()) recent.append(l.role()).append(": ").append(l.content().strip()).append('\n');
        String user = "Stage: " + context.stage() + "\n"
                + "Still missing before the server moves on: " + (context.missing().isEmpty() ? "nothing" : String.join(", ", context.missing())) + "\n"
                + "Known facts (JSON):\n" + LlmAgentSupport.data("known_facts", Json.write(context.known())) + "\n"
                + "Recent conversation:\n" + LlmAgentSupport.data("recent_conversation", recent.toString().strip()) + "\n"
                + "The advertiser's new message:\n" + LlmAgentSupport.data("message", message);
        ChatAnswer a = llm.ask(AGENT, SYSTEM, user, "chat_turn", LlmAgentSupport.schema("chat_turn"), 900,
                LlmChatAgent::check,
                v -> {
                    List<String> words = new ArrayList<>(List.of(v.reply()));
                    for (String s : new String[] {v.brand(), v.product(), v.productDescription(), v.audience(), v.benefit(), v.creativeDirection(),
                            v.musicMood()}) {
                        if (s != null) words.add(s);
                    }
                    words.addAll(v.requestedScenes());
                    return words;
                },
                () -> null);
        return new Result(a, path[0] == null ? "rule-based (no answer)" : path[0]);
    }

    static ChatAnswer check(JsonNode json) {
        ChatAnswer a = Json.convert(json, ChatAnswer.class);
        List<String> problems = new ArrayList<>();
        if (a.reply() == null || a.reply().isBlank()) problems.add("reply must be a non-empty string");
        else if (a.reply().length() > 1200) problems.add("reply must be at most 1200 characters");
        if (a.asksFor() == null || !ASKS.contains(a.asksFor())) problems.add("asks_for must be one of " + ASKS);
        String brand = text("brand", a.brand(), 200, problems);
        String product = text("product", a.product(), 200, problems);
        String description = text("product_description", a.productDescription(), 600, problems);
        String audience = text("audience", a.audience(), 200, problems);
        String benefit = text("benefit", a.benefit(), 200, problems);
        String direction = text("creative_direction", a.creativeDirection(), 300, problems);
        String music = text("music_mood", a.musicMood(), 120, problems);
        List<String> delegated = a.delegated() == null ? List.of() : a.delegated();
        for (String d : delegated) if (!DELEGABLE.contains(d)) problems.add("delegated may only name " + DELEGABLE + ", not " + d);
        List<SceneChange> changes = a.sceneChanges() == null ? List.of() : a.sceneChanges();
        for (SceneChange c : changes) {
            if (c == null || c.sceneNumber() == null || c.sceneNumber() < 1 || c.sceneNumber() > 5) problems.add("scene_changes[].scene_number must be 1 to 5");
            else if (!"shorter".equals(c.change()) && !"longer".equals(c.change())) problems.add("scene_changes[].change must be shorter or longer");
        }
        if (a.durationSeconds() != null && !List.of(15, 30, 60).contains(a.durationSeconds())) problems.add("duration_seconds must be 15, 30, 60 or null");
        if (a.aspectRatio() != null && !ASPECTS.contains(a.aspectRatio())) problems.add("aspect_ratio must be 16:9, 9:16, 1:1 or null");
        if (a.scenesDecided() == null) problems.add("scenes_decided must be true or false");
        List<String> scenes = new ArrayList<>();
        if (a.requestedScenes() != null) {
            if (a.requestedScenes().size() > 5) problems.add("requested_scenes must list at most five ideas");
            for (String s : a.requestedScenes()) {
                String t = text("requested_scenes item", s, 300, problems);
                if (t != null) scenes.add(t);
            }
        }
        if (!problems.isEmpty()) throw new AgentOutputException(AGENT, problems);
        return new ChatAnswer(a.reply().strip(), a.asksFor(), brand, product, description, audience, benefit, a.durationSeconds(),
                a.aspectRatio(), direction, music, List.copyOf(delegated), a.scenesDecided(), List.copyOf(scenes), a.goesBack(),
                List.copyOf(changes));
    }

    private static String text(String field, String value, int max, List<String> problems) {
        if (value == null) return null;
        String v = value.replaceAll("\\s+", " ").strip();
        if (v.isEmpty() || v.equalsIgnoreCase("null") || v.equalsIgnoreCase("unknown")) return null;
        if (v.length() > max) problems.add(field + " must be at most " + max + " characters");
        return v;
    }
}
