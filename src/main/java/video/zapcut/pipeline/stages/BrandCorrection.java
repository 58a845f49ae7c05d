package video.zapcut.pipeline.stages;

import java.util.ArrayList;
import java.util.List;
import video.zapcut.ads.StageOutputs.BrandScore;
import video.zapcut.common.Rgb;

/**
 * What a retake is asked for besides its scene's prompt: one sentence per measure the first take
 * failed, in the words image and video models follow (colours as hex, the product "as in the
 * reference"). Named so a model, a log and the quality record all say the same thing.
 */
final class BrandCorrection {
    /** Starts every correction; vendor stubs and logs recognise a retake's prompt by it. */
    static final String PREFIX = "Brand correction:";

    private BrandCorrection() {}

    /** The correction for a failed take, or null when it passed. */
    static String of(BrandScore failed, List<Rgb> palette) {
        List<String> asks = new ArrayList<>();
        if (BrandRules.paletteFails(failed)) {
            asks.add("keep strictly to the brand palette " + String.join(", ", palette.stream().map(Rgb::toHex).toList())
                    + " for the set, the light and every prop, with no other dominant colour");
        }
        if (BrandRules.productFails(failed)) {
            asks.add("show the product clearly, centred and fully visible, its shape, colours and label exactly as in the "
                    + "reference photo");
        }
        return asks.isEmpty() ? null : PREFIX + " " + String.join("; ", asks) + ".";
    }
}
