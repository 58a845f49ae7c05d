package video.zapcut.pipeline.stages;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import video.zapcut.ads.StageOutputs.BrandScore;
import video.zapcut.ads.StageOutputs.SceneBrandCheck;
import video.zapcut.ads.StageOutputs.SceneOutput;
import video.zapcut.ai.ImageModel;
import video.zapcut.ai.SceneShot;
import video.zapcut.ai.VideoModel;
import video.zapcut.costs.BudgetExceededException;
import video.zapcut.media.Ffmpeg;
import video.zapcut.pipeline.GenerationContext;

/**
 * The brand check's one retake of a scene. A first take that fails is made again with a prompt that
 * names what failed and the look held harder ({@link BrandRules#RETAKE_STYLE_STRENGTH}). What is made
 * again is what can be wrong: the keyframe is drawn again only when it fails the check itself (offline,
 * and for a still pan, the picture is the keyframe, so it always does when the scene does); the clip is
 * always rendered again from the keyframe in use. Both calls go through the ports, so with vendors the
 * retake is reserved and charged like any call; when the budget refuses it, the first take is kept and
 * flagged and the job goes on. The better take is kept ({@link BrandRules#retakeIsBetter}) and the
 * decision recorded on the scene's output, which is what the continuity check and composition read.
 */
final class SceneRetake {
    private static final Logger log = LoggerFactory.getLogger(SceneRetake.class);
    static final String BUDGET_FLAG = "kept: the budget would be passed by a retake";
    private final ImageModel images;
    private final VideoModel video;
    private final Ffmpeg ffmpeg;

    SceneRetake(ImageModel images, VideoModel video, Ffmpeg ffmpeg) {
        this.images = images;
        this.video = video;
        this.ffmpeg = ffmpeg;
    }

    /** Scores the first take, takes the scene once more when it fails, and returns the take to keep with its record. */
    SceneOutput keepTheBetter(GenerationContext ctx, SceneOutput first, List<String> keyframe) {
        BrandCheck check = BrandCheck.of(ctx);
        BrandScore firstScore = check.score(ctx, first);
        if (firstScore.passed()) return first.withBrand(new SceneBrandCheck(firstScore, null, 1, null, null, List.of(), null));

        int index = first.sceneIndex();
        String reason = String.join("; ", firstScore.failures());
        String correction = BrandCorrection.of(firstScore, check.palette());
        log.info("scene {} fails the brand check ({}); taking it again", index, reason);
        SceneOutput second;
        try {
            List<String> redrawn = null;
            if (!check.score(ctx.local(keyframePng(keyframe))).passed()) {
                redrawn = KeyframesStage.regenerate(ctx, images, index, BrandRules.RETAKE_STYLE_STRENGTH, correction,
                        index == 1 ? null : KeyframesStage.drawn(ctx, index - 1), "keyframes/scene_" + index + SceneStage.RETAKE);
            }
            SceneShot shot = SceneStage.shot(ctx, index, BrandRules.RETAKE_STYLE_STRENGTH).withCorrection(correction);
            second = SceneStage.render(ctx, video, ffmpeg, shot, redrawn != null ? redrawn : keyframe, SceneStage.RETAKE);
            if (redrawn != null) second = second.withKeyframeFiles(redrawn);
        } catch (BudgetExceededException e) {
            log.info("scene {}: no retake, {}", index, e.getMessage());
            return first.withBrand(new SceneBrandCheck(firstScore, null, 1, reason, correction,
                    List.of(BUDGET_FLAG + " (" + e.getMessage() + ")"), null));
        }

        BrandScore secondScore = check.score(ctx, second);
        boolean keepRetake = BrandRules.retakeIsBetter(firstScore, secondScore);
        BrandScore kept = keepRetake ? secondScore : firstScore;
        List<String> flags = new ArrayList<>();
        if (!keepRetake) flags.add("kept the first take: the retake scored no better (" + secondScore.score() + ")");
        if (!kept.passed()) flags.add("the kept take still fails the brand check: " + String.join("; ", kept.failures()));
        log.info("scene {}: first take {}, retake {}; keeping take {}", index, firstScore.score(), secondScore.score(),
                keepRetake ? 2 : 1);
        return (keepRetake ? second : first).withBrand(new SceneBrandCheck(firstScore, secondScore, keepRetake ? 2 : 1, reason,
                correction, flags, null));
    }

    private static String keyframePng(List<String> files) {
        return files.stream().filter(u -> u.endsWith("/keyframe.png")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the keyframe has no keyframe.png"));
    }
}
