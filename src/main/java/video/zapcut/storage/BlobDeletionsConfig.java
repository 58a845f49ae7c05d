package video.zapcut.storage;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The delete outbox, and where job workers run, the worker that empties it. */
@Configuration(proxyBeanMethods = false)
class BlobDeletionsConfig {
    @Bean
    BlobDeletions blobDeletions(JdbcClient jdbc, BlobStore blobs) { return new BlobDeletions(jdbc, blobs, Clock.systemUTC()); }

    @Bean
    @ConditionalOnProperty(name = "zapcut.worker.enabled", havingValue = "true")
    BlobDeletionWorker blobDeletionWorker(BlobDeletions deletions) { return new BlobDeletionWorker(deletions, Duration.ofSeconds(5)); }
}
