package video.zapcut.studio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import video.zapcut.projects.AssetRepository;
import video.zapcut.common.Rgb;
import video.zapcut.media.image.ImageInspector;
import video.zapcut.media.image.PaletteExtractor;
import video.zapcut.media.image.ProductCutout;
import video.zapcut.media.image.ProductCutouts;
import video.zapcut.storage.BlobStore;

/**
 * The palette measured on a project's product photos, as the creative-bible stage measures it.
 * Remembered per set of photos, since cutting out a product takes a moment and review pages reload.
 */
@Component
class PhotoPalettes {
    private static final int REMEMBERED = 64;

    private final AssetRepository assets;
    private final BlobStore blobs;
    private final ImageInspector images;
    private final Map<String, List<Rgb>> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Rgb>> eldest) { return size() > REMEMBERED; }
    };

    PhotoPalettes(AssetRepository assets, BlobStore blobs, ImageInspector images) {
        this.assets = assets;
        this.blobs = blobs;
        this.images = images;
    }

    List<Rgb> of(UUID projectId) {
        List<AssetRepository.Asset> photos = assets.uploadedPhotos(projectId);
        if (photos.isEmpty()) return List.of();
        String key = photos.stream().map(a -> a.id().toString()).reduce("", String::concat);
        synchronized (cache) {
            List<Rgb> known = cache.get(key);
            if (known != null) return known;
        }
        List<ProductCutout> cutouts = new ArrayList<>();
        for (AssetRepository.Asset a : photos) {
            try (InputStream in = blobs.open(a.s3Key())) {
                cutouts.add(ProductCutouts.extract(images.decode(in.readAllBytes(), "product photo").image()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read product photo " + a.id(), e);
            }
        }
        List<Rgb> palette = List.copyOf(PaletteExtractor.extract(cutouts, 4, 6));
        synchronized (cache) {
            cache.put(key, palette);
        }
        return palette;
    }
}
