package video.zapcut.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import video.zapcut.accounts.Quotas;
import video.zapcut.ads.Ad;
import video.zapcut.ads.Ads;
import video.zapcut.ads.Order;
import video.zapcut.ads.Revision;
import video.zapcut.ads.RevisionRules;
import video.zapcut.ads.StageOutputs.BibleOutput;
import video.zapcut.agents.Storyboard;
import video.zapcut.agents.safety.RuleBasedSafetyAgent;
import video.zapcut.agents.safety.SafetyVerdict;
import video.zapcut.agents.safety.TextUnit;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.Json;
import video.zapcut.costs.CostEstimator;
import video.zapcut.jobs.GenerationRefusedException.Reason;
import video.zapcut.pipeline.RevisionPlanner;
import video.zapcut.pipeline.Stage;

/**
 * Revisions of finished ads, for the API, the command line and the studio: checks the change against
 * {@link RevisionRules} and the deterministic safety screen, plans what runs again from the stage
 * graph ({@link RevisionPlanner}), estimates its cost and time, and (unless it is a dry run) writes the
 * new version and its queued job in one transaction; its first run carries the parent's outputs over. A revision spends
 * one of the user's videos only when it makes the ad anew (a new creative direction); its vendor
 * calls are held to its own budget like any ad's.
 */
@Service
public class AdRevisions {
    private final Ads ads;
    private final JobQueue queue;
    private final Quotas quotas;
    private final GenerationEstimates estimates;
    private final CostEstimator costs;
    private final TransactionTemplate tx;
    private final GenerationOrders orders;

    public AdRevisions(Ads ads, JobQueue queue, Quotas quotas, GenerationEstimates estimates, CostEstimator costs,
                       TransactionTemplate tx, GenerationOrders orders) {
        this.orders = orders;
        this.ads = ads;
        this.queue = queue;
        this.quotas = quotas;
        this.estimates = estimates;
        this.costs = costs;
        this.tx = tx;
    }

    /** A revision planned: what it changes and runs again, the revised order, and what it will cost and take. */
    public record Planned(UUID parentAdId, Revision revision, Order order, List<Double> sceneSeconds, long estimatedCostCents,
                          int estimatedSeconds) {}

    /** A revision placed: the new version's ad and queued job. */
    public record Accepted(UUID adId, UUID jobId, int version, Planned planned) {}

    /** Checks and plans the revision without writing anything (a dry run). */
    public Planned plan(UUID userId, UUID adId, Revision request) {
        Ad parent = ads.find(adId).filter(a -> a.userId().equals(userId))
                .orElseThrow(() -> new GenerationRefusedException(Reason.NOT_FOUND, "no ad " + adId));
        if (!"completed".equals(parent.status())) {
            throw new GenerationRefusedException(Reason.CONFLICT, "the ad is " + parent.status()
                    + "; only a completed ad can be revised (its outputs are what the revision reuses)");
        }
        Map<Stage, String> outputs = Stage.outputs(ads.checkpoints(adId));
        BibleOutput bible = Json.read(outputs.get(Stage.CREATIVE_BIBLE), BibleOutput.class);
        Storyboard board = Json.read(outputs.get(Stage.STORYBOARD), Storyboard.class);
        RevisionRules.Revised revised = RevisionRules.check(parent.order(), bible.bible(), board,
                new Revision(adId, request.scenes(), request.music(), request.creativeDirection(), request.rebalance(),
                        request.label(), null, request.aspect()));
        screen(revised.revision(), bible.facts().product());
        Revision.Plan plan = RevisionPlanner.plan(revised.revision(), board, parent.order().creativeDirection(),
                parent.order().aspect().label(), revised.sceneSeconds());
        if (plan.stages().isEmpty()) {
            throw new GenerationRefusedException(Reason.INVALID, "request", "the revision changes nothing: every value it gives is the ad's already");
        }
        Revision planned = revised.revision().withPlan(plan);
        int seconds = (int) Math.ceil(estimates.typicalSeconds(parent.order().durationSeconds()) * RevisionPlanner.timeShare(planned));
        return new Planned(adId, planned, revised.order(), revised.sceneSeconds(),
                costs.estimatedCostCents(work(plan, revised.revision(), revised.sceneSeconds(), parent.order().durationSeconds())),
                Math.max(1, seconds));
    }

    /** Places the revision: the new version with its carried-over outputs and its queued job. */
    public Accepted revise(UUID userId, UUID adId, Revision request) {
        Planned planned = plan(userId, adId, request);
        return place(userId, planned, planned.revision().plan().newBible() ? "a new creative direction makes the ad anew, which "
                + "takes one video, and you have none left" : null);
    }

    /**
     * Writes the planned version and its queued job in one transaction (the caller's, when it has one).
     * With {@code takesVideo} (why it takes one) it spends one of the user's videos, refused when none
     * is left. Its first run carries the parent's outputs over ({@link JobJournal}), so a version can be
     * placed before its parent is done.
     */
    private Accepted place(UUID userId, Planned planned, String takesVideo) {
        UUID childId = UUID.randomUUID();
        UUID jobId = UUID.randomUUID();
        int version = tx.execute(s -> {
            Quotas.Spend spend = takesVideo != null ? quotas.spendOne(userId) : Quotas.Spend.NOT_METERED;
            if (spend == Quotas.Spend.EXHAUSTED) {
                throw new GenerationRefusedException(Reason.QUOTA_EXHAUSTED, takesVideo + " on the " + quotas.tier(userId) + " plan");
            }
            int v = ads.createVersion(childId, planned.parentAdId(), planned.order(), planned.revision(), spend == Quotas.Spend.SPENT);
            queue.enqueue(jobId, childId);
            return v;
        });
        return new Accepted(childId, jobId, version, planned);
    }

    /** Which scenes variants differ in. */
    public enum Vary {
        HOOK, CTA, HOOK_AND_CTA;

        public static Vary parse(String text) {
            if (text == null) throw new GenerationRefusedException(Reason.INVALID, "vary", "vary is required: hook, cta or hook_and_cta");
            return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "hook" -> HOOK;
                case "cta" -> CTA;
                case "hook_and_cta" -> HOOK_AND_CTA;
                default -> throw new GenerationRefusedException(Reason.INVALID, "vary", "vary must be hook, cta or hook_and_cta, not '" + text + "'");
            };
        }
    }

    public static final int MIN_VARIANTS = 2, MAX_VARIANTS = 4;

    /**
     * The variants of an ad, labelled A, B, ...: each a version whose opening and/or call to action the
     * story agent writes anew from an angle of its own (a question, a bold statement, ...), so they differ
     * in kind rather than in wording; everything else (bible, references, music, the other scenes) is the
     * parent's. With {@code dryRun} only the plans; otherwise all are placed in one transaction.
     */
    public List<Planned> planVariants(UUID userId, UUID adId, int count, Vary vary) {
        return variantRequests(adId, count, vary).stream().map(r -> plan(userId, adId, r)).toList();
    }

    public List<Accepted> variants(UUID userId, UUID adId, int count, Vary vary) {
        List<Revision> requests = variantRequests(adId, count, vary);
        return tx.execute(s -> requests.stream().map(r -> revise(userId, adId, r)).toList());
    }

    private static List<Revision> variantRequests(UUID adId, int count, Vary vary) {
        if (count < MIN_VARIANTS || count > MAX_VARIANTS) {
            throw new GenerationRefusedException(Reason.INVALID, "count", "count must be " + MIN_VARIANTS + " to " + MAX_VARIANTS + ", not " + count);
        }
        List<Revision> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Revision.SceneChange> scenes = new ArrayList<>();
            if (vary != Vary.CTA) scenes.add(new Revision.SceneChange(1, null, null, null, null, video.zapcut.agents.VariantAngles.HOOKS.get(i)));
            if (vary != Vary.HOOK) scenes.add(new Revision.SceneChange(5, null, null, null, null, video.zapcut.agents.VariantAngles.CTAS.get(i)));
            out.add(new Revision(adId, scenes, null, null, false, String.valueOf((char) ('A' + i)), null));
        }
        return out;
    }

    /** A campaign pack: its first format's ad (made from the brief) and the versions in the other formats. */
    public record Pack(GenerationOrders.Accepted lead, List<Accepted> formats, long estimatedCostCents) {}

    /**
     * A campaign pack from one order: the first format is made from the brief; each other format is a
     * version of it that shares its bible, references, storyboard, prompts and music and frames every
     * shot anew for its format (it waits for the first to finish, then runs its own stages). One job per
     * format, all placed in one transaction; each format takes one of the user's videos.
     */
    public Pack pack(UUID userId, Order draft, List<UUID> namedPhotos, List<AspectRatio> formats) {
        return tx.execute(s -> {
            GenerationOrders.Accepted lead = orders.submit(userId, draft.withAspect(formats.getFirst()), namedPhotos);
            List<Accepted> others = formats(userId, lead.adId(), formats.subList(1, formats.size()));
            return new Pack(lead, others, lead.estimatedCostCents() + others.stream().mapToLong(a -> a.planned().estimatedCostCents()).sum());
        });
    }

    /** The versions of an ad (finished or not) in other formats, placed in the caller's transaction (or one of their own). */
    public List<Accepted> formats(UUID userId, UUID adId, List<AspectRatio> formats) {
        Ad lead = ads.find(adId).filter(a -> a.userId().equals(userId))
                .orElseThrow(() -> new GenerationRefusedException(Reason.NOT_FOUND, "no ad " + adId));
        if (formats.contains(lead.order().aspect()) || formats.size() != formats.stream().distinct().count()) {
            throw new GenerationRefusedException(Reason.INVALID, "aspect_ratios", "each format may appear once");
        }
        int scenes = video.zapcut.ads.OrderRules.SCENES;
        int duration = lead.order().durationSeconds();
        List<Double> seconds = java.util.Collections.nCopies(scenes, duration / (double) scenes);
        return tx.execute(s -> formats.stream().map(format -> {
            Revision revision = new Revision(adId, List.of(), null, null, false, null, RevisionPlanner.forFormat(scenes), format.label());
            Planned planned = new Planned(adId, revision, lead.order().withAspect(format), seconds,
                    costs.estimatedCostCents(new CostEstimator.Work(0, scenes, seconds, 0)),
                    (int) Math.ceil(estimates.typicalSeconds(duration) * RevisionPlanner.timeShare(revision)));
            return place(userId, planned, "each format of a campaign pack takes one video, and you have too few left");
        }).toList());
    }


    /** The vendor work the plan does: agent calls, keyframes drawn, clips made, the music when it is made again, new voiceover lines. */
    private static CostEstimator.Work work(Revision.Plan plan, Revision revision, List<Double> seconds, int duration) {
        if (plan.newBible()) return CostEstimator.Work.wholeAd(duration);
        Set<String> stages = Set.copyOf(plan.stages());
        int text = (stages.contains(Stage.SAFETY.id()) ? 1 : 0) + (int) revision.scenes().stream().filter(c -> c.angle() != null).count();
        boolean written = plan.remadeScenes().stream().anyMatch(n -> revision.scene(n) == null || revision.scene(n).prompt() == null);
        if (written) text++;
        List<Double> clips = new ArrayList<>();
        for (int n = 1; n <= seconds.size(); n++) if (stages.contains(Stage.scene(n).id())) clips.add(seconds.get(n - 1));
        // Only new lines are spoken (the voiceover stage keeps the parent's lines that still fit).
        double characters = revision.scenes().stream().filter(c -> c.voiceover() != null).mapToDouble(c -> c.voiceover().length()).sum();
        return new CostEstimator.Work(text, plan.remadeScenes().size(), clips, stages.contains(Stage.MUSIC.id()) ? duration : 0)
                .speaking(characters);
    }

    /** The deterministic screen on the words the revision adds, before anything is written; the job screens them again. */
    private static void screen(Revision r, String product) {
        List<TextUnit> units = new ArrayList<>();
        for (Revision.SceneChange c : r.scenes()) {
            for (String text : new String[] {c.overlayText(), c.visualDescription(), c.prompt()}) {
                if (text != null && !text.isBlank()) units.add(new TextUnit(c.sceneNumber(), text));
            }
        }
        if (r.creativeDirection() != null) units.add(new TextUnit(null, r.creativeDirection()));
        if (r.music() != null && r.music().mood() != null) units.add(new TextUnit(null, r.music().mood()));
        if (units.isEmpty()) return;
        SafetyVerdict verdict = new RuleBasedSafetyAgent(product == null || product.isBlank() ? Set.of() : Set.of(product)).review(units);
        if (verdict.blocked()) throw new RevisionBlockedException(verdict);
    }

    /** The revision's words were blocked by the safety screen; nothing was written. */
    public static class RevisionBlockedException extends RuntimeException {
        private final transient SafetyVerdict verdict;

        RevisionBlockedException(SafetyVerdict verdict) {
            super("the revision was blocked by the safety screen: " + String.join("; ",
                    verdict.violations().stream().map(v -> v.category() + (v.scene() == null ? "" : " (scene " + v.scene() + ")")
                            + ": " + v.description()).toList()));
            this.verdict = verdict;
        }

        public SafetyVerdict verdict() { return verdict; }
    }
}
