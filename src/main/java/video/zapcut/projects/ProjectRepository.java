package video.zapcut.projects;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects and the facts about them that listings need. Every read and write that takes a user id
 * matches on it too, so one user can never see or change another user's project by guessing its id.
 */
@Repository
public class ProjectRepository {
    private final JdbcClient jdbc;

    public ProjectRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    /** The user's project of that name, created if missing, so a product's ads and bibles stay together. */
    public UUID findOrCreate(UUID userId, String name, String productName, String description) {
        return jdbc.sql("SELECT id FROM projects WHERE user_id = :u AND name = :n ORDER BY created_at LIMIT 1")
                .param("u", userId).param("n", name).query(UUID.class).optional()
                .orElseGet(() -> create(userId, name, productName, description));
    }

    public UUID create(UUID userId, String name, String productName, String description) {
        return create(userId, new ProjectFields(name, description, productName, null, null, null));
    }

    public UUID create(UUID userId, ProjectFields fields) {
        return jdbc.sql("""
                INSERT INTO projects (user_id, name, description, product_name, product_description, target_audience, brand_benefit)
                VALUES (:u, :name, :description, :productName, :productDescription, :targetAudience, :brandBenefit)
                RETURNING id""")
                .params(fields.asParams()).param("u", userId).query(UUID.class).single();
    }

    public Optional<Project> find(UUID userId, UUID projectId) {
        return jdbc.sql("""
                SELECT id, name, description, product_name, product_description, target_audience, brand_benefit, created_at
                FROM projects WHERE id = :id AND user_id = :u""")
                .param("id", projectId).param("u", userId).query(Project.class).optional();
    }

    /** Newest first; ties broken by id so pages never overlap or skip a project. */
    public List<Project> page(UUID userId, int limit, int offset) {
        return jdbc.sql("""
                SELECT id, name, description, product_name, product_description, target_audience, brand_benefit, created_at
                FROM projects WHERE user_id = :u
                ORDER BY created_at DESC, id
                LIMIT :limit OFFSET :offset""")
                .param("u", userId).param("limit", limit).param("offset", offset).query(Project.class).list();
    }

    public long count(UUID userId) {
        return jdbc.sql("SELECT COUNT(*) FROM projects WHERE user_id = :u").param("u", userId).query(Long.class).single();
    }

    /** Sets the fields that are not null and leaves the others as they are. False when the user has no such project. */
    public boolean update(UUID userId, UUID projectId, ProjectFields changes) {
        return jdbc.sql("""
                UPDATE projects SET
                    name = COALESCE(:name, name),
                    description = COALESCE(:description, description),
                    product_name = COALESCE(:productName, product_name),
                    product_description = COALESCE(:productDescription, product_description),
                    target_audience = COALESCE(:targetAudience, target_audience),
                    brand_benefit = COALESCE(:brandBenefit, brand_benefit),
                    updated_at = NOW()
                WHERE id = :id AND user_id = :u""")
                .params(changes.asParams()).param("id", projectId).param("u", userId).update() == 1;
    }

    /**
     * Deletes the project; its assets, creative bibles and ads go with it (foreign keys cascade).
     * False when the user has no such project.
     */
    /** Which of {@code ids} are projects that exist. */
    public java.util.Set<UUID> existing(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) return java.util.Set.of();
        return java.util.Set.copyOf(jdbc.sql("SELECT id FROM projects WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list());
    }

    /** Where the project's own media (its uploaded photos) live in the blob store. */
    public static String mediaPrefix(UUID projectId) { return "projects/" + projectId + "/"; }

    public boolean delete(UUID userId, UUID projectId) {
        return jdbc.sql("DELETE FROM projects WHERE id = :id AND user_id = :u")
                .param("id", projectId).param("u", userId).update() == 1;
    }

    /** What a user can set on a project; null means "not given". */
    public record ProjectFields(String name, String description, String productName, String productDescription,
                                String targetAudience, String brandBenefit) {
        /** As named SQL parameters; a HashMap because Map.of refuses the nulls that mean "not given". */
        Map<String, Object> asParams() {
            Map<String, Object> params = new HashMap<>();
            params.put("name", name);
            params.put("description", description);
            params.put("productName", productName);
            params.put("productDescription", productDescription);
            params.put("targetAudience", targetAudience);
            params.put("brandBenefit", brandBenefit);
            return params;
        }
    }

    public record Project(UUID id, String name, String description, String productName, String productDescription,
                          String targetAudience, String brandBenefit, OffsetDateTime createdAt) {}

}
