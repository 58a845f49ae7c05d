package video.zapcut.studio;

import java.util.Locale;

/** The orchestrator's stages (the seed's state machine), in order. */
public enum ConversationStage {
    COLLECT_BRAND_INFO, COLLECT_PRODUCT_INFO, COLLECT_ASSETS, COLLECT_SCENES, FINAL_REVIEW, GENERATE_VIDEO, EXPORT_VIDEO;

    /** The name on the wire and in the database: {@code collect_brand_info}. */
    public String wireName() { return name().toLowerCase(Locale.ROOT); }

    /** How a reply names the step. */
    public String label() {
        return switch (this) {
            case COLLECT_BRAND_INFO -> "brand";
            case COLLECT_PRODUCT_INFO -> "product";
            case COLLECT_ASSETS -> "photos";
            case COLLECT_SCENES -> "scenes";
            case FINAL_REVIEW -> "review";
            case GENERATE_VIDEO -> "generation";
            case EXPORT_VIDEO -> "finished ad";
        };
    }

    public static ConversationStage fromWire(String name) { return valueOf(name.toUpperCase(Locale.ROOT)); }

    public ConversationStage next() {
        ConversationStage[] all = values();
        return ordinal() + 1 < all.length ? all[ordinal() + 1] : this;
    }

    public boolean isBefore(ConversationStage other) { return ordinal() < other.ordinal(); }
}
