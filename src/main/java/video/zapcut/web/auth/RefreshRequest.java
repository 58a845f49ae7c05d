package video.zapcut.web.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** POST /v1/auth/refresh. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RefreshRequest(
        @NotBlank(message = "is required") @Size(max = 512, message = "must be at most {max} characters") String refreshToken) {

    @Override
    public String toString() { return "RefreshRequest[refreshToken=***]"; }
}
