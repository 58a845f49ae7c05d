package video.zapcut.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import video.zapcut.ads.Ads;
import video.zapcut.pipeline.GenerationRunner;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WorkerProperties.class, SafetyProperties.class})
public class JobsConfig {

    @Bean
    JobMetrics jobMetrics(ObjectProvider<MeterRegistry> registry, Ads ads, JobQueue queue) {
        // The command line has no actuator registry; metrics then go nowhere.
        return new JobMetrics(registry.getIfAvailable(SimpleMeterRegistry::new), ads, queue);
    }

    @Bean
    @ConditionalOnProperty(name = "zapcut.worker.enabled", havingValue = "true")
    JobWorker jobWorker(JobQueue queue, GenerationRunner runner, JobEventBus events, JobMetrics metrics, WorkerProperties props) {
        JobWorker worker = new JobWorker(queue, runner, events, metrics, props);
        metrics.worker(worker.workerId(), worker::runningCount);
        return worker;
    }
}
