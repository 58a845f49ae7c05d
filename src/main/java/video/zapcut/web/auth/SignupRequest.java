package video.zapcut.web.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.accounts.EmailAddress;
import video.zapcut.accounts.NewAccount;
import video.zapcut.accounts.password.StrongPassword;

/** POST /v1/auth/signup. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SignupRequest(
        @NotBlank(message = "is required")
        @Size(max = EmailAddress.MAX_LENGTH, message = "must be at most {max} characters")
        @Pattern(regexp = EmailAddress.PATTERN, message = "must be an email address such as name@example.com")
        String email,
        @NotNull(message = "is required") @StrongPassword String password,
        @Size(max = 100, message = "must be at most {max} characters") String firstName,
        @Size(max = 100, message = "must be at most {max} characters") String lastName,
        @Size(max = 200, message = "must be at most {max} characters") String companyName) {

    NewAccount toNewAccount() { return new NewAccount(email, password, firstName, lastName, companyName); }

    /** Frameworks print request bodies in debug logs; emails and passwords must not get there. */
    @Override
    public String toString() { return "SignupRequest[email=***, password=***]"; }
}
