package video.zapcut.accounts;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import video.zapcut.accounts.password.PasswordHashing;
import video.zapcut.accounts.session.SessionRepository;
import video.zapcut.accounts.token.JwtProperties;
import video.zapcut.accounts.token.JwtService;
import video.zapcut.accounts.token.JwtSigningKey;
import video.zapcut.accounts.token.RefreshTokenRepository;
import video.zapcut.accounts.token.RefreshTokenService;
import video.zapcut.config.ZapcutHome;

/**
 * Wires accounts. Nothing here touches the disk or hashes anything at start-up (the signing key
 * and the sign-in decoy hash are made on first use), so the command line pays nothing for it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AuthProperties.class, JwtProperties.class})
public class AccountsConfig {

    @Bean
    PasswordEncoder passwordEncoder(AuthProperties auth) {
        return PasswordHashing.encoder(auth.bcryptStrength());
    }

    @Bean
    JwtSigningKey jwtSigningKey(JwtProperties jwt, ZapcutHome home) {
        return new JwtSigningKey(jwt.secret(), home.root().resolve("jwt-secret"));
    }

    @Bean
    JwtService jwtService(JwtProperties jwt, JwtSigningKey key) {
        return new JwtService(jwt, key);
    }

    @Bean
    RefreshTokenService refreshTokenService(RefreshTokenRepository tokens, SessionRepository sessions, TransactionTemplate tx,
                                            AuthProperties auth) {
        return new RefreshTokenService(tokens, sessions, tx, auth.refreshTokenTtl());
    }

    @Bean
    AccountService accountService(UserRepository users, PasswordEncoder passwords, JwtService jwt,
                                  RefreshTokenService refreshTokens, SessionRepository sessions, TransactionTemplate tx) {
        return new AccountService(users, passwords, jwt, refreshTokens, sessions, tx);
    }

    @Bean
    ExternalIdentities externalIdentities(UserRepository users) {
        return new ExternalIdentities(users);
    }
}
