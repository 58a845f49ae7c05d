package video.zapcut.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import video.zapcut.ZapcutApplication;
import video.zapcut.accounts.UserRepository;
import video.zapcut.ads.AdMedia;
import video.zapcut.ads.Ads;
import video.zapcut.ads.Sound;
import video.zapcut.ads.Order;
import video.zapcut.ads.OrderRejectedException;
import video.zapcut.ads.OrderRules;
import video.zapcut.agents.safety.Violation;
import video.zapcut.common.AspectRatio;
import video.zapcut.config.EarlyDatabase;
import video.zapcut.ads.Revision;
import video.zapcut.jobs.AdRevisions;
import video.zapcut.jobs.GenerationOrders;
import video.zapcut.jobs.GenerationRefusedException;
import video.zapcut.jobs.JobQueue;
import video.zapcut.media.MediaInfo;
import video.zapcut.media.MediaProbe;
import video.zapcut.media.image.ImageInspector;
import video.zapcut.media.image.PhotoIntake;
import video.zapcut.media.image.ImageLimits;
import video.zapcut.media.image.InvalidImageException;
import video.zapcut.media.scene.MediaWarmup;
import video.zapcut.pipeline.GenerationRunner;
import video.zapcut.pipeline.SafetyBlockedException;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageFailedException;
import video.zapcut.storage.BlobStore;

/** What generate, demo and resume share: run one generation in-process and report on it. */
final class GenerationCli {
    private final PrintStream out;
    private final PrintStream err;

    GenerationCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int generate(String brief, String product, String direction, String duration, String aspect, List<Path> images, Path outFile) {
        return generate(brief, product, direction, duration, aspect, images, outFile, null, null);
    }

    /** {@code voiceover} null or true: the ad speaks; {@code captions} burned, sidecar, none or null (burned with a voice). */
    int generate(String brief, String product, String direction, String duration, String aspect, List<Path> images, Path outFile,
                 Boolean voiceover, String captions) {
        Order draft;
        List<AspectRatio> formats = new ArrayList<>();
        List<GenerationOrders.PhotoFile> photos = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            // The same rules as the API's and the studio's, checked before anything is started or written.
            int seconds = OrderRules.duration(duration);
            for (String label : aspect.split(",")) {
                AspectRatio a = OrderRules.aspect(label);
                if (formats.contains(a)) throw new OrderRejectedException("aspect_ratios", "format " + a.label() + " appears twice in --aspect");
                formats.add(a);
            }
            AspectRatio ratio = formats.getFirst();
            PhotoIntake intake = new PhotoIntake(new ImageInspector(ImageLimits.defaults()));
            for (Path image : images) photos.add(new GenerationOrders.PhotoFile(image, intake.accept(image)));
            Sound sound = OrderRules.sound(voiceover, captions);
            draft = new Order(null, brief, product, direction, seconds, ratio, List.of(), List.of(), List.of(), null, null)
                    .withSound(sound);
            OrderRules.check(draft.withPhotos(photos.stream().map(p -> new Order.Photo(null, p.file().toString())).toList()));
        } catch (OrderRejectedException e) {
            e.violations().forEach(v -> problems.add(v.message()));
            draft = null;
        } catch (InvalidImageException e) {
            problems.add(e.getMessage());
            draft = null;
        }
        if (outFile != null) {
            String unwritable = unwritable(outFile);
            if (unwritable != null) problems.add(unwritable);
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("zapcut: " + p));
            return ExitCodes.BAD_INPUT;
        }
        long started = System.nanoTime();
        MediaWarmup.startInBackground();
        try (ConfigurableApplicationContext app = start()) {
            UUID user = app.getBean(UserRepository.class).localUser();
            GenerationOrders.Accepted accepted = app.getBean(GenerationOrders.class).submitFiles(user, draft, photos);
            if (formats.size() == 1) {
                out.println("ad " + accepted.adId());
                return runJob(app, accepted.jobId(), accepted.adId(), outFile, started);
            }
            // A campaign pack: the first format from the brief, then the others from what it made.
            List<AdRevisions.Accepted> others = app.getBean(AdRevisions.class).formats(user, accepted.adId(), formats.subList(1, formats.size()));
            out.println("ad " + accepted.adId() + " (" + formats.getFirst().label() + ")");
            int code = runJob(app, accepted.jobId(), accepted.adId(), inFormat(outFile, formats.getFirst()), started);
            for (AdRevisions.Accepted a : others) {
                if (code != ExitCodes.OK) break;
                AspectRatio format = a.planned().order().aspect();
                out.println("ad " + a.adId() + " (" + format.label() + ", from " + accepted.adId() + ")");
                code = runJob(app, a.jobId(), a.adId(), inFormat(outFile, format), System.nanoTime());
            }
            return code;
        }
    }

    int resume(String adIdText, Path outFile) {
        UUID adId = adId(adIdText, err);
        if (adId == null) return ExitCodes.BAD_INPUT;
        long started = System.nanoTime();
        MediaWarmup.startInBackground();
        try (ConfigurableApplicationContext app = start()) {
            JobQueue.JobOfAd job = app.getBean(JobQueue.class).forAd(adId).orElse(null);
            if (job == null) {
                err.println("zapcut: no ad " + adId + " in this installation (" + System.getProperty("zapcut.home", "ZAPCUT_HOME") + ")");
                return ExitCodes.BAD_INPUT;
            }
            if ("completed".equals(job.status())) {
                out.println("ad " + adId + " is already complete");
                return deliver(app, adId, outFile, started);
            }
            if (Stage.SAFETY.id().equals(job.failedStage())) {
                err.println("zapcut: ad " + adId + " was blocked by the safety review; a resume would be blocked again. "
                        + "Start a new generation with a changed brief.");
                return ExitCodes.BLOCKED;
            }
            out.println("resuming ad " + adId + (job.failedStage() != null ? " (failed at " + job.failedStage() + ")" : ""));
            return runJob(app, job.jobId(), adId, outFile, started);
        }
    }

    /** A new version of a finished ad: the plan and estimate, then (unless a dry run) the job, run here. */
    int revise(String adIdText, Revision request, boolean dryRun, Path outFile) {
        UUID adId = adId(adIdText, err);
        if (adId == null) return ExitCodes.BAD_INPUT;
        if (outFile != null && unwritable(outFile) != null) {
            err.println("zapcut: " + unwritable(outFile));
            return ExitCodes.BAD_INPUT;
        }
        return onVersions((app, user, revisions) -> {
            if (dryRun) {
                describe(revisions.plan(user, adId, request), null);
                return ExitCodes.OK;
            }
            AdRevisions.Accepted accepted = revisions.revise(user, adId, request);
            out.println("ad " + accepted.adId() + " (version " + accepted.version() + " of " + adId + ")");
            describe(accepted.planned(), accepted.version());
            return runJob(app, accepted.jobId(), accepted.adId(), outFile, System.nanoTime());
        });
    }

    /** Variants of a finished ad: their plans, then (unless a dry run) each variant's job, run here one after another. */
    int variants(String adIdText, int count, String vary, boolean dryRun) {
        UUID adId = adId(adIdText, err);
        if (adId == null) return ExitCodes.BAD_INPUT;
        return onVersions((app, user, revisions) -> {
            AdRevisions.Vary what = AdRevisions.Vary.parse(vary);
            if (dryRun) {
                for (AdRevisions.Planned p : revisions.planVariants(user, adId, count, what)) {
                    out.println("variant " + p.revision().label() + " (" + angles(p.revision()) + ")");
                    describe(p, null);
                }
                return ExitCodes.OK;
            }
            int worst = ExitCodes.OK;
            for (AdRevisions.Accepted a : revisions.variants(user, adId, count, what)) {
                out.println("ad " + a.adId() + " (variant " + a.planned().revision().label() + ", " + angles(a.planned().revision())
                        + "; version " + a.version() + " of " + adId + ")");
                worst = Math.max(worst, runJob(app, a.jobId(), a.adId(), null, System.nanoTime()));
            }
            return worst;
        });
    }

    private interface VersionWork {
        int run(ConfigurableApplicationContext app, UUID user, AdRevisions revisions);
    }

    /** Starts the application and runs {@code work} as the local user; refusals become messages and exit codes. */
    private int onVersions(VersionWork work) {
        MediaWarmup.startInBackground();
        try (ConfigurableApplicationContext app = start()) {
            try {
                return work.run(app, app.getBean(UserRepository.class).localUser(), app.getBean(AdRevisions.class));
            } catch (OrderRejectedException e) {
                e.violations().forEach(v -> err.println("zapcut: " + v.message()));
                return ExitCodes.BAD_INPUT;
            } catch (GenerationRefusedException e) {
                err.println("zapcut: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            } catch (AdRevisions.RevisionBlockedException e) {
                err.println("zapcut: " + e.getMessage());
                return ExitCodes.BLOCKED;
            }
        }
    }

    private static String angles(Revision r) {
        return String.join(" + ", r.scenes().stream().filter(c -> c.angle() != null)
                .map(c -> (c.sceneNumber() == 1 ? "opening: " : "call to action: ") + c.angle()).toList());
    }

    private void describe(AdRevisions.Planned p, Integer version) {
        Revision.Plan plan = p.revision().plan();
        out.println((version == null ? "would run again: " : "runs again: ") + String.join(", ", plan.stages()));
        if (!plan.remadeScenes().isEmpty()) out.println("  scenes drawn and animated again: " + plan.remadeScenes());
        if (!plan.retimedScenes().isEmpty()) out.println("  scenes cut to a new length: " + plan.retimedScenes());
        out.printf(Locale.ROOT, "  estimated cost %d cents, about %d s%n", p.estimatedCostCents(), p.estimatedSeconds());
    }

    private int runJob(ConfigurableApplicationContext app, UUID jobId, UUID adId, Path outFile, long started) {
        try {
            app.getBean(GenerationRunner.class).run(jobId, "cli-" + ProcessHandle.current().pid(),
                    new ProgressPrinter(out, ProgressPrinter.stdoutIsTerminal()));
        } catch (SafetyBlockedException e) {
            err.println("zapcut: blocked by the safety review (ad " + adId + ")");
            for (Violation v : e.verdict().violations()) {
                err.println("  - " + v.category() + " [" + v.severity() + "]" + (v.scene() == null ? "" : " scene " + v.scene())
                        + ": " + v.description() + (v.line() == null ? "" : " — \"" + v.line() + "\""));
            }
            if (e.verdict().safeAlternative() != null) err.println("Safe alternative: " + e.verdict().safeAlternative());
            return ExitCodes.BLOCKED;
        } catch (StageFailedException e) {
            err.println("zapcut: generation failed at stage " + e.stage().id() + ": " + e.getMessage().replaceFirst("^" + e.stage().id() + " failed: ", ""));
            err.println("Fix the cause, then continue with: ./zapcut resume " + adId);
            return ExitCodes.FAILED;
        }
        return deliver(app, adId, outFile, started);
    }

    private int deliver(ConfigurableApplicationContext app, UUID adId, Path outFile, long started) {
        String videoUri = app.getBean(Ads.class).media(adId).orElseThrow().videoUri();
        BlobStore blobs = app.getBean(BlobStore.class);
        Path target = outFile != null ? outFile : Path.of("out", adId + ".mp4");
        try {
            if (target.toAbsolutePath().getParent() != null) Files.createDirectories(target.toAbsolutePath().getParent());
            Path tmp = target.resolveSibling(target.getFileName() + ".part");
            try (var in = blobs.open(BlobStore.keyOf(videoUri))) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            err.println("zapcut: the ad is complete but cannot be written to " + target + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        MediaInfo info = app.getBean(MediaProbe.class).probe(target);
        double took = (System.nanoTime() - started) / 1e9;
        out.println("Wrote " + target.toAbsolutePath());
        AdMedia media = app.getBean(Ads.class).media(adId).orElseThrow();
        for (String[] captions : new String[][] {{media.srtUri(), "srt"}, {media.vttUri(), "vtt"}}) {
            if (captions[0] == null) continue;
            Path file = target.resolveSibling(target.getFileName().toString().replaceFirst("(?i)\\.mp4$", "") + "." + captions[1]);
            try (var in = blobs.open(BlobStore.keyOf(captions[0]))) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                out.println("Wrote " + file.toAbsolutePath());
            } catch (IOException e) {
                err.println("zapcut: cannot write the captions to " + file + ": " + e.getMessage());
            }
        }
        out.printf(Locale.ROOT, "  duration %.2f s, %dx%d, %.1f MB, made in %.1f s%n", info.durationSeconds(), info.width(),
                info.height(), info.sizeBytes() / 1e6, took);
        out.println("  ad id " + adId);
        return ExitCodes.OK;
    }

    /** A pack's file for one format: {@code ad.mp4} becomes {@code ad-9x16.mp4}; without --out each goes to out/<ad-id>.mp4. */
    private static Path inFormat(Path outFile, AspectRatio format) {
        if (outFile == null) return null;
        String name = outFile.getFileName().toString().replaceFirst("(?i)\\.mp4$", "");
        return outFile.resolveSibling(name + "-" + format.label().replace(':', 'x') + ".mp4");
    }

    /** Why an output path could not be written, before any work is done; null when it can. */
    private static String unwritable(Path outFile) {
        Path abs = outFile.toAbsolutePath();
        if (Files.isDirectory(abs)) return "--out " + outFile + " is a directory; give a file name ending in .mp4";
        if (!abs.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mp4")) {
            return "--out must name an .mp4 file, not " + outFile;
        }
        Path parent = abs.getParent();
        while (parent != null && !Files.exists(parent)) parent = parent.getParent();
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            return "cannot write " + outFile + " (no writable folder)";
        }
        return null;
    }

    /** The ad id as typed, or null after saying on {@code err} that it is not one. */
    static UUID adId(String text, PrintStream err) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            err.println("zapcut: '" + text + "' is not an ad id (expected a UUID as printed by generate)");
            return null;
        }
    }

    static ConfigurableApplicationContext start() {
        EarlyDatabase.startInBackground();
        try {
            return new SpringApplicationBuilder(ZapcutApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("spring.main.banner-mode=off", "spring.main.log-startup-info=false")
                    .run();
        } catch (RuntimeException e) {
            EarlyDatabase.discard();   // a context that failed before it took the server leaves none running
            throw e;
        }
    }
}
