package video.zapcut.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import java.util.Map;
import org.springframework.transaction.support.TransactionTemplate;
import video.zapcut.ads.Ads;
import video.zapcut.ads.Order;
import video.zapcut.common.AspectRatio;
import video.zapcut.pipeline.LeaseLostException;
import video.zapcut.pipeline.RunJournal;
import video.zapcut.pipeline.Stage;
import video.zapcut.web.ApiTest;

/**
 * The queue's SQL against the real database: concurrent claims, lease expiry and takeover, the write
 * fence on a worker that lost its lease, cancel and release, and quota refunds. Jobs made here are
 * due "in 2000", so they sort ahead of anything other tests left queued in the shared database.
 */
class JobQueueTest extends ApiTest {
    @Autowired
    JobQueue queue;
    @Autowired
    JobJournal journal;
    @Autowired
    Ads ads;
    @Autowired
    QuotaRefunds refunds;
    @Autowired
    TransactionTemplate tx;

    UUID user;
    UUID project;

    @BeforeEach
    void owner() {
        user = UUID.fromString(newUser().path("user_id").asString());
        project = jdbc.sql("INSERT INTO projects (user_id, name) VALUES (:u, 'queue') RETURNING id").param("u", user)
                .query(UUID.class).single();
    }

    private UUID newJob(boolean quotaSpent) {
        UUID ad = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        Order order = new Order(project, "A brief about cold brew coffee.", "Luna", null, 15, AspectRatio.LANDSCAPE, List.of(),
                List.of(), List.of(), null, null);
        tx.executeWithoutResult(s -> {
            ads.create(ad, user, order, 42, quotaSpent);
            queue.enqueue(job, ad);
        });
        jdbc.sql("UPDATE generation_jobs SET next_attempt_at = TIMESTAMPTZ '2000-01-01' + (random() * INTERVAL '1 second') WHERE id = :id")
                .param("id", job).update();
        return job;
    }

    private Optional<JobQueue.Claim> claimMine(String worker, Duration lease, Set<UUID> mine) {
        // Anything else claimed on the way (left queued by other tests) is simply released again.
        while (true) {
            Optional<JobQueue.Claim> c = queue.claim(worker, lease);
            if (c.isEmpty() || mine.contains(c.get().jobId())) return c;
            queue.release(c.get().jobId(), worker);
            return Optional.empty();
        }
    }

    @Test
    void concurrentWorkersNeverClaimTheSameJob() throws Exception {
        Set<UUID> mine = new HashSet<>();
        for (int i = 0; i < 30; i++) mine.add(newJob(false));
        Set<UUID> claimed = ConcurrentHashMap.newKeySet();
        List<UUID> duplicates = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> workers = new ArrayList<>();
        // The workers claim in rounds, every one of them once a round, so their claims really contend: left to
        // run freely, the first thread started could take all thirty before the others began.
        Phaser rounds = new Phaser(8);
        for (int w = 0; w < 8; w++) {
            String worker = "w" + w;
            workers.add(pool.submit(() -> {
                try {
                    Optional<JobQueue.Claim> c;
                    while ((c = claimMine(worker, Duration.ofMinutes(5), mine)).isPresent()) {
                        if (!claimed.add(c.get().jobId())) duplicates.add(c.get().jobId());
                        rounds.arriveAndAwaitAdvance();
                    }
                } finally {
                    rounds.arriveAndDeregister();
                }
            }));
        }
        for (Future<?> f : workers) f.get();
        pool.shutdown();

        assertThat(duplicates).isEmpty();
        assertThat(claimed).containsExactlyInAnyOrderElementsOf(mine);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT worker_id) FROM generation_jobs WHERE id IN (:ids)").param("ids", mine)
                .query(Integer.class).single()).isGreaterThan(1);
    }

    @Test
    void anExpiredLeaseIsTakenOverAndTheOldHolderCanWriteNothing() throws Exception {
        UUID job = newJob(false);
        JobQueue.Claim first = claimMine("dead", Duration.ofMillis(300), Set.of(job)).orElseThrow();
        assertThat(first.recovered()).isFalse();
        RunJournal.Run run = journal.begin(job, "dead");
        assertThat(queue.claim("other", Duration.ofMinutes(1)).map(JobQueue.Claim::jobId)).isNotEqualTo(Optional.of(job));

        Thread.sleep(400);
        JobQueue.Claim second = claimMine("alive", Duration.ofMinutes(1), Set.of(job)).orElseThrow();

        assertThat(second.jobId()).isEqualTo(job);
        assertThat(second.recovered()).isTrue();
        assertThat(queue.heartbeat(job, "dead", Duration.ofMinutes(1))).isEqualTo(JobQueue.Lease.LOST);
        assertThat(queue.heartbeat(job, "alive", Duration.ofMinutes(1))).isEqualTo(JobQueue.Lease.HELD);
        assertThatThrownBy(() -> journal.stageCompleted(run, "dead", Stage.CREATIVE_BIBLE, Instant.now(), Map.of(), Map.of(), 5, null))
                .isInstanceOf(LeaseLostException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stage_checkpoints WHERE ad_id = :a").param("a", first.adId()).query(Integer.class).single())
                .isZero();
        journal.stageCompleted(run, "alive", Stage.CREATIVE_BIBLE, Instant.now(), Map.of(), Map.of(), 5, null);
        assertThat(ads.checkpoints(first.adId())).containsOnlyKeys(Stage.CREATIVE_BIBLE.id());
    }

    @Test
    void aJobWhoseWorkersKeptDyingIsFailedAndRefundedNotRunAgain() throws Exception {
        jdbc.sql("UPDATE users SET videos_remaining = 2 WHERE id = :u").param("u", user).update();
        UUID job = newJob(true);
        jdbc.sql("UPDATE generation_jobs SET status = 'running', worker_id = 'dead', attempts = 3, lease_expires_at = NOW() - INTERVAL '1 second' WHERE id = :j")
                .param("j", job).update();

        JobQueue.Claim c = claimMine("w", Duration.ofMinutes(1), Set.of(job)).orElseThrow();
        assertThat(c.recovered()).isTrue();
        assertThat(c.attempts()).isEqualTo(3);
        assertThat(queue.failAbandoned(job, "w", "stopped after 3 runs whose workers died")).isTrue();

        assertThat(queue.status(job)).hasValue("failed");
        assertThat(jdbc.sql("SELECT videos_remaining FROM users WHERE id = :u").param("u", user).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void aCancelRequestReachesTheHolderAtItsNextHeartbeat() {
        UUID job = newJob(false);
        claimMine("w", Duration.ofMinutes(1), Set.of(job)).orElseThrow();

        assertThat(queue.requestCancel(job)).isEqualTo(JobQueue.CancelResult.REQUESTED);
        assertThat(queue.heartbeat(job, "w", Duration.ofMinutes(1))).isEqualTo(JobQueue.Lease.CANCEL_REQUESTED);
        assertThat(queue.finishCancelled(job, "someone-else")).isFalse();
        assertThat(queue.finishCancelled(job, "w")).isTrue();

        assertThat(queue.status(job)).hasValue("cancelled");
        assertThat(queue.requestCancel(job)).isEqualTo(JobQueue.CancelResult.ALREADY_FINISHED);
    }

    @Test
    void aReleasedJobIsDueAtOnceAndItsRunIsNotCounted() {
        UUID job = newJob(false);
        JobQueue.Claim c = claimMine("stopping", Duration.ofMinutes(1), Set.of(job)).orElseThrow();
        journal.begin(job, "stopping");

        assertThat(queue.release(job, "stopping")).isTrue();

        assertThat(queue.status(job)).hasValue("queued");
        assertThat(jdbc.sql("SELECT attempts FROM generation_jobs WHERE id = :j").param("j", job).query(Integer.class).single()).isZero();
        assertThat(queue.release(job, "stopping")).as("only the holder releases").isFalse();
    }

    @Test
    void aFinalFailureThatIsNotTheUsersRefundsTheVideoOnce() {
        jdbc.sql("UPDATE users SET videos_remaining = 2 WHERE id = :u").param("u", user).update();
        UUID job = newJob(true);
        JobQueue.Claim c = claimMine("w", Duration.ofMinutes(1), Set.of(job)).orElseThrow();
        RunJournal.Run run = journal.begin(job, "w");

        journal.failed(run, "w", Stage.COMPOSITION, "composition failed: disk full", null);
        tx.executeWithoutResult(s -> refunds.refund(c.adId()));

        assertThat(jdbc.sql("SELECT videos_remaining FROM users WHERE id = :u").param("u", user).query(Integer.class).single()).isEqualTo(3);
        assertThat(queue.status(job)).hasValue("failed");
    }

    @Test
    void aFailureWithAttemptsLeftGoesBackToTheQueueWithoutARefund() {
        jdbc.sql("UPDATE users SET videos_remaining = 2 WHERE id = :u").param("u", user).update();
        UUID job = newJob(true);
        JobQueue.Claim c = claimMine("w", Duration.ofMinutes(1), Set.of(job)).orElseThrow();
        RunJournal.Run run = journal.begin(job, "w");
        Instant retryAt = Instant.now().plusSeconds(60);

        journal.failed(run, "w", Stage.MUSIC, "music failed: vendor 503", retryAt);

        assertThat(queue.status(job)).hasValue("queued");
        assertThat(jdbc.sql("SELECT videos_remaining FROM users WHERE id = :u").param("u", user).query(Integer.class).single()).isEqualTo(2);
        assertThat(queue.claim("w2", Duration.ofMinutes(1)).map(JobQueue.Claim::jobId)).as("not due before its backoff")
                .isNotEqualTo(Optional.of(job));
    }
}
