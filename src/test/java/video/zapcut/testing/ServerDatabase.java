package video.zapcut.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A throwaway database on this machine's PostgreSQL server (127.0.0.1:5432, which .ci/run starts),
 * migrated to Zapcut's schema and dropped on close. For tests in which several processes must share
 * one database, which the embedded one (owned by one process) cannot do.
 */
public final class ServerDatabase implements AutoCloseable {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private final String name = "zapcut_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    public ServerDatabase() {
        try (Connection c = DriverManager.getConnection(SERVER, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("needs the PostgreSQL server on 127.0.0.1:5432 (.ci/run starts it)", e);
        }
        Flyway.configure().dataSource(jdbcUrl(), "postgres", "").locations("classpath:db/migration").load().migrate();
    }

    /** The database's name on the server. */
    public String name() { return name; }

    /** The same database as {@code DATABASE_URL} gives it to a {@code zapcut} process. */
    public String databaseUrl() { return "postgres://postgres@127.0.0.1:5432/" + name; }

    public String jdbcUrl() { return "jdbc:postgresql://127.0.0.1:5432/" + name; }

    public DataSource dataSource() { return new DriverManagerDataSource(jdbcUrl(), "postgres", ""); }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(SERVER, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
