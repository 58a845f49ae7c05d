package video.zapcut.web.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at /v1/openapi.json: every operation needs the bearer JWT unless it says
 * otherwise (sign-up, sign-in and refresh take none), so Swagger UI's Authorize button works.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class OpenApiConfig {
    static final String BEARER = "bearerAuth";

    @Bean
    OpenAPI zapcutOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Zapcut API").version("v1")
                        .description("Turns a product brief and photos into a finished video ad. Errors are RFC 9457 "
                                + "problem+json; media URLs in responses are signed links that expire."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Access token from POST /v1/auth/login or /v1/auth/signup (valid 1 hour, or until its sign-in "
                                + "ends: POST /v1/auth/logout)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
