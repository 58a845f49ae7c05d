package video.zapcut.agents;

import java.util.List;
import video.zapcut.common.Rgb;

/** Writes the creative bible from the brief and the palette measured on the product photos. */
public interface StyleAgent {
    /**
     * @param photoPalette colors extracted from the product photos (empty when there are none)
     */
    CreativeBible createBible(Brief brief, List<Rgb> photoPalette);

    /** Who writes the bible: "local" for the rule-based agent, provider/model for an LLM. */
    default String provider() { return "local"; }
}
