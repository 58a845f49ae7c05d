package video.zapcut.agents.safety;

/**
 * The negative prompt every generator call carries. An approved ad for an alcoholic drink (adults
 * only, no minors anywhere in the text) must be able to show its own product, so "alcohol" is dropped
 * for it; every other ad keeps the full list.
 */
final class NegativePrompt {
    static final String STANDARD = "realistic violence, gore, weapons, nudity, sexual content, drugs, smoking, alcohol, hate symbols, "
            + "real people, copyrighted characters, trademarked brands, low quality";
    static final String ADULT_ALCOHOL_PRODUCT = STANDARD.replace(" alcohol,", "");

    private NegativePrompt() {}

    static String forAd(boolean adultAlcoholProduct) { return adultAlcoholProduct ? ADULT_ALCOHOL_PRODUCT : STANDARD; }
}
