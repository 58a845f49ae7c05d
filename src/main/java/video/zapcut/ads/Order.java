package video.zapcut.ads;

import java.util.List;
import java.util.UUID;
import video.zapcut.agents.Brief;
import video.zapcut.agents.CreativeBible;
import video.zapcut.agents.Storyboard;
import video.zapcut.common.AspectRatio;

/**
 * What to make: one ad of a project. The command line, the API and the studio each build one and
 * {@link OrderRules#check} it before anything is written, so a rule cannot differ between them.
 *
 * @param brief             the marketing brief in plain language
 * @param productName       the product's name when given, else null (the agents read it from the brief)
 * @param creativeDirection optional style words
 * @param sceneIdeas        the user's own scene ideas in order (at most five; may be empty)
 * @param photos            the product photos, assets of the project (1 to 10)
 * @param sceneEdits        per-scene description, text and length the storyboard must keep
 * @param reuseBibleId      a creative bible of the project to reuse, or null
 * @param budgetCents       the most the ad may spend on vendors (null: the configured default; 0: no limit)
 * @param facts             what the user stated as facts (the studio's fields), or null: the agents read the brief's words
 * @param approvedPlan      the creative bible and storyboard the user reviewed and approved (the studio), or null:
 *                          the agents write them. With a plan, the generation makes what was approved.
 * @param sound             the voiceover and captions; null in orders placed before ads had a voice ({@link Sound#DEFAULT})
 */
public record Order(UUID projectId, String brief, String productName, String creativeDirection, int durationSeconds,
                    AspectRatio aspect, List<String> sceneIdeas, List<Photo> photos, List<SceneEdit> sceneEdits,
                    UUID reuseBibleId, Integer budgetCents, Facts facts, Plan approvedPlan, Sound sound) {

    /** A product photo: its asset and the blob it is stored in. */
    public record Photo(UUID assetId, String uri) {}

    /** Facts about the product the user gave as such; null fields were not given. */
    public record Facts(String brand, String audience, String benefit) {}

    /** A reviewed plan: the creative bible and the storyboard (before the user's scene edits). */
    public record Plan(CreativeBible bible, Storyboard storyboard) {}

    public Order {
        sceneIdeas = sceneIdeas == null ? List.of() : List.copyOf(sceneIdeas);
        photos = photos == null ? List.of() : List.copyOf(photos);
        sceneEdits = sceneEdits == null ? List.of() : List.copyOf(sceneEdits);
    }

    /** An order with the default sound (a voice, burned captions). */
    public Order(UUID projectId, String brief, String productName, String creativeDirection, int durationSeconds,
                 AspectRatio aspect, List<String> sceneIdeas, List<Photo> photos, List<SceneEdit> sceneEdits,
                 UUID reuseBibleId, Integer budgetCents, Facts facts, Plan approvedPlan) {
        this(projectId, brief, productName, creativeDirection, durationSeconds, aspect, sceneIdeas, photos, sceneEdits,
                reuseBibleId, budgetCents, facts, approvedPlan, null);
    }

    /** The voiceover and captions asked for. */
    public Sound soundOrDefault() { return sound == null ? Sound.DEFAULT : sound; }

    public Order withSound(Sound chosen) {
        return new Order(projectId, brief, productName, creativeDirection, durationSeconds, aspect, sceneIdeas, photos,
                sceneEdits, reuseBibleId, budgetCents, facts, approvedPlan, chosen);
    }

    /** An order in words, as the command line and the API take it. */
    public Order(UUID projectId, String brief, String productName, String creativeDirection, int durationSeconds,
                 AspectRatio aspect, List<String> sceneIdeas, List<Photo> photos, List<SceneEdit> sceneEdits,
                 UUID reuseBibleId, Integer budgetCents) {
        this(projectId, brief, productName, creativeDirection, durationSeconds, aspect, sceneIdeas, photos, sceneEdits,
                reuseBibleId, budgetCents, null, null);
    }

    /** The brief as the agents read it: its words, and the facts given as facts. */
    public Brief toBrief() {
        return new Brief(brief, productName, creativeDirection, durationSeconds, aspect, sceneIdeas,
                facts == null ? null : facts.audience(), facts == null ? null : facts.benefit());
    }

    public Order withPhotos(List<Photo> chosen) {
        return new Order(projectId, brief, productName, creativeDirection, durationSeconds, aspect, sceneIdeas, chosen,
                sceneEdits, reuseBibleId, budgetCents, facts, approvedPlan, sound);
    }

    public Order withAspect(AspectRatio format) {
        return new Order(projectId, brief, productName, creativeDirection, durationSeconds, format, sceneIdeas, photos,
                sceneEdits, reuseBibleId, budgetCents, facts, approvedPlan, sound);
    }

    public Order withProject(UUID project) {
        return new Order(project, brief, productName, creativeDirection, durationSeconds, aspect, sceneIdeas, photos,
                sceneEdits, reuseBibleId, budgetCents, facts, approvedPlan, sound);
    }
}
