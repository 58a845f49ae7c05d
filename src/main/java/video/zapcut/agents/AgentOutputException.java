package video.zapcut.agents;

import java.util.List;

/** An agent's answer broke its contract; {@code problems} lists every rule it broke. */
public class AgentOutputException extends RuntimeException {
    private final List<String> problems;

    public AgentOutputException(String agent, List<String> problems) {
        super(agent + " output is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
}
