package video.zapcut.ads;

import video.zapcut.agents.VoiceoverLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import video.zapcut.common.AspectRatio;

/**
 * The rules of an order, in one place: the command line, the API and the studio check their orders
 * here, so a limit cannot drift between them and a broken rule reads the same everywhere. Every
 * broken rule is reported at once.
 */
public final class OrderRules {
    public static final List<Integer> DURATIONS = List.of(15, 30, 60);
    public static final int DEFAULT_DURATION = 30;
    public static final AspectRatio DEFAULT_ASPECT = AspectRatio.LANDSCAPE;
    public static final int MAX_BRIEF = 5000;
    public static final int MAX_PRODUCT_NAME = 200;
    public static final int MAX_DIRECTION = 2000;
    public static final int MIN_PHOTOS = 1;
    public static final int MAX_PHOTOS = 10;
    public static final int SCENES = 5;
    public static final int MAX_SCENE_IDEA = 1000;
    public static final int MAX_SCENE_DESCRIPTION = 1000;
    public static final int MAX_OVERLAY_TEXT = 120;
    /** Scene lengths are whole frames of the 30 fps timeline, at least a second each. */
    public static final int FPS = 30;
    public static final double MIN_SCENE_SECONDS = 1.0;
    /** How far from a whole frame a length may be and still count as that frame (float noise, not intent). */
    private static final double FRAME_TOLERANCE = 1e-4;

    private OrderRules() {}

    /** A duration as the command line or a form gives it. */
    public static int duration(String text) {
        String t = text == null ? "" : text.strip();
        try {
            int seconds = Integer.parseInt(t);
            check(durationRule(seconds));
            return seconds;
        } catch (NumberFormatException e) {
            throw new OrderRejectedException("duration_seconds", "duration must be 15, 30 or 60 seconds, not '" + t + "'");
        }
    }

    /** An aspect ratio as the command line or a form gives it. */
    public static AspectRatio aspect(String text) {
        return AspectRatio.parse(text == null ? "" : text.strip()).orElseThrow(() -> new OrderRejectedException("aspect_ratio",
                "aspect must be 16:9, 9:16 or 1:1, not '" + text + "'"));
    }

    /**
     * The voice and captions as an order gives them: {@code voiceover} null is yes; {@code captions} null
     * is burned when there is a voice. Captions follow the voice's words, so captions without a voice are refused.
     */
    public static Sound sound(Boolean voiceover, String captions) {
        Sound.Captions c = null;
        if (captions != null) {
            c = Sound.Captions.of(captions);
            if (c == null) throw new OrderRejectedException("captions", "captions must be burned, sidecar or none, not '" + captions.strip() + "'");
        }
        if (Boolean.FALSE.equals(voiceover) && c != null && c != Sound.Captions.NONE) {
            throw new OrderRejectedException("captions", "captions are timed to the voice's words: with voiceover false there are none to show");
        }
        return Sound.of(voiceover, c);
    }

    /** Checks every rule; returns the order with its texts stripped (blank optional texts become null). */
    public static Order check(Order o) {
        List<RuleViolation> wrong = new ArrayList<>();
        String brief = o.brief() == null ? "" : o.brief().strip();
        if (brief.isEmpty()) {
            wrong.add(new RuleViolation("brief", "the brief is empty: describe what you sell and the ad you want"));
        } else if (brief.length() > MAX_BRIEF) {
            wrong.add(new RuleViolation("brief", "the brief is " + brief.length() + " characters long; the limit is " + MAX_BRIEF));
        }
        String product = blankToNull(o.productName());
        if (product != null && product.length() > MAX_PRODUCT_NAME) {
            wrong.add(new RuleViolation("product_name", "the product name is longer than " + MAX_PRODUCT_NAME + " characters"));
        }
        String direction = blankToNull(o.creativeDirection());
        if (direction != null && direction.length() > MAX_DIRECTION) {
            wrong.add(new RuleViolation("creative_direction", "the creative direction is " + direction.length()
                    + " characters long; the limit is " + MAX_DIRECTION));
        }
        RuleViolation duration = durationRule(o.durationSeconds());
        if (duration != null) wrong.add(duration);
        if (o.aspect() == null) wrong.add(new RuleViolation("aspect_ratio", "aspect must be 16:9, 9:16 or 1:1"));
        photos(o.photos().size(), wrong);
        sceneIdeas(o.sceneIdeas(), wrong);
        sceneEdits(o.sceneEdits(), o.durationSeconds(), wrong);
        if (o.budgetCents() != null && o.budgetCents() < 0) {
            wrong.add(new RuleViolation("budget_cents", "budget_cents must not be negative (0 means no limit)"));
        }
        if (!wrong.isEmpty()) throw new OrderRejectedException(wrong);
        List<String> ideas = o.sceneIdeas().stream().map(String::strip).toList();
        List<SceneEdit> edits = o.sceneEdits().stream().map(OrderRules::tidy).filter(e -> !e.empty()).toList();
        return new Order(o.projectId(), brief, product, direction, o.durationSeconds(), o.aspect(), ideas, o.photos(), edits,
                o.reuseBibleId(), o.budgetCents(), o.facts(), o.approvedPlan(), o.sound());
    }

    /** Scene edits alone against a length, as the studio's review saves them. */
    public static List<SceneEdit> checkSceneEdits(List<SceneEdit> edits, int durationSeconds) {
        List<RuleViolation> wrong = new ArrayList<>();
        sceneEdits(edits, durationSeconds, wrong);
        if (!wrong.isEmpty()) throw new OrderRejectedException(wrong);
        return edits.stream().map(OrderRules::tidy).toList();
    }

    private static RuleViolation durationRule(int seconds) {
        return DURATIONS.contains(seconds) ? null
                : new RuleViolation("duration_seconds", "duration must be 15, 30 or 60 seconds, not " + seconds);
    }

    private static void check(RuleViolation v) {
        if (v != null) throw new OrderRejectedException(List.of(v));
    }

    private static void photos(int count, List<RuleViolation> wrong) {
        if (count < MIN_PHOTOS) {
            wrong.add(new RuleViolation("photos", "an ad needs at least one product photo"));
        } else if (count > MAX_PHOTOS) {
            wrong.add(new RuleViolation("photos", "at most " + MAX_PHOTOS + " product photos per ad, not " + count));
        }
    }

    private static void sceneIdeas(List<String> ideas, List<RuleViolation> wrong) {
        if (ideas.size() > SCENES) {
            wrong.add(new RuleViolation("scenes", "at most " + SCENES + " scene ideas (the storyboard has five scenes), not " + ideas.size()));
        }
        for (int i = 0; i < ideas.size(); i++) {
            String idea = ideas.get(i) == null ? "" : ideas.get(i).strip();
            if (idea.isEmpty()) wrong.add(new RuleViolation("scenes[" + i + "].prompt", "scene idea " + (i + 1) + " is empty"));
            else if (idea.length() > MAX_SCENE_IDEA) {
                wrong.add(new RuleViolation("scenes[" + i + "].prompt", "scene idea " + (i + 1) + " is longer than " + MAX_SCENE_IDEA + " characters"));
            }
        }
    }

    /**
     * Scene edits: scenes 1 to 5, each once; a description of 1 to 1000 characters and text of at most
     * 120 when given; lengths for all five scenes or none, each whole frames of at least a second, adding
     * up to the ad's length.
     */
    private static void sceneEdits(List<SceneEdit> edits, int target, List<RuleViolation> wrong) {
        Set<Integer> seen = new HashSet<>();
        double sum = 0;
        int timed = 0;
        for (SceneEdit e : edits) {
            String at = "scenes[" + (e.sceneIndex() - 1) + "]";
            if (e.sceneIndex() < 1 || e.sceneIndex() > SCENES || !seen.add(e.sceneIndex())) {
                wrong.add(new RuleViolation("scenes", "scene numbers must be 1 to " + SCENES + ", each at most once (got "
                        + e.sceneIndex() + ")"));
                continue;
            }
            if (e.description() != null && (e.description().isBlank() || e.description().strip().length() > MAX_SCENE_DESCRIPTION)) {
                wrong.add(new RuleViolation(at + ".description", "scene " + e.sceneIndex() + ": the description must be 1 to "
                        + MAX_SCENE_DESCRIPTION + " characters"));
            }
            if (e.overlayText() != null && e.overlayText().strip().length() > MAX_OVERLAY_TEXT) {
                wrong.add(new RuleViolation(at + ".overlay_text", "scene " + e.sceneIndex() + ": the on-screen text must be at most "
                        + MAX_OVERLAY_TEXT + " characters"));
            }
            if (e.voiceover() != null && e.voiceover().strip().length() > VoiceoverLines.MAX_CHARS) {
                wrong.add(new RuleViolation(at + ".voiceover", "scene " + e.sceneIndex() + ": the voiceover line must be at most "
                        + VoiceoverLines.MAX_CHARS + " characters"));
            }
            if (e.durationSeconds() == null) continue;
            timed++;
            double seconds = e.durationSeconds();
            double frames = seconds * FPS;
            if (!(seconds >= MIN_SCENE_SECONDS - FRAME_TOLERANCE / FPS)) {
                wrong.add(new RuleViolation(at + ".duration_seconds", "scene " + e.sceneIndex() + ": must last at least 1 second"));
            } else if (Math.abs(frames - Math.rint(frames)) > FRAME_TOLERANCE) {
                wrong.add(new RuleViolation(at + ".duration_seconds", "scene " + e.sceneIndex() + ": " + trim(seconds)
                        + " s is not a whole number of frames at 30 fps (use a multiple of 1/30 s, e.g. "
                        + trim(Math.rint(frames) / FPS) + ")"));
            }
            sum += Math.rint(frames);
        }
        if (timed > 0 && timed != SCENES) {
            wrong.add(new RuleViolation("scenes", "give duration_seconds for all " + SCENES + " scenes or for none (" + timed + " given)"));
        } else if (timed == SCENES && Math.abs(sum - target * (double) FPS) > 0.5) {
            wrong.add(new RuleViolation("scenes", "scene durations add up to " + trim(sum / FPS) + " s; they must add up to the ad's "
                    + target + " s"));
        }
    }

    /** Lengths snapped to their whole frame, texts stripped. */
    private static SceneEdit tidy(SceneEdit e) {
        Double seconds = e.durationSeconds() == null ? null : Math.rint(e.durationSeconds() * FPS) / FPS;
        return new SceneEdit(e.sceneIndex(), e.description() == null ? null : e.description().strip(),
                e.overlayText() == null ? null : e.overlayText().strip(), seconds,
                e.voiceover() == null ? null : e.voiceover().strip());
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    static String trim(double d) {
        if (d == Math.rint(d)) return String.valueOf((long) d);
        return String.format(Locale.ROOT, "%.3f", d).replaceAll("0+$", "");
    }
}
