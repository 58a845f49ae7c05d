package video.zapcut.publishing;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import video.zapcut.ads.Ads;
import video.zapcut.ai.vendors.http.Sleeper;
import video.zapcut.config.Scratch;
import video.zapcut.config.ZapcutHome;
import video.zapcut.media.MediaProbe;
import video.zapcut.media.VideoResizer;
import video.zapcut.storage.BlobStore;

/** Publishing's parts, wired from {@link PublishingSettings} (environment variables or properties of the same names). */
@Configuration(proxyBeanMethods = false)
public class PublishingConfig {

    @Bean
    PublishingSettings publishingSettings(Environment env) { return new PublishingSettings(env::getProperty); }

    @Bean
    TokenCipher tokenCipher(PublishingSettings settings, ZapcutHome home) {
        return TokenCipher.from(settings.tokenKey(), home.root().resolve("token-key"));
    }

    @Bean
    PlatformClients platformClients(PublishingSettings settings) {
        return new PlatformClients(settings, Sleeper.REAL, Clock.systemUTC(), settings.maxRateLimitWait());
    }

    @Bean
    Connections connections(JdbcClient jdbc, TransactionTemplate tx, TokenCipher cipher, PlatformClients clients) {
        return new Connections(jdbc, tx, cipher, clients, Clock.systemUTC());
    }

    @Bean
    AuthorizationRequests authorizationRequests(JdbcClient jdbc, TokenCipher cipher) {
        return new AuthorizationRequests(jdbc, cipher, Clock.systemUTC());
    }

    @Bean
    AccountLinking accountLinking(AuthorizationRequests requests, Connections connections, PlatformClients clients, PublishingSettings settings) {
        return new AccountLinking(requests, connections, clients, settings);
    }

    @Bean
    Exports exports(JdbcClient jdbc) { return new Exports(jdbc, Clock.systemUTC()); }

    @Bean
    PlatformFiles platformFiles(BlobStore blobs, VideoResizer resizer, MediaProbe probe) { return new PlatformFiles(blobs, resizer, probe); }

    @Bean
    Publisher publisher(Ads ads, Connections connections, Exports exports, PublishingSettings settings) {
        return new Publisher(ads, connections, exports, settings);
    }

    @Bean
    ExportRunner exportRunner(Exports exports, Connections connections, PlatformClients clients, PlatformFiles files, Ads ads,
                              PublishingSettings settings, Scratch scratch) {
        return new ExportRunner(exports, connections, clients, files, ads,
                new ExportRunner.PostOnceSettings(Sleeper.REAL, settings.maxRateLimitWait(), settings.postRetryBackoff()), scratch.dir().resolve("exports"), Clock.systemUTC());
    }

    /** Background exports (Prefer: respond-async, and resuming those a dead process left) where the job workers run. */
    @Bean
    @ConditionalOnProperty(name = "zapcut.worker.enabled", havingValue = "true")
    ExportWorker exportWorker(Exports exports, ExportRunner runner) {
        return new ExportWorker(exports, runner, Duration.ofSeconds(2), 4);
    }
}
