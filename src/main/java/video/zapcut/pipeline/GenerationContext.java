package video.zapcut.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleConsumer;
import video.zapcut.ads.Ad;
import video.zapcut.ads.Ads;
import video.zapcut.ads.StageOutputs;
import video.zapcut.ads.StoredBible;
import video.zapcut.agents.Brief;
import video.zapcut.common.Json;
import video.zapcut.common.MusicalGrid;
import video.zapcut.storage.BlobStore;

/**
 * What a running stage can see: the ad, its order and brief, the bible it reuses, the outputs of the
 * stages finished so far (restored from checkpoints on resume), a scratch directory, and the blob store.
 */
public final class GenerationContext {
    private final UUID jobId;
    private final Ad ad;
    private final StoredBible reusedBible;
    private final Brief brief;
    private final Path workDir;
    private final BlobStore blobs;
    private final Map<Stage, String> outputs;
    private final StageProgress progress;
    private Map<Stage, String> parentOutputs = Map.of();

    public GenerationContext(UUID jobId, Ad ad, StoredBible reusedBible, Path workDir, BlobStore blobs,
                             Map<Stage, String> outputs) {
        this(jobId, ad, reusedBible, workDir, blobs, outputs, StageProgress.NONE);
    }

    public GenerationContext(UUID jobId, Ad ad, StoredBible reusedBible, Path workDir, BlobStore blobs,
                             Map<Stage, String> outputs, StageProgress progress) {
        this.jobId = jobId;
        this.ad = ad;
        this.reusedBible = reusedBible;
        this.brief = ad.order().toBrief();
        this.workDir = workDir;
        this.blobs = blobs;
        this.outputs = new ConcurrentHashMap<>(outputs);
        this.progress = progress;
    }

    /** For a revision: the outputs of the ad it revises, which stages that run again reuse in part. */
    GenerationContext revising(Map<Stage, String> parent) {
        this.parentOutputs = Map.copyOf(parent);
        return this;
    }

    /** What this version changes and what runs again, or null for an ad made from a brief. */
    public video.zapcut.ads.Revision revision() { return ad.revision(); }

    /**
     * The revised ad's output of {@code stage}, or null when this is no revision or the revision makes
     * that stage's work anew (a new creative direction).
     */
    public <T> T parentOutput(Stage stage, Class<T> type) {
        if (ad.revision() == null || ad.revision().plan() == null || ad.revision().plan().newBible()) return null;
        String json = parentOutputs.get(stage);
        return json == null ? null : Json.read(json, type);
    }

    /** Where {@code stage} tells how far it got (0..1), so the job's percent moves while it runs. */
    public DoubleConsumer progressOf(Stage stage) { return fraction -> progress.report(stage, fraction); }

    public UUID jobId() { return jobId; }
    public UUID adId() { return ad.id(); }
    public Ad ad() { return ad; }
    /** The project's bible the order reuses (its bible and reference stages then load it), or null. */
    public StoredBible reusedBible() { return reusedBible; }
    public Brief brief() { return brief; }
    public BlobStore blobs() { return blobs; }

    public boolean done(Stage stage) { return outputs.containsKey(stage); }

    void record(Stage stage, String json) { outputs.put(stage, json); }

    /** The output of a finished stage, typed. */
    public <T> T output(Stage stage, Class<T> type) {
        String json = outputs.get(stage);
        if (json == null) throw new IllegalStateException("stage " + stage.id() + " has not run yet");
        return Json.read(json, type);
    }

    public MusicalGrid grid() {
        return MusicalGrid.forEnergy(output(Stage.CREATIVE_BIBLE, StageOutputs.BibleOutput.class).bible().energyLevel(),
                brief.durationSeconds());
    }

    /** A scratch directory for this ad, created on demand. */
    public Path work(String sub) {
        Path p = workDir.resolve(sub);
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + p, e);
        }
        return p;
    }

    public String adKey(String relative) { return Ads.mediaKey(ad.id(), relative); }

    /** Stores {@code file} under {@code key} and returns its uri. */
    public String store(String key, Path file) {
        blobs.put(key, file);
        return blobs.uri(key);
    }

    /** A stored blob as a local file, copied into {@code dir} under {@code name}. */
    public Path fetch(String uri, Path dir, String name) {
        Path source = blobs.localCopy(BlobStore.keyOf(uri), dir);
        Path target = dir.resolve(name);
        if (source.equals(target)) return target;
        try {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fetch " + uri, e);
        }
        return target;
    }

    /** A stored blob as a local file, without copying when the store is local. */
    public Path local(String uri) {
        return blobs.localCopy(BlobStore.keyOf(uri), work("fetch"));
    }
}
