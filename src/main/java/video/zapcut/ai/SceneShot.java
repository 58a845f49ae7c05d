package video.zapcut.ai;

import video.zapcut.common.AspectRatio;
import video.zapcut.common.CameraMove;
import video.zapcut.media.scene.SceneSpec;

/**
 * One scene to render, with its prompt and the shot parameters.
 *
 * @param role          setup | exploration | climax | cta
 * @param reference     which reference image the scene follows (hero, detail, lifestyle, alternate)
 * @param styleStrength 0..1, how hard to hold the previous keyframe's look
 */
public record SceneShot(int index, String role, String reference, String prompt, String negativePrompt,
                        CameraMove move, String emotionTone, double durationSeconds, double motionStrength,
                        double styleStrength, long seed, AspectRatio aspect) {

    /** The shot in the local renderers' terms. */
    public SceneSpec toSceneSpec() {
        return new SceneSpec(index, role, move, emotionTone, durationSeconds, motionStrength, styleStrength, seed);
    }

    /** The same shot, rendered {@code seconds} longer (room for the transitions around it). */
    public SceneShot withExtraSeconds(double seconds) {
        return new SceneShot(index, role, reference, prompt, negativePrompt, move, emotionTone, durationSeconds + seconds,
                motionStrength, styleStrength, seed, aspect);
    }

    /** The same shot with {@code correction} added to its prompt (a retake that says what the first take got wrong). */
    public SceneShot withCorrection(String correction) {
        if (correction == null || correction.isBlank()) return this;
        return new SceneShot(index, role, reference, prompt + " " + correction, negativePrompt, move, emotionTone, durationSeconds,
                motionStrength, styleStrength, seed, aspect);
    }

    public SceneShot withStyleStrength(double strength) {
        return new SceneShot(index, role, reference, prompt, negativePrompt, move, emotionTone, durationSeconds,
                motionStrength, strength, seed, aspect);
    }
}
