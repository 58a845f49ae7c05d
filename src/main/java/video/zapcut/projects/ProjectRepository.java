package video.zapcut.projects;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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
        return jdbc.sql("""
                INSERT INTO projects (user_id, name, product_name, description)
                VALUES (:u, :n, :p, :d) RETURNING id""")
                .param("u", userId).param("n", name).param("p", productName).param("d", description)
                .query(UUID.class).single();
    }
}
