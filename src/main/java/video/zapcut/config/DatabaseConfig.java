package video.zapcut.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * PostgreSQL from {@code DATABASE_URL} when set, otherwise an embedded PostgreSQL 17 whose data
 * lives in {@code <zapcut home>/db}. The embedded server is closed by Spring (not a JVM shutdown
 * hook), because a hook racing the context's own shutdown makes the process hang.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean
    ZapcutHome zapcutHome() {
        return ZapcutHome.resolve();
    }

    /** This process's scratch folder; making it clears what crashed processes left. */
    @Bean
    Scratch scratch(ZapcutHome home) {
        return Scratch.forThisProcess(home);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(Environment env, ZapcutHome home) throws IOException {
        String url = env.getProperty("DATABASE_URL", env.getProperty("zapcut.database-url", ""));
        if (!url.isBlank()) {
            EarlyDatabase.discard();
            return EmbeddedDatabase.none();
        }
        EmbeddedPostgres early = EarlyDatabase.take(home);
        return new EmbeddedDatabase(early != null ? early : startEmbedded(home));
    }

    /** Starts the embedded server whose data lives in {@code home}. */
    static EmbeddedPostgres startEmbedded(ZapcutHome home) throws IOException {
        Files.createDirectories(home.database());
        Files.createDirectories(home.postgresBinaries());
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(home.database())
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(home.postgresBinaries().toFile())
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("fsync", "on")
                    .start();
        } catch (IOException e) {
            throw new IOException("cannot start the embedded PostgreSQL in " + home.database()
                    + " (is another zapcut process using this ZAPCUT_HOME? set DATABASE_URL to share a server): "
                    + e.getMessage(), e);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(Environment env, EmbeddedDatabase embedded) {
        HikariConfig cfg = new HikariConfig();
        if (embedded.server() != null) {
            cfg.setJdbcUrl(embedded.server().getJdbcUrl("postgres", "postgres"));
            cfg.setUsername("postgres");
        } else {
            DatabaseUrl db = DatabaseUrl.parse(env.getProperty("DATABASE_URL", env.getProperty("zapcut.database-url", "")));
            log.info("using PostgreSQL at {}", db);
            cfg.setJdbcUrl(db.jdbcUrl());
            if (db.username() != null) cfg.setUsername(db.username());
            if (db.password() != null) cfg.setPassword(db.password());
        }
        cfg.setMaximumPoolSize(env.getProperty("zapcut.database.pool-size", Integer.class, 10));
        cfg.setPoolName("zapcut");
        return new HikariDataSource(cfg);
    }

    /** Holder so Spring owns the embedded server's lifecycle; {@code server} is null for external databases. */
    public record EmbeddedDatabase(EmbeddedPostgres server) implements AutoCloseable {
        static EmbeddedDatabase none() { return new EmbeddedDatabase(null); }

        @Override
        public void close() throws IOException {
            if (server != null) server.close();
        }
    }

}
