package video.zapcut.agents.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.safety.RuleBasedSafetyAgent;
import video.zapcut.agents.safety.SafetyAgent;
import video.zapcut.agents.safety.SafetyVerdict;
import video.zapcut.agents.safety.TextUnit;
import video.zapcut.agents.safety.Violation;
import video.zapcut.ai.TextModel;
import video.zapcut.common.Json;
import video.zapcut.ai.Provenance;

/**
 * The deterministic screen first (its block is final and costs nothing); an LLM review of what
 * passed second, which can only add violations, never lift the screen's; the screen again on the
 * LLM's safe alternative. When the LLM is unavailable or its answer stays invalid, the
 * deterministic verdict stands.
 */
public final class LlmSafetyAgent implements SafetyAgent {
    static final String SYSTEM = """
            You are the Safety Validation Agent of an ad studio. Review an advertiser's brief and storyboard scenes for \
            an AI-generated video ad. Block (status "blocked") only for: sexual content, violence or weapons, hate, \
            self-harm, illegal drugs, alcohol or tobacco with minors, real or famous people, copyrighted characters, \
            competitor brands, or misleading health or financial claims. Each violation: category (snake_case), severity \
            (low|medium|high|critical; only medium and above block), scene (the scene number, or null for the brief), \
            description, line (the offending words). When blocked, safe_alternative is the brief rewritten to be \
            acceptable. negative_prompt lists what the image and video models must avoid. Answer with the JSON object only.""";
    private final LlmAgentSupport llm;
    private final RuleBasedSafetyAgent rules;
    private final AgentOutputValidator validator;

    public LlmSafetyAgent(TextModel model, RuleBasedSafetyAgent rules, AgentOutputValidator validator, Provenance provenance) {
        this.llm = new LlmAgentSupport(model, provenance);
        this.rules = rules;
        this.validator = validator;
    }

    @Override
    public SafetyVerdict review(List<TextUnit> units) {
        SafetyVerdict screen = rules.review(units);
        if (screen.blocked()) return screen;
        StringBuilder user = new StringBuilder();
        for (TextUnit u : units) user.append(LlmAgentSupport.data(u.scene() == null ? "brief" : "scene_" + u.scene(), u.text())).append('\n');
        SafetyVerdict llmVerdict = llm.ask("safety_agent", SYSTEM, user.toString(), "safety_verdict", LlmAgentSupport.schema("safety_verdict"),
                1500, json -> validator.checkVerdict(Json.convert(json, SafetyVerdict.class)),
                v -> List.of(), () -> null);
        if (llmVerdict == null) return screen;
        return merge(screen, llmVerdict);
    }

    static SafetyVerdict merge(SafetyVerdict screen, SafetyVerdict llm) {
        List<Violation> violations = new ArrayList<>(screen.violations());
        violations.addAll(llm.violations());
        Set<String> negative = new LinkedHashSet<>();
        for (String n : List.of(nz(screen.negativePrompt()), nz(llm.negativePrompt()))) {
            for (String p : n.split(",")) if (!p.isBlank()) negative.add(p.strip());
        }
        boolean blocked = llm.blocked();
        String alternative = blocked ? llm.safeAlternative() : screen.safeAlternative();
        if (blocked && alternative != null && new RuleBasedSafetyAgent().review(List.of(new TextUnit(null, alternative))).blocked()) {
            alternative = null; // a rewrite that fails the screen is no alternative
        }
        return new SafetyVerdict(blocked ? SafetyVerdict.BLOCKED : SafetyVerdict.APPROVED, violations, alternative, String.join(", ", negative));
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
