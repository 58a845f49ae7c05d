package video.zapcut.media.scene;

import video.zapcut.common.CameraMove;

/**
 * One storyboard scene, as the local renderers see it.
 *
 * @param index           1-based scene number
 * @param role            setup | exploration | climax | cta
 * @param move            the camera move to perform
 * @param emotionTone     free words such as "calm, inviting" or "bold, triumphant"; drive the grade
 * @param durationSeconds how long the clip must be
 * @param motionStrength  0..1, from the bible's energy level; scales how far the camera travels
 * @param styleStrength   0..1; higher pulls the scene's colors harder toward the previous keyframe
 * @param seed            deterministic seed for any randomness (project seed + scene index)
 */
public record SceneSpec(int index, String role, CameraMove move, String emotionTone, double durationSeconds,
                        double motionStrength, double styleStrength, long seed) {}
