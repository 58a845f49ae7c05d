package video.zapcut.studio;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import video.zapcut.agents.AgentsConfig;

@Configuration(proxyBeanMethods = false)
public class StudioConfig {

    /** The studio's chat: rule-based offline; with a text provider the LLM talks and the rules still gate the stages. */
    @Bean
    Orchestrator orchestrator(AgentsConfig.ChatAgents chat) {
        return new Orchestrator(chat.llm());
    }
}
