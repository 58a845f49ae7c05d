package video.zapcut.web.auth;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import video.zapcut.accounts.AccountService;
import video.zapcut.accounts.AuthProperties;
import video.zapcut.web.security.CurrentUser;

/** Built-in accounts: sign-up, sign-in, token refresh, and the signed-in user's profile. */
@RestController
@RequestMapping("/v1")
public class AuthController {
    private final AccountService accounts;
    private final AuthProperties auth;

    public AuthController(AccountService accounts, AuthProperties auth) {
        this.accounts = accounts;
        this.auth = auth;
    }

    @PostMapping("/auth/signup")
    public ResponseEntity<SessionResponse> signup(@Valid @RequestBody SignupRequest request) {
        requireBuiltInAccounts();
        SessionResponse session = SessionResponse.of(accounts.signUp(request.toNewAccount()));
        return ResponseEntity.created(URI.create("/v1/me")).body(session);
    }

    @PostMapping("/auth/login")
    public SessionResponse login(@Valid @RequestBody LoginRequest request) {
        requireBuiltInAccounts();
        return SessionResponse.of(accounts.signIn(request.email(), request.password()));
    }

    @PostMapping("/auth/refresh")
    public RefreshResponse refresh(@Valid @RequestBody RefreshRequest request) {
        requireBuiltInAccounts();
        return RefreshResponse.of(accounts.refresh(request.refreshToken()));
    }

    @GetMapping("/me")
    public ProfileResponse me(@CurrentUser UUID userId) {
        return ProfileResponse.of(accounts.profile(userId));
    }

    /** With an external issuer, accounts and their tokens live there; these endpoints do not exist. */
    private void requireBuiltInAccounts() {
        if (auth.externalIssuer()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "accounts are managed by the identity provider "
                    + auth.issuerUri() + "; sign up, sign in and refresh tokens there");
        }
    }
}
