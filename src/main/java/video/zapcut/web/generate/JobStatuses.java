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

    /**
     * Two reads: the job, then its ad's delivery facts, which are found only for the ad's owner (the
     * ownership check) and shown only once the job has completed.
     *
     * @param link turns a media path into a signed URL
     */
    public Optional<JobStatusResponse> of(UUID userId, UUID jobId, UnaryOperator<String> link) {
        Optional<JobView> job = jobs.find(jobId);
        Optional<AdDelivery> delivery = job.flatMap(j -> ads.delivery(userId, j.adId()));
        if (delivery.isEmpty()) return Optional.empty();
        return job.map(j -> JobStatusResponse.of(j, "completed".equals(j.status()) ? delivery.get() : null, link));
    }

    public boolean exists(UUID userId, UUID jobId) {
        return jobs.find(jobId).flatMap(j -> ads.owner(j.adId())).filter(userId::equals).isPresent();
    }
}
