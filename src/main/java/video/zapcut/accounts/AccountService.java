package video.zapcut.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;
import video.zapcut.accounts.password.PasswordPolicy;
import video.zapcut.accounts.session.SessionEndReason;
import video.zapcut.accounts.session.SessionRepository;
import video.zapcut.accounts.token.JwtService;
import video.zapcut.accounts.token.RefreshTokenService;
import video.zapcut.accounts.token.RefreshTokenService.Rotation;

/**
 * Built-in accounts: sign-up, sign-in with a password, refresh, sign-out, and the user's own profile.
 * Each sign-in is a session ({@code sessions}): its access tokens carry the session's id and its
 * refresh tokens are one family. Logs name users and sessions by id only; emails, passwords and
 * tokens never reach a log.
 */
public class AccountService {
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final JwtService accessTokens;
    private final RefreshTokenService refreshTokens;
    private final SessionRepository sessions;
    private final TransactionTemplate tx;
    /**
     * A hash of a random password, checked when the email is unknown, so that sign-in costs one
     * password hash either way and its timing does not reveal which emails have accounts.
     */
    private final SingletonSupplier<String> decoyHash;

    public AccountService(UserRepository users, PasswordEncoder passwords, JwtService accessTokens,
                          RefreshTokenService refreshTokens, SessionRepository sessions, TransactionTemplate tx) {
        this.users = users;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.sessions = sessions;
        this.tx = tx;
        this.decoyHash = SingletonSupplier.of(() -> passwords.encode(randomPassword()));
    }

    public SignedIn signUp(NewAccount account) {
        String email = EmailAddress.normalise(account.email());
        if (!EmailAddress.isValid(email)) throw new InvalidEmailException();
        PasswordPolicy.check(account.password());
        // Hashing is the slow part; it happens before the transaction so no connection waits on it.
        String hash = passwords.encode(account.password());
        SignedIn signedIn = tx.execute(status -> {
            UUID id = users.createWithPassword(email, hash, blankToNull(account.firstName()),
                    blankToNull(account.lastName()), blankToNull(account.companyName()))
                    .orElseThrow(EmailAlreadyRegisteredException::new);
            return new SignedIn(id, email, issueTokens(id, email));
        });
        log.info("account {} created", signedIn.userId());
        return signedIn;
    }

    public SignedIn signIn(String rawEmail, String password) {
        String email = EmailAddress.normalise(rawEmail);
        UserRepository.Credentials credentials = users.findCredentials(email).orElse(null);
        String hash = credentials == null ? null : credentials.passwordHash();
        boolean matches = passwords.matches(password, hash != null ? hash : decoyHash.obtain());
        if (hash == null || !matches) {
            log.info("sign-in refused{}", credentials == null ? "" : " for account " + credentials.id());
            throw new InvalidCredentialsException();
        }
        if (passwords.upgradeEncoding(hash)) users.updatePasswordHash(credentials.id(), passwords.encode(password));
        SignedIn signedIn = tx.execute(status -> new SignedIn(credentials.id(), credentials.email(),
                issueTokens(credentials.id(), credentials.email())));
        log.info("account {} signed in", credentials.id());
        return signedIn;
    }

    /** New tokens for a refresh token, which is spent; see {@link RefreshTokenService}. */
    public IssuedTokens refresh(String refreshToken) {
        return switch (refreshTokens.rotate(refreshToken)) {
            case Rotation.Rejected rejected -> throw new InvalidRefreshTokenException(rejected.reason());
            case Rotation.Rotated rotated -> {
                String email = users.findEmail(rotated.userId()).orElseThrow(() -> new AccountNotFoundException(rotated.userId()));
                yield new IssuedTokens(accessTokens.issueAccessToken(rotated.userId(), email, rotated.sessionId()),
                        rotated.refreshToken(), accessTokens.accessTokenTtl());
            }
        };
    }

    /**
     * Ends the session the caller's access token belongs to: its access tokens stop working at
     * once and its refresh tokens are revoked. A refresh token sent along ends its own session too
     * when it is one of the user's; anyone else's token, or an unknown one, is ignored, so sign-out
     * neither touches another user's sessions nor tells whether a token exists. Idempotent.
     */
    public void signOut(UUID userId, UUID sessionId, String refreshToken) {
        tx.executeWithoutResult(status -> {
            refreshTokens.endSession(userId, sessionId, SessionEndReason.SIGNED_OUT);
            if (refreshToken != null) {
                refreshTokens.sessionOf(userId, refreshToken).filter(other -> !other.equals(sessionId))
                        .ifPresent(other -> refreshTokens.endSession(userId, other, SessionEndReason.SIGNED_OUT));
            }
        });
        log.info("account {} signed out of session {}", userId, sessionId);
    }

    public UserProfile profile(UUID userId) {
        return users.findProfile(userId).orElseThrow(() -> new AccountNotFoundException(userId));
    }

    /** A new session and its first tokens; runs in the caller's transaction. */
    private IssuedTokens issueTokens(UUID userId, String email) {
        UUID sessionId = sessions.create(userId);
        String refreshToken = refreshTokens.startFamily(userId, sessionId);
        return new IssuedTokens(accessTokens.issueAccessToken(userId, email, sessionId), refreshToken,
                accessTokens.accessTokenTtl());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
