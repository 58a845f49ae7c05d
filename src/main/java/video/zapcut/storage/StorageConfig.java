package video.zapcut.storage;

import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import video.zapcut.config.ZapcutHome;
import video.zapcut.storage.s3.S3BlobStore;
import video.zapcut.storage.s3.S3Settings;

/**
 * The blob store: an S3 bucket when {@code ZAPCUT_S3_BUCKET} is set (workers on many machines share
 * it), else the folder under ZAPCUT_HOME. Says which at startup, never with credentials.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfig {
    private static final Logger log = LoggerFactory.getLogger(StorageConfig.class);

    @Bean
    BlobStore blobStore(ZapcutHome home, Environment env) {
        return create(home, env::getProperty);
    }

    static BlobStore create(ZapcutHome home, Function<String, String> settings) {
        S3Settings s3 = S3Settings.from(settings);
        if (s3 != null) {
            log.info("Blob store: S3 bucket {}", s3.describe());
            return new S3BlobStore(s3);
        }
        LocalBlobStore local = new LocalBlobStore(home.blobs());
        log.info("Blob store: local folder {} (set ZAPCUT_S3_BUCKET to keep media in S3)", local.root());
        return local;
    }
}
