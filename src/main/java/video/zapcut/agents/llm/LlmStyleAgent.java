package video.zapcut.agents.llm;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.Brief;
import video.zapcut.agents.CreativeBible;
import video.zapcut.agents.StyleAgent;
import video.zapcut.ai.TextModel;
import video.zapcut.common.Json;
import video.zapcut.common.Rgb;
import video.zapcut.ai.Provenance;

/**
 * The creative bible from an LLM. Colours are held to the palette measured on the photos (the seed's
 * "only use colors present in uploaded product images"): a colour the model invents is replaced by
 * the measured ones.
 */
public final class LlmStyleAgent implements StyleAgent {
    static final String SYSTEM = """
            You are the Style & Brand Consistency Agent of an ad studio. From the advertiser's brief, creative \
            direction and the colours measured on their product photos, write the Creative Bible every image, clip and \
            overlay of a short video ad will follow.
            Fields: brand_style (2-4 words, e.g. "modern minimalist"), vibe (1-3 words), colors (4-6 hex codes, most \
            dominant first, ONLY colours from the measured palette when one is given), lighting, camera, motion \
            (each a short phrase a cinematographer would use), energy_level (integer 1-10, 5 is medium).
            Match the tone to the product's stated benefit. Nothing unsafe, no real people, no other brands.
            Answer with the JSON object only.""";
    private final LlmAgentSupport llm;
    private final StyleAgent fallback;
    private final AgentOutputValidator validator;

    public LlmStyleAgent(TextModel model, StyleAgent fallback, AgentOutputValidator validator, Provenance provenance) {
        this.llm = new LlmAgentSupport(model, provenance);
        this.fallback = fallback;
        this.validator = validator;
    }

    @Override
    public String provider() { return llm.path(); }

    @Override
    public CreativeBible createBible(Brief brief, List<Rgb> photoPalette) {
        String blocked = llm.screen(List.of(brief.allText()));
        if (blocked != null) return fallback.createBible(brief, photoPalette); // never send it; safety will stop the job
        List<String> measured = photoPalette.stream().map(Rgb::toHex).toList();
        String user = LlmAgentSupport.data("brief", brief.text()) + "\n"
                + LlmAgentSupport.data("creative_direction", brief.creativeDirection() == null ? "" : brief.creativeDirection()) + "\n"
                + "Product name: " + LlmAgentSupport.data("product_name", brief.productName() == null ? "" : brief.productName()) + "\n"
                + "Measured palette (hex, most dominant first): " + (measured.isEmpty() ? "none (no photos)" : String.join(", ", measured));
        return llm.ask("style_agent", SYSTEM, user, "creative_bible", LlmAgentSupport.schema("creative_bible"), 800,
                json -> check(json, photoPalette),
                b -> List.of(b.brandStyle(), b.vibe(), b.lighting(), b.camera(), b.motion()),
                () -> fallback.createBible(brief, photoPalette));
    }

    CreativeBible check(JsonNode json, List<Rgb> palette) {
        CreativeBible b = Json.convert(json, CreativeBible.class);
        if (b.colors() == null) b = new CreativeBible(b.brandStyle(), b.vibe(), List.of(), b.lighting(), b.camera(), b.motion(), b.energyLevel());
        if (!palette.isEmpty()) {
            List<String> kept = new ArrayList<>();
            for (String c : b.colors()) {
                if (c != null && Rgb.isHex(c.strip()) && palette.stream().anyMatch(p -> p.deltaE(Rgb.hex(c.strip())) < 12)) kept.add(c.strip());
            }
            b = new CreativeBible(b.brandStyle(), b.vibe(), kept, b.lighting(), b.camera(), b.motion(), b.energyLevel());
        }
        List<String> fill = new ArrayList<>(palette.stream().map(Rgb::toHex).toList());
        if (fill.size() < 4) fill.addAll(List.of("#1A1A1A", "#F5F5F0", "#8A8A8A", "#C9A227"));
        CreativeBible repaired = AgentOutputValidator.repairBible(b, fill);
        return validator.checkBible(repaired);
    }
}
