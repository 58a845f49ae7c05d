package video.zapcut.web.errors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ErrorsConfig {
    @Bean
    ProblemResponseWriter problemResponseWriter(JsonMapper json) {
        return new ProblemResponseWriter(json);
    }
}
