package video.zapcut.web.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import video.zapcut.accounts.AuthProperties;
import video.zapcut.accounts.ExternalIdentities;
import video.zapcut.accounts.LiveSessions;
import video.zapcut.accounts.token.JwtService;
import video.zapcut.web.errors.ProblemResponseWriter;
import video.zapcut.web.limits.RateLimitFilter;
import video.zapcut.web.limits.RateLimiter;
import video.zapcut.web.requestid.RequestIdFilter;
import video.zapcut.web.studio.StudioPages;

/**
 * The API's security: stateless bearer tokens (no HTTP session, no cookies, hence no CSRF) whose
 * sign-in must not have ended, every {@code /v1} endpoint authenticated except sign-up, sign-in,
 * refresh and the API docs, errors as problems, CORS from an allow-list, and rate limiting once the
 * caller is known.
 * Only in a web application: the command line starts Spring without a web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(CorsProperties.class)
public class SecurityConfig {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder accessTokenDecoder,
                                    UserIdAuthenticationConverter userIds, ProblemResponseWriter problems,
                                    CorsProperties cors, RateLimiter rateLimiter, AuthProperties auth,
                                    LiveSessions sessions) throws Exception {
        ProblemAuthenticationEntryPoint unauthorized = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler forbidden = new ProblemAccessDeniedHandler(problems);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .addFilter(corsFilter(cors, problems))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/v1/auth/signup", "/v1/auth/login", "/v1/auth/refresh").permitAll()
                        // Without /error, the container's error dispatch of an anonymous request would itself be refused.
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v1/openapi.json", "/v1/openapi.json/**", "/v1/swagger-ui.html",
                                "/v1/swagger-ui/**", "/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        // The browser coming back from X or LinkedIn carries no token: the OAuth state stands for the user.
                        .requestMatchers(HttpMethod.GET, "/v1/connections/*/callback").permitAll()
                        // An ad's files: the controller allows a signed link, or the owner's token.
                        .requestMatchers(HttpMethod.GET, "/v1/ads/*/video", "/v1/ads/*/thumbnail", "/v1/ads/*/keyframes/*",
                                "/v1/ads/*/captions.srt", "/v1/ads/*/captions.vtt").permitAll()
                        // The studio (static files of the browser app).
                        .requestMatchers(HttpMethod.GET, "/", "/index.html", "/assets/**", "/favicon.ico", "/favicon.svg").permitAll()
                        .requestMatchers(HttpMethod.GET, StudioPages.ROUTES).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(streamsAcceptQueryTokens())
                        .jwt(jwt -> jwt.decoder(accessTokenDecoder).jwtAuthenticationConverter(userIds))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden));
        // Our own tokens name their session, which must still be live; an external issuer's tokens
        // are its business (its "sid", if any, is not one of our sessions). Added before the rate
        // limit, both right after the bearer token filter: filters of equal order keep the order added.
        if (!auth.externalIssuer()) {
            http.addFilterAfter(new LiveSessionFilter(sessions, unauthorized), BearerTokenAuthenticationFilter.class);
        }
        http.addFilterAfter(new RateLimitFilter(rateLimiter, problems), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Tokens come in the Authorization header, except on the two live-progress streams, which also
     * take {@code ?access_token=}: browsers cannot set headers on a WebSocket or an EventSource.
     * Anywhere else a token in the URL is ignored, so it does not end up in logs and histories.
     */
    static BearerTokenResolver streamsAcceptQueryTokens() {
        DefaultBearerTokenResolver headerOnly = new DefaultBearerTokenResolver();
        DefaultBearerTokenResolver headerOrQuery = new DefaultBearerTokenResolver();
        headerOrQuery.setAllowUriQueryParameter(true);
        java.util.regex.Pattern streams = java.util.regex.Pattern.compile("^/v1/generate/video/job/[^/]+/(ws|events)$");
        return request -> streams.matcher(request.getRequestURI()).matches()
                ? headerOrQuery.resolve(request) : headerOnly.resolve(request);
    }

    /** Verifies access tokens: Zapcut's own (HS256), or an external issuer's when {@code zapcut.auth.issuer-uri} is set. */
    @Bean
    JwtDecoder accessTokenDecoder(AuthProperties auth, JwtService tokens) {
        return auth.externalIssuer() ? AccessTokenDecoders.external(auth) : AccessTokenDecoders.builtIn(tokens);
    }

    @Bean
    UserIdAuthenticationConverter userIdAuthenticationConverter(AuthProperties auth, ExternalIdentities identities) {
        return new UserIdAuthenticationConverter(auth.externalIssuer() ? identities : null);
    }

    /**
     * Not a bean: a {@code CorsFilter} bean would also be registered with the servlet container and
     * run twice. Bearer tokens travel in a header, not cookies, so credentials are not allowed.
     */
    private static CorsFilter corsFilter(CorsProperties cors, ProblemResponseWriter problems) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(cors.allowedOrigins());
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        config.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
                RequestIdFilter.HEADER));
        config.setExposedHeaders(List.of(RequestIdFilter.HEADER, HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION,
                HttpHeaders.WWW_AUTHENTICATE, RateLimitFilter.LIMIT_HEADER, RateLimitFilter.REMAINING_HEADER));
        config.setAllowCredentials(false);
        config.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", config);
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor(problems));
        return filter;
    }
}
