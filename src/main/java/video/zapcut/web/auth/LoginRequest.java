package video.zapcut.web.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.accounts.EmailAddress;
import video.zapcut.accounts.password.PasswordPolicy;

/** POST /v1/auth/login. The password is not held to the policy here: that is sign-up's job. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LoginRequest(
        @NotBlank(message = "is required") @Size(max = EmailAddress.MAX_LENGTH, message = "must be at most {max} characters")
        String email,
        @NotBlank(message = "is required") @Size(max = PasswordPolicy.MAX_LENGTH, message = "must be at most {max} characters")
        String password) {

    @Override
    public String toString() { return "LoginRequest[email=***, password=***]"; }
}
