package video.zapcut.agents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import video.zapcut.agents.llm.LlmPromptAgent;
import video.zapcut.agents.llm.LlmSafetyAgent;
import video.zapcut.agents.llm.LlmStoryAgent;
import video.zapcut.agents.llm.LlmStyleAgent;
import video.zapcut.agents.safety.RuleBasedSafetyAgent;
import video.zapcut.agents.safety.SafetyAgent;
import video.zapcut.ai.Provenance;
import video.zapcut.ai.ProviderChoices;
import video.zapcut.ai.TextModel;

/**
 * The agents: rule-based offline; with a text provider configured, LLM-backed with the rule-based
 * agent of the same contract as their fallback.
 */
@Configuration(proxyBeanMethods = false)
public class AgentsConfig {

    @Bean
    AgentOutputValidator agentOutputValidator() { return new AgentOutputValidator(); }

    @Bean
    StyleAgent styleAgent(ProviderChoices choices, TextModel text, AgentOutputValidator validator, Provenance provenance) {
        StyleAgent rules = new RuleBasedStyleAgent();
        return choices.local("text") ? rules : new LlmStyleAgent(text, rules, validator, provenance);
    }

    @Bean
    StoryAgent storyAgent(ProviderChoices choices, TextModel text, AgentOutputValidator validator, Provenance provenance) {
        StoryAgent rules = new RuleBasedStoryAgent();
        return choices.local("text") ? rules : new LlmStoryAgent(text, rules, validator, provenance);
    }

    @Bean
    SafetyAgent safetyAgent(ProviderChoices choices, TextModel text, AgentOutputValidator validator, Provenance provenance) {
        RuleBasedSafetyAgent rules = new RuleBasedSafetyAgent();
        return choices.local("text") ? rules : new LlmSafetyAgent(text, rules, validator, provenance);
    }

    @Bean
    PromptAgent promptAgent(ProviderChoices choices, TextModel text, AgentOutputValidator validator, Provenance provenance) {
        PromptAgent rules = new RuleBasedPromptAgent();
        return choices.local("text") ? rules : new LlmPromptAgent(text, rules, validator, provenance);
    }

    /** The studio's chat when a text provider is configured (absent offline: the rule-based orchestrator talks). */
    @Bean
    ChatAgents chatAgents(ProviderChoices choices, TextModel text) {
        return new ChatAgents(choices.local("text") ? null : new LlmChatAgent(text));
    }

    /** Holder, because a bean cannot be null: the LLM chat agent, or none offline. */
    public record ChatAgents(LlmChatAgent llm) {}
}
