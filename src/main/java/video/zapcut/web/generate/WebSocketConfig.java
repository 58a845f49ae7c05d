package video.zapcut.web.generate;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import video.zapcut.web.security.CorsProperties;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSocket
public class WebSocketConfig implements WebSocketConfigurer {
    private final JobProgressSocket progress;
    private final CorsProperties cors;

    public WebSocketConfig(JobProgressSocket progress, CorsProperties cors) {
        this.progress = progress;
        this.cors = cors;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(progress, JobProgressSocket.PATH)
                .setAllowedOrigins(cors.allowedOrigins().toArray(String[]::new));
    }
}
