package video.zapcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import video.zapcut.web.errors.ErrorsConfig;
import video.zapcut.web.errors.ProblemResponseWriter;
import video.zapcut.web.limits.LimitsConfig;
import video.zapcut.web.limits.RateLimiter;
import video.zapcut.web.requestid.RequestIdConfig;
import video.zapcut.web.security.CurrentUserConfig;
import video.zapcut.web.security.SecurityConfig;

/** The command line starts Spring without a web server: none of the web wiring may load there. */
class WebOnlyBeansTest {

    @Test
    void webConfigurationStaysOutOfANonWebApplication() {
        new ApplicationContextRunner()
                .withUserConfiguration(SecurityConfig.class, LimitsConfig.class, ErrorsConfig.class, RequestIdConfig.class,
                        CurrentUserConfig.class,
                        video.zapcut.web.generate.WebSocketConfig.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(SecurityFilterChain.class);
                    assertThat(context).doesNotHaveBean(JwtDecoder.class);
                    assertThat(context).doesNotHaveBean(RateLimiter.class);
                    assertThat(context).doesNotHaveBean(ProblemResponseWriter.class);
                    assertThat(context).doesNotHaveBean(WebMvcConfigurer.class);
                    assertThat(context).doesNotHaveBean(org.springframework.web.socket.config.annotation.WebSocketConfigurer.class);
                });
    }
}
