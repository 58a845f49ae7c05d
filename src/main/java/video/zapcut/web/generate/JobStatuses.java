package video.zapcut.web.generate;

import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import video.zapcut.ads.AdDelivery;
import video.zapcut.ads.Ads;
import video.zapcut.jobs.JobView;
import video.zapcut.jobs.JobViews;

/**
 * A job's status as its owner reads it: the job from the queue, and once it completed, the finished
 * file's facts from its ad. Another user's job is simply not found.
 */
@Component
public class JobStatuses {
    private final JobViews jobs;
    private final Ads ads;

    public JobStatuses(JobViews jobs, Ads ads) {
        this.jobs = jobs;
        this.ads = ads;
    }

    /** @param link turns a media path into a signed URL */
    public Optional<JobStatusResponse> of(UUID userId, UUID jobId, UnaryOperator<String> link) {
        return jobs.find(userId, jobId).map(job -> JobStatusResponse.of(job, delivery(userId, job), link));
    }

    public boolean exists(UUID userId, UUID jobId) { return jobs.find(userId, jobId).isPresent(); }

    private AdDelivery delivery(UUID userId, JobView job) {
        return "completed".equals(job.status()) ? ads.delivery(userId, job.adId()).orElse(null) : null;
    }
}
