package video.zapcut.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Turns {@code DATABASE_URL} into JDBC settings. Accepts the Heroku/libpq form
 * {@code postgres://user:pass@host:5432/db?sslmode=require} as well as a plain JDBC URL.
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

    public static DatabaseUrl parse(String url) {
        if (url.startsWith("jdbc:")) return new DatabaseUrl(url, null, null);
        URI uri = URI.create(url);
        String scheme = uri.getScheme();
        if (!"postgres".equals(scheme) && !"postgresql".equals(scheme)) {
            throw new IllegalArgumentException("DATABASE_URL must be postgres://... or jdbc:postgresql://..., not " + scheme + "://");
        }
        String user = null, pass = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            if (parts.length > 1) pass = decode(parts[1]);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath()
                + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
        return new DatabaseUrl(jdbc, user, pass);
    }

    private static String decode(String s) { return URLDecoder.decode(s, StandardCharsets.UTF_8); }

    /** For logs: the URL without credentials. */
    @Override
    public String toString() { return jdbcUrl.replaceAll("password=[^&]*", "password=***"); }
}
