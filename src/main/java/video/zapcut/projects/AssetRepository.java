package video.zapcut.projects;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AssetRepository {
    private final JdbcClient jdbc;

    public AssetRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    public record NewAsset(UUID id, UUID projectId, String type, String source, String url, String key, String label,
                           String role, long sizeBytes, String mimeType, Integer width, Integer height, Double durationSeconds) {}

    public record Asset(UUID id, UUID projectId, String type, String source, String url, String s3Key, String label,
                        String role, Long fileSizeBytes, String mimeType, Integer width, Integer height) {}

    public void insert(NewAsset a) {
        jdbc.sql("""
                INSERT INTO assets (id, project_id, type, source, url, s3_key, label, role, file_size_bytes, mime_type,
                                    width, height, duration_seconds)
                VALUES (:id, :p, :t, :s, :url, :key, :label, :role, :size, :mime, :w, :h, :d)""")
                .param("id", a.id()).param("p", a.projectId()).param("t", a.type()).param("s", a.source())
                .param("url", a.url()).param("key", a.key()).param("label", a.label()).param("role", a.role())
                .param("size", a.sizeBytes()).param("mime", a.mimeType()).param("w", a.width()).param("h", a.height())
                .param("d", a.durationSeconds())
                .update();
    }

    /** Every asset of the project, whatever its type, oldest first. */
    public List<Asset> forProject(UUID projectId) {
        return jdbc.sql("""
                SELECT id, project_id, type, source, url, s3_key, label, role, file_size_bytes, mime_type, width, height
                FROM assets WHERE project_id = :p ORDER BY created_at, id""")
                .param("p", projectId).query(Asset.class).list();
    }

    /** One asset of the project, if it exists. */
    public java.util.Optional<Asset> find(UUID projectId, UUID assetId) {
        return jdbc.sql("""
                SELECT id, project_id, type, source, url, s3_key, label, role, file_size_bytes, mime_type, width, height
                FROM assets WHERE project_id = :p AND id = :id""")
                .param("p", projectId).param("id", assetId).query(Asset.class).optional();
    }

    /** Deletes one asset row of the project; false when there is none. */
    public boolean delete(UUID projectId, UUID assetId) {
        return jdbc.sql("DELETE FROM assets WHERE project_id = :p AND id = :id")
                .param("p", projectId).param("id", assetId).update() == 1;
    }

    /** The product photos the user uploaded to the project, oldest first (generated images are assets too, but not photos). */
    public List<Asset> uploadedPhotos(UUID projectId) {
        return jdbc.sql("""
                SELECT id, project_id, type, source, url, s3_key, label, role, file_size_bytes, mime_type, width, height
                FROM assets WHERE project_id = :p AND type = 'image' AND source = 'upload' ORDER BY created_at, id""")
                .param("p", projectId).query(Asset.class).list();
    }

    public int countUploadedPhotos(UUID projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM assets WHERE project_id = :p AND type = 'image' AND source = 'upload'")
                .param("p", projectId).query(Integer.class).single();
    }

    /**
     * Records images a generation made for the project (its creative bible's reference images) as
     * assets: {@code source} is {@code local} for the offline renderer, else {@code image_model}.
     */
    public void recordGeneratedImages(UUID projectId, java.util.Map<String, String> uriByRole, boolean local,
                                      java.util.function.ToLongFunction<String> sizeOfUri) {
        for (java.util.Map.Entry<String, String> e : uriByRole.entrySet()) {
            jdbc.sql("""
                    INSERT INTO assets (project_id, type, source, url, s3_key, label, role, mime_type, file_size_bytes)
                    VALUES (:p, 'image', :src, :url, :key, :label, 'reference', 'image/png', :size)""")
                    .param("p", projectId).param("src", local ? "local" : "image_model").param("url", e.getValue())
                    .param("key", video.zapcut.storage.BlobStore.keyOf(e.getValue())).param("label", e.getKey())
                    .param("size", sizeOfUri.applyAsLong(e.getValue())).update();
        }
    }

    public List<Asset> byIds(List<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("""
                SELECT id, project_id, type, source, url, s3_key, label, role, file_size_bytes, mime_type, width, height
                FROM assets WHERE id IN (:ids) ORDER BY created_at, id""")
                .param("ids", ids).query(Asset.class).list();
    }
}
