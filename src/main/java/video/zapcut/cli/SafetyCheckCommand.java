package video.zapcut.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import video.zapcut.agents.safety.RuleBasedSafetyAgent;
import video.zapcut.agents.safety.SafetyAgent;
import video.zapcut.agents.safety.SafetyVerdict;
import video.zapcut.agents.safety.TextUnit;
import video.zapcut.agents.safety.Violation;
import video.zapcut.common.Json;

/**
 * Screens briefs read from standard input, one per line, and prints one JSON verdict per line in
 * the same order. Needs no database, so it starts instantly and writes nothing.
 */
@Command(name = "safety-check", mixinStandardHelpOptions = true,
        description = "Read briefs from standard input (one per line); print one JSON safety verdict per line.")
final class SafetyCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Made here, not with the command: picocli makes every sub-command for any command line.
        SafetyAgent agent = new RuleBasedSafetyAgent();
        PrintWriter out = spec.commandLine().getOut();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                out.println(Json.write(verdictLine(line, agent.review(List.of(new TextUnit(null, line))))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static Map<String, Object> verdictLine(String brief, SafetyVerdict v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("brief", brief);
        m.put("status", v.status());
        m.put("violations", v.violations().stream().map(SafetyCheckCommand::violation).toList());
        m.put("safe_alternative", v.blocked() ? v.safeAlternative() : null);
        return m;
    }

    private static Map<String, Object> violation(Violation v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("category", v.category());
        m.put("severity", v.severity());
        m.put("description", v.description());
        m.put("line", v.line());
        return m;
    }
}
