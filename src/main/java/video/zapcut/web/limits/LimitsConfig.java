package video.zapcut.web.limits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import video.zapcut.web.errors.ProblemResponseWriter;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RateLimitProperties.class)
public class LimitsConfig {

    /** Shared by the security chain's {@link RateLimitFilter} (which is not a bean, so it runs only there). */
    @Bean
    RateLimiter rateLimiter(RateLimitProperties limits) {
        return new RateLimiter(limits.perMinute());
    }

    /**
     * Right after the request id, before security, so an oversized body is refused before any work.
     * {@code zapcut.http.max-request-body} caps JSON and other non-multipart bodies.
     */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            @Value("${zapcut.http.max-request-body:1MB}") DataSize maxRequestBody, ProblemResponseWriter problems) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(maxRequestBody, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
