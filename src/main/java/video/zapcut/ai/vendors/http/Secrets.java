package video.zapcut.ai.vendors.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keys known to the process, blanked out of any text that could reach a log or an exception. */
public final class Secrets {
    private static final List<String> KNOWN = new CopyOnWriteArrayList<>();

    private Secrets() {}

    public static void register(String secret) {
        if (secret != null && secret.length() >= 6 && !KNOWN.contains(secret)) KNOWN.add(secret);
    }

    public static String redact(String text) {
        if (text == null) return null;
        String out = text;
        for (String s : KNOWN) out = out.replace(s, "***");
        // Bearer tokens and vendor key shapes, even unregistered ones.
        return out.replaceAll("(?i)(bearer\\s+)[A-Za-z0-9._\\-]{8,}", "$1***")
                .replaceAll("\\b(sk-[A-Za-z0-9_\\-]{6,}|r8_[A-Za-z0-9]{6,})", "***");
    }

    /** What `zapcut providers` shows of a key: whether it is set, never any of its characters. */
    public static String hint(String secret) {
        return secret == null || secret.isBlank() ? "not set" : "set";
    }
}
