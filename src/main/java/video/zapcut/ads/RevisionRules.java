package video.zapcut.ads;

import video.zapcut.agents.VoiceoverLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import video.zapcut.agents.CreativeBible;
import video.zapcut.agents.Scene;
import video.zapcut.agents.Storyboard;
import video.zapcut.agents.VariantAngles;

/**
 * The rules of a revision, in one place (the API, the command line and the studio ask here): which
 * scenes, which texts and lengths are allowed, and what the revised order is. Every broken rule is
 * reported at once, as {@link OrderRules} does for a new order; the revised order is then checked by
 * {@link OrderRules} too.
 */
public final class RevisionRules {
    public static final int MAX_MOOD = 100;

    private RevisionRules() {}

    /** A revision that passed the rules: the child's order and the revision as it will be stored. */
    public record Revised(Order order, Revision revision, List<Double> sceneSeconds) {}

    /**
     * Checks {@code r} against the parent's order, bible and final storyboard and writes the revised
     * order: the parent's, with the parent's bible and storyboard as the approved plan (so no agent
     * writes them again) and the changes as scene edits. A new creative direction drops the approved
     * plan: the bible and storyboard are written again for it.
     */
    public static Revised check(Order parent, CreativeBible bible, Storyboard board, Revision r) {
        List<RuleViolation> wrong = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        List<Revision.SceneChange> tidy = new ArrayList<>();
        int count = board.scenes().size();
        for (int i = 0; i < r.scenes().size(); i++) {
            Revision.SceneChange c = r.scenes().get(i);
            String at = "scenes[" + i + "]";
            if (c.sceneNumber() < 1 || c.sceneNumber() > count || !seen.add(c.sceneNumber())) {
                wrong.add(new RuleViolation(at + ".scene_number", "scene_number must be 1 to " + count + ", each at most once (got "
                        + c.sceneNumber() + ")"));
                continue;
            }
            if (c.empty()) {
                wrong.add(new RuleViolation(at, "scene " + c.sceneNumber() + ": nothing to change (give overlay_text, "
                        + "visual_description, prompt, voiceover or duration_seconds)"));
                continue;
            }
            text(c.overlayText(), 0, OrderRules.MAX_OVERLAY_TEXT, at + ".overlay_text", "scene " + c.sceneNumber() + ": the on-screen text", wrong);
            text(c.visualDescription(), 1, OrderRules.MAX_SCENE_DESCRIPTION, at + ".visual_description",
                    "scene " + c.sceneNumber() + ": the visual description", wrong);
            text(c.prompt(), 1, OrderRules.MAX_SCENE_DESCRIPTION, at + ".prompt", "scene " + c.sceneNumber() + ": the prompt", wrong);
            text(c.voiceover(), 0, VoiceoverLines.MAX_CHARS, at + ".voiceover", "scene " + c.sceneNumber() + ": the voiceover line", wrong);
            if (c.durationSeconds() != null) {
                double frames = c.durationSeconds() * OrderRules.FPS;
                if (!(c.durationSeconds() >= OrderRules.MIN_SCENE_SECONDS) || Math.abs(frames - Math.rint(frames)) > 1e-4) {
                    wrong.add(new RuleViolation(at + ".duration_seconds", "scene " + c.sceneNumber()
                            + ": must last at least 1 second, in whole frames at 30 fps (a multiple of 1/30 s)"));
                }
            }
            if (c.angle() != null) {
                List<String> angles = anglesFor(board.scenes().get(c.sceneNumber() - 1).roleInStory());
                if (!angles.contains(c.angle())) {
                    wrong.add(new RuleViolation(at + ".angle", angles.isEmpty()
                            ? "scene " + c.sceneNumber() + " cannot be rewritten from an angle: only the opening and the call to action can"
                            : "scene " + c.sceneNumber() + ": the angle must be one of " + String.join(", ", angles)));
                }
            }
            tidy.add(new Revision.SceneChange(c.sceneNumber(), strip(c.overlayText()), strip(c.visualDescription()),
                    strip(c.prompt()), c.durationSeconds() == null ? null : Math.rint(c.durationSeconds() * OrderRules.FPS) / OrderRules.FPS,
                    c.angle(), strip(c.voiceover())));
        }
        Revision.MusicChange music = r.music();
        if (music != null) {
            if (music.mood() != null) text(music.mood(), 1, MAX_MOOD, "music.mood", "the music's mood", wrong);
            if (music.mood() == null && !music.composedAgain()) {
                wrong.add(new RuleViolation("music", "give music.mood, or music.regenerate: true to compose the soundtrack again"));
            }
            music = new Revision.MusicChange(strip(music.mood()), music.composedAgain() || music.mood() != null);
        }
        String direction = r.creativeDirection() == null ? null : r.creativeDirection().strip();
        if (direction != null) text(direction, 1, OrderRules.MAX_DIRECTION, "creative_direction", "the creative direction", wrong);
        if (r.scenes().isEmpty() && music == null && direction == null && r.aspect() == null) {
            wrong.add(new RuleViolation("request", "the revision changes nothing: give scenes, music or creative_direction"));
        }
        if (!wrong.isEmpty()) throw new OrderRejectedException(wrong);

        List<Double> seconds = lengths(board, tidy, r.rebalance(), parent.durationSeconds(), wrong);
        // A line must fit its scene at a natural pace (the voice stage then checks the spoken length).
        for (Revision.SceneChange c : tidy) {
            if (c.voiceover() == null || c.voiceover().isEmpty()) continue;
            double sceneSeconds = seconds.get(c.sceneNumber() - 1);
            int words = VoiceoverLines.words(c.voiceover()), budget = VoiceoverLines.wordBudget(sceneSeconds);
            if (words > budget) {
                wrong.add(new RuleViolation("scenes[" + r.scenes().indexOf(find(r.scenes(), c.sceneNumber())) + "].voiceover", "scene "
                        + c.sceneNumber() + ": the line has " + words + " words; a " + OrderRules.trim(sceneSeconds) + " s scene fits "
                        + (budget == 0 ? "none (it is too short to speak over)" : "at most " + budget) + " said at a natural pace"));
            }
        }
        if (!wrong.isEmpty()) throw new OrderRejectedException(wrong);
        boolean retimed = false;
        for (int i = 0; i < count; i++) retimed |= Math.abs(seconds.get(i) - board.scenes().get(i).durationSeconds()) > 1e-6;
        List<SceneEdit> edits = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            Revision.SceneChange c = find(tidy, n);
            SceneEdit e = new SceneEdit(n, c == null ? null : c.visualDescription(), c == null ? null : c.overlayText(),
                    retimed ? seconds.get(n - 1) : null, c == null ? null : c.voiceover());
            if (!e.empty()) edits.add(e);
        }
        Order.Plan plan = direction != null ? null : new Order.Plan(bible, board);
        video.zapcut.common.AspectRatio aspect = r.aspect() == null ? parent.aspect() : OrderRules.aspect(r.aspect());
        Order child = OrderRules.check(new Order(parent.projectId(), parent.brief(), parent.productName(),
                direction != null ? direction : parent.creativeDirection(), parent.durationSeconds(), aspect,
                parent.sceneIdeas(), parent.photos(), edits, parent.reuseBibleId(), parent.budgetCents(), parent.facts(), plan, parent.sound()));
        return new Revised(child, new Revision(r.parentAdId(), tidy, music, direction, r.rebalance(), r.label(), null,
                r.aspect() == null ? null : aspect.label()), seconds);
    }

    /**
     * The scenes' lengths after the change. When they no longer add up to the ad's length, {@code rebalance}
     * spreads the difference over the scenes not given a length, in whole frames, keeping each at least a second.
     */
    private static List<Double> lengths(Storyboard board, List<Revision.SceneChange> changes, boolean rebalance, int target,
                                        List<RuleViolation> wrong) {
        int n = board.scenes().size();
        long[] frames = new long[n];
        boolean[] fixed = new boolean[n];
        for (Scene s : board.scenes()) frames[s.sceneIndex() - 1] = Math.round(s.durationSeconds() * OrderRules.FPS);
        for (Revision.SceneChange c : changes) {
            if (c.durationSeconds() == null) continue;
            frames[c.sceneNumber() - 1] = Math.round(c.durationSeconds() * OrderRules.FPS);
            fixed[c.sceneNumber() - 1] = true;
        }
        long want = (long) target * OrderRules.FPS, sum = 0, free = 0;
        for (int i = 0; i < n; i++) {
            sum += frames[i];
            if (!fixed[i]) free += frames[i];
        }
        if (sum != want && !rebalance) {
            wrong.add(new RuleViolation("scenes", "scene lengths would add up to " + OrderRules.trim(sum / (double) OrderRules.FPS)
                    + " s; the ad is " + target + " s: change the other scenes' lengths too, or send rebalance: true to let "
                    + "the scenes you did not time absorb the difference"));
        } else if (sum != want) {
            long spare = want - (sum - free);
            long min = (long) (OrderRules.MIN_SCENE_SECONDS * OrderRules.FPS);
            int unfixed = 0;
            for (boolean f : fixed) if (!f) unfixed++;
            if (unfixed == 0 || spare < unfixed * min) {
                wrong.add(new RuleViolation("scenes", "the scenes you timed take " + OrderRules.trim((sum - free) / (double) OrderRules.FPS)
                        + " s of the ad's " + target + " s, leaving too little for the other " + unfixed + " scene(s) (at least 1 s each)"));
            } else {
                // Proportional shares in whole frames; the rounding remainder goes to the longest free scenes.
                long given = 0;
                for (int i = 0; i < n; i++) {
                    if (fixed[i]) continue;
                    frames[i] = Math.max(min, spare * frames[i] / Math.max(1, free));
                    given += frames[i];
                }
                for (int i = 0; given != spare; i = (i + 1) % n) {
                    if (fixed[i]) continue;
                    long step = given < spare ? 1 : (frames[i] > min ? -1 : 0);
                    frames[i] += step;
                    given += step;
                }
            }
        }
        List<Double> out = new ArrayList<>();
        for (long f : frames) out.add(f / (double) OrderRules.FPS);
        return out;
    }

    /** The angles a scene of this role can be rewritten from: openings for the setup, calls to action for the end. */
    public static List<String> anglesFor(String role) {
        return switch (role == null ? "" : role) {
            case "setup" -> VariantAngles.HOOKS;
            case "cta" -> VariantAngles.CTAS;
            default -> List.of();
        };
    }

    private static Revision.SceneChange find(List<Revision.SceneChange> changes, int n) {
        return changes.stream().filter(c -> c.sceneNumber() == n).findFirst().orElse(null);
    }

    private static void text(String value, int min, int max, String field, String what, List<RuleViolation> wrong) {
        if (value == null) return;
        int length = value.strip().length();
        if (length < min || length > max) {
            wrong.add(new RuleViolation(field, what + " must be " + (min == 0 ? "at most " + max : min + " to " + max) + " characters"));
        }
    }

    private static String strip(String s) { return s == null ? null : s.strip(); }
}
