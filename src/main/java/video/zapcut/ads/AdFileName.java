package video.zapcut.ads;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What an ad's files are called when someone saves them: the product, the format and the day it was
 * made, e.g. {@code luna-cold-brew-9x16-2026-12-06.mp4}. The name is plain ASCII letters, digits and
 * hyphens (accents are dropped, anything else becomes a hyphen), so no path, quote or control
 * character from a product name can reach a header or a file system.
 */
public final class AdFileName {
    /** Product part's most characters: the whole name stays well under every file system's limit. */
    static final int MAX_PRODUCT = 60;
    /** The product part when the ad names none (or nothing of it survives as ASCII). */
    static final String UNNAMED = "zapcut-ad";

    private AdFileName() {}

    /** {@code product-WxH-yyyy-mm-dd.extension}; {@code product} may be null. */
    public static String of(String product, String aspectRatio, LocalDate madeOn, String extension) {
        String format = aspectRatio == null ? "" : "-" + slug(aspectRatio.replace(':', 'x'), MAX_PRODUCT);
        String day = madeOn == null ? "" : "-" + madeOn;
        String name = slug(product, MAX_PRODUCT);
        return (name.isEmpty() ? UNNAMED : name) + format + day + "." + extension;
    }

    /** Lower-case ASCII words joined by single hyphens, cut at a word boundary to at most {@code max} characters. */
    static String slug(String text, int max) {
        if (text == null) return "";
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() <= max) return slug;
        String cut = slug.substring(0, max);
        int lastHyphen = cut.lastIndexOf('-');
        return (lastHyphen > 0 ? cut.substring(0, lastHyphen) : cut).replaceAll("-+$", "");
    }
}
