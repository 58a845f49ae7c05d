package video.zapcut.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;
import video.zapcut.ads.Ads;
import video.zapcut.config.ZapcutHome;
import video.zapcut.projects.ProjectRepository;
import video.zapcut.storage.BlobStore;
import video.zapcut.storage.BlobStores;
import video.zapcut.storage.LocalBlobStore;

/** {@code storage sweep} and {@code storage migrate}. */
final class StorageCli {
    private final PrintStream out;
    private final PrintStream err;

    StorageCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * An object is an orphan when what owns it is gone: {@code projects/<id>/...} and
     * {@code uploads/pending/<id>/...} belong to a project, {@code ads/<id>/...} to an ad,
     * {@code creative_bibles/<id>/...} to a bible. Objects in no such place are reported, never deleted.
     */
    int sweep(boolean dryRun) {
        try (ConfigurableApplicationContext app = GenerationCli.start()) {
            BlobStore blobs = app.getBean(BlobStore.class);
            Ads ads = app.getBean(Ads.class);
            ProjectRepository projects = app.getBean(ProjectRepository.class);
            List<String> keys = blobs.list("");
            List<Owned> owned = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String key : keys) {
                Owned o = Owned.of(key);
                if (o == null) unknown.add(key);
                else owned.add(o);
            }
            Set<UUID> live = new HashSet<>();
            live.addAll(projects.existing(ids(owned, "project")));
            live.addAll(ads.existingAds(ids(owned, "ad")));
            live.addAll(ads.existingBibles(ids(owned, "bible")));
            List<String> orphans = owned.stream().filter(o -> !live.contains(o.owner())).map(Owned::key).toList();
            for (String key : orphans) {
                out.println((dryRun ? "orphan " : "deleting ") + key);
                if (!dryRun) blobs.delete(key);
            }
            unknown.forEach(k -> out.println("not recognised (left alone): " + k));
            out.println(keys.size() + " objects: " + (keys.size() - orphans.size() - unknown.size()) + " owned, " + orphans.size()
                    + (dryRun ? " orphans (not deleted: --dry-run)" : " orphans deleted") + ", " + unknown.size() + " not recognised");
            return ExitCodes.OK;
        }
    }

    private static List<UUID> ids(List<Owned> owned, String kind) {
        return owned.stream().filter(o -> o.kind().equals(kind)).map(Owned::owner).distinct().toList();
    }

    /** A key and what owns it. */
    record Owned(String key, String kind, UUID owner) {
        static Owned of(String key) {
            String[] parts = key.split("/");
            try {
                if (parts.length >= 3 && parts[0].equals("projects")) return new Owned(key, "project", UUID.fromString(parts[1]));
                if (parts.length >= 3 && parts[0].equals("ads")) return new Owned(key, "ad", UUID.fromString(parts[1]));
                if (parts.length >= 3 && parts[0].equals("creative_bibles")) return new Owned(key, "bible", UUID.fromString(parts[1]));
                if (parts.length >= 4 && parts[0].equals("uploads") && parts[1].equals("pending")) {
                    return new Owned(key, "project", UUID.fromString(parts[2]));
                }
            } catch (IllegalArgumentException notAnId) {
                return null;
            }
            return null;
        }
    }

    /**
     * Copies the local store ({@code ZAPCUT_HOME/blobs}) into the bucket. Rows name blobs by key
     * ({@code blob:<key>}), not by place, so nothing in the database changes; run it, then start
     * the processes with {@code ZAPCUT_S3_*}. An interrupted run is resumed by running it again:
     * objects already in the bucket with the same size are skipped.
     */
    int migrate(String to) {
        if (!"s3".equalsIgnoreCase(to)) {
            err.println("zapcut: migrate --to takes s3, not '" + to + "'");
            return ExitCodes.BAD_INPUT;
        }
        Function<String, String> lookup = k -> {
            String v = System.getProperty(k);
            return v != null ? v : System.getenv(k);
        };
        BlobStore bucket;
        try {
            bucket = BlobStores.bucket(lookup).orElse(null);
        } catch (IllegalArgumentException e) {
            err.println("zapcut: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (bucket == null) {
            err.println("zapcut: set ZAPCUT_S3_BUCKET (and ZAPCUT_S3_REGION, ZAPCUT_S3_ENDPOINT as needed) to the bucket to copy into");
            return ExitCodes.BAD_INPUT;
        }
        LocalBlobStore local = new LocalBlobStore(ZapcutHome.resolve().blobs());
        List<String> keys = local.list("");
        int copied = 0;
        int skipped = 0;
        long bytes = 0;
        for (String key : keys) {
            long size = local.size(key);
            if (bucket.exists(key) && bucket.size(key) == size) {
                skipped++;
                continue;
            }
            bucket.put(key, local.file(key));
            copied++;
            bytes += size;
            out.println("copied " + key + " (" + size + " bytes)");
        }
        out.println(keys.size() + " objects: " + copied + " copied (" + bytes + " bytes), " + skipped + " already in the bucket; "
                + "now start serve and workers with the same ZAPCUT_S3_* settings");
        return ExitCodes.OK;
    }
}
