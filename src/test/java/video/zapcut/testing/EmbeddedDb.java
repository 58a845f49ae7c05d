package video.zapcut.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Opens an installation's embedded database (after the command has exited) to look at its rows. */
public final class EmbeddedDb implements AutoCloseable {
    private final EmbeddedPostgres pg;
    private final JdbcTemplate jdbc;

    public EmbeddedDb(Path home) {
        try {
            pg = EmbeddedPostgres.builder().setDataDirectory(home.resolve("db")).setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(home.resolve("pg").toFile()).setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc = new JdbcTemplate(pg.getPostgresDatabase());
    }

    public List<Map<String, Object>> rows(String sql, Object... args) { return jdbc.queryForList(sql, args); }

    public <T> T one(String sql, Class<T> type, Object... args) { return jdbc.queryForObject(sql, type, args); }

    @Override
    public void close() throws IOException { pg.close(); }
}
