package video.zapcut.storage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import video.zapcut.config.ZapcutHome;

@Configuration(proxyBeanMethods = false)
class StorageConfig {
    @Bean
    BlobStore blobStore(ZapcutHome home) {
        return new LocalBlobStore(home.blobs());
    }
}
