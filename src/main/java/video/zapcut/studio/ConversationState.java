package video.zapcut.studio;

import java.util.ArrayList;
import java.util.List;
import video.zapcut.ads.Order;
import video.zapcut.ads.SceneEdit;

/**
 * What the orchestrator has gathered so far, stored as JSON on the conversation (snake_case on the
 * wire). A plain mutable bean: the orchestrator fills it in turn by turn.
 */
public class ConversationState {
    public static final List<String> ASPECTS = List.of("16:9", "9:16", "1:1");

    public String brand;
    public String product;
    public String productDescription;
    public String audience;
    public String benefit;
    public String creativeDirection;
    /** The music's mood in the user's words ("upbeat", "calm piano"); null: the style agent's choice. */
    public String musicMood;
    /** Brief fields (their {@link BriefField#key}) the user handed to Zapcut; their values are what Zapcut chose. */
    public List<String> delegated = new ArrayList<>();
    public int durationSeconds = 30;
    public String aspectRatio = "16:9";
    /** Scene ideas the user wrote, in order (at most five). */
    public List<String> requestedScenes = new ArrayList<>();
    /** True once the user gave scene ideas or let Zapcut write the storyboard. */
    public boolean scenesDecided;
    /** The field the last question asked for, so a short answer can be read as that field. */
    public String awaiting;
    /** The user's edits of the previewed storyboard, scene by scene (null: none). */
    public List<SceneEdit> sceneEdits;
    /** The creative bible and storyboard shown at final review, written by the generation's own agents. */
    public Order.Plan reviewPlan;
    /** What {@link #reviewPlan} was written from; when the facts or photos change, it is written again. */
    public String reviewInputs;
    /** Categories of refused requests, for the record. */
    public List<String> safetyFlags = new ArrayList<>();
    /** Which path produced each answered message, oldest first (the last 50): {@code rule-based}, {@code <provider>/<model>},
     *  {@code ...:repaired}, {@code rule-based (<why the LLM was not used>)} or {@code safety-screen (refused, not sent)}. */
    public List<String> turnPaths = new ArrayList<>();
    public String jobId;
    public String adId;

    public ConversationState copy() {
        ConversationState c = new ConversationState();
        c.brand = brand;
        c.product = product;
        c.productDescription = productDescription;
        c.audience = audience;
        c.benefit = benefit;
        c.creativeDirection = creativeDirection;
        c.musicMood = musicMood;
        c.delegated = new ArrayList<>(delegated == null ? List.of() : delegated);
        c.durationSeconds = durationSeconds;
        c.aspectRatio = aspectRatio;
        c.requestedScenes = new ArrayList<>(requestedScenes);
        c.scenesDecided = scenesDecided;
        c.awaiting = awaiting;
        c.sceneEdits = sceneEdits == null ? null : new ArrayList<>(sceneEdits);
        c.reviewPlan = reviewPlan;
        c.reviewInputs = reviewInputs;
        c.safetyFlags = new ArrayList<>(safetyFlags);
        c.turnPaths = new ArrayList<>(turnPaths == null ? List.of() : turnPaths);
        c.jobId = jobId;
        c.adId = adId;
        return c;
    }

    public boolean isDelegated(BriefField f) { return delegated != null && delegated.contains(f.key); }

    void delegate(BriefField f, boolean handedOver) {
        if (delegated == null) delegated = new ArrayList<>();
        delegated.remove(f.key);
        if (handedOver) delegated.add(f.key);
    }
}
