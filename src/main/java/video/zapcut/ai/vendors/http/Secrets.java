package video.zapcut.ai.vendors.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Secrets known to the process, blanked out of any text that could reach a log or an exception:
 * the deployment's own keys (kept for the life of the process), and the short-lived tokens of users'
 * connected accounts, of which only the most recent {@link #RECENT_TOKENS} are kept (a server
 * refreshes tokens all day; an ever-growing list would leak memory and slow every redaction).
 */
public final class Secrets {
    static final int RECENT_TOKENS = 512;
    private static final List<String> KNOWN = new CopyOnWriteArrayList<>();
    private static final SequencedSet<String> RECENT = new LinkedHashSet<>();
    private static volatile List<String> recentView = List.of();

    private Secrets() {}

    /** A key of the deployment's (an API key, a client secret): remembered for good. */
    public static void register(String secret) {
        if (secret != null && secret.length() >= 6 && !KNOWN.contains(secret)) KNOWN.add(secret);
    }

    /** A user's token or a one-time code: remembered among the most recent ones only. */
    public static synchronized void registerToken(String token) {
        if (token == null || token.length() < 6) return;
        RECENT.remove(token);
        RECENT.addLast(token);
        while (RECENT.size() > RECENT_TOKENS) RECENT.removeFirst();
        recentView = List.copyOf(new ArrayList<>(RECENT));
    }

    public static String redact(String text) {
        if (text == null) return null;
        String out = text;
        for (String s : KNOWN) out = out.replace(s, "***");
        for (String s : recentView) out = out.replace(s, "***");
        // Bearer tokens and vendor key shapes, even unregistered ones.
        return out.replaceAll("(?i)(bearer\\s+)[A-Za-z0-9._\\-]{8,}", "$1***")
                .replaceAll("\\b(sk-[A-Za-z0-9_\\-]{6,}|r8_[A-Za-z0-9]{6,})", "***");
    }

    /** What `zapcut providers` shows of a key: whether it is set, never any of its characters. */
    public static String hint(String secret) {
        return secret == null || secret.isBlank() ? "not set" : "set";
    }
}
