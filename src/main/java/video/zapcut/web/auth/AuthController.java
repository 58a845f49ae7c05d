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
import video.zapcut.web.security.AuthenticatedUser;
import video.zapcut.web.security.CurrentUser;

/** Built-in accounts: sign-up, sign-in, token refresh, sign-out, and the signed-in user's profile. */
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

    /**
     * Ends the caller's sign-in: its access tokens are refused from now on (by every API process)
     * and its refresh tokens revoked. 204 also when it had ended already, so a retry is harmless.
     */
    @PostMapping("/auth/logout")
    public ResponseEntity<Void> logout(@CurrentUser UUID userId, @Valid @RequestBody(required = false) LogoutRequest request) {
        requireBuiltInAccounts();
        // Our own tokens always name their session (AccessTokenDecoders refuses them otherwise).
        UUID sessionId = AuthenticatedUser.currentSessionId().orElseThrow();
        accounts.signOut(userId, sessionId, request == null ? null : blankToNull(request.refreshToken()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    public ProfileResponse me(@CurrentUser UUID userId) {
        return ProfileResponse.of(accounts.profile(userId));
    }

    private static String blankToNull(String value) { return value == null || value.isBlank() ? null : value; }

    /** With an external issuer, accounts and their tokens live there; these endpoints do not exist. */
    private void requireBuiltInAccounts() {
        if (auth.externalIssuer()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "accounts are managed by the identity provider "
                    + auth.issuerUri() + "; sign up, sign in, sign out and refresh tokens there");
        }
    }
}
