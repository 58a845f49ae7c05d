package video.zapcut.agents;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import video.zapcut.agents.safety.SafetyVerdict;
import video.zapcut.common.Json;
import video.zapcut.common.Rgb;

/**
 * Checks every agent answer against its JSON schema and the rules a schema cannot express
 * (durations summing to the target, roles in order, scene numbering), whether the answer came from
 * an LLM or from code. Agent outputs are never trusted as they are.
 */
public final class AgentOutputValidator {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    public List<String> problems(String schemaName, Object output) {
        List<String> out = new ArrayList<>();
        for (Error e : schema(schemaName).validate(Json.tree(output))) {
            out.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
        return out;
    }

    public CreativeBible checkBible(CreativeBible bible) {
        List<String> p = problems("creative_bible", bible);
        if (p.isEmpty() && bible.colors().stream().map(String::toUpperCase).distinct().count() != bible.colors().size()) {
            p.add("colors: contains duplicates");
        }
        return ok("style agent", bible, p);
    }

    public Storyboard checkStoryboard(Storyboard board, int targetSeconds) {
        List<String> p = problems("storyboard", board);
        if (p.isEmpty()) {
            for (int i = 0; i < board.scenes().size(); i++) {
                Scene s = board.scenes().get(i);
                if (s.sceneIndex() != i + 1) p.add("scenes[" + i + "].scene_index: expected " + (i + 1));
                if (!Storyboard.ROLES.get(i).equals(s.roleInStory())) {
                    p.add("scenes[" + i + "].role_in_story: expected " + Storyboard.ROLES.get(i) + " but was " + s.roleInStory());
                }
                double frames = s.durationSeconds() * 30;
                if (Math.abs(frames - Math.round(frames)) > 1e-6) p.add("scenes[" + i + "].duration_seconds: not a whole number of frames");
            }
            if (Math.abs(board.totalSeconds() - targetSeconds) > 1e-6) {
                p.add("durations sum to " + board.totalSeconds() + " s, not " + targetSeconds + " s");
            }
        }
        return ok("story agent", board, p);
    }

    public PromptPlan checkPrompts(PromptPlan plan, Storyboard board) {
        List<String> p = problems("prompt_plan", plan);
        if (p.isEmpty()) {
            for (int i = 0; i < plan.scenes().size(); i++) {
                ScenePrompt sp = plan.scenes().get(i);
                Scene s = board.scenes().get(i);
                if (sp.sceneIndex() != s.sceneIndex()) p.add("scenes[" + i + "].scene_index mismatch");
                if (Math.abs(sp.duration() - s.durationSeconds()) > 1e-6) p.add("scenes[" + i + "].duration differs from the storyboard");
            }
        }
        return ok("prompt agent", plan, p);
    }

    public SafetyVerdict checkVerdict(SafetyVerdict verdict) {
        List<String> p = problems("safety_verdict", verdict);
        if (p.isEmpty() && verdict.blocked() && verdict.violations().isEmpty()) p.add("blocked without violations");
        return ok("safety agent", verdict, p);
    }

    /** Brings an almost-right bible into shape: hex case, duplicates, energy range. Returns null if beyond repair. */
    public static CreativeBible repairBible(CreativeBible b, List<String> fallbackColors) {
        List<String> colors = new ArrayList<>();
        for (String c : b.colors() == null ? List.<String>of() : b.colors()) {
            String hex = c == null ? "" : c.strip();
            if (!hex.startsWith("#")) hex = "#" + hex;
            if (Rgb.isHex(hex) && !colors.contains(hex.toUpperCase())) colors.add(hex.toUpperCase());
        }
        for (String c : fallbackColors) if (colors.size() < 4 && !colors.contains(c.toUpperCase())) colors.add(c.toUpperCase());
        if (colors.size() > 6) colors = colors.subList(0, 6);
        int energy = Math.max(1, Math.min(10, b.energyLevel()));
        return new CreativeBible(b.brandStyle(), b.vibe(), colors, b.lighting(), b.camera(), b.motion(), energy);
    }

    private static <T> T ok(String agent, T output, List<String> problems) {
        if (!problems.isEmpty()) throw new AgentOutputException(agent, problems);
        return output;
    }

    private Schema schema(String name) {
        return schemas.computeIfAbsent(name, n -> {
            try (InputStream in = AgentOutputValidator.class.getResourceAsStream("/schemas/" + n + ".json")) {
                if (in == null) throw new IllegalStateException("no schema " + n);
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
