package video.zapcut.agents;

/**
 * A generation prompt for one scene, in the seed's structure and with its parameters.
 * {@code input_image_url} is the scene's keyframe (set once keyframes exist) and
 * {@code aux_seed_image_url} the creative bible's reference image the scene follows.
 */
public record ScenePrompt(int sceneIndex, String prompt, String negativePrompt, double duration, int fps,
                          String resolution, String aspectRatio, long seed, double guidanceScale,
                          double styleStrength, double motionStrength, String referenceImage,
                          String inputImageUrl, String auxSeedImageUrl) {

    public ScenePrompt withImages(String inputImage, String auxImage) {
        return new ScenePrompt(sceneIndex, prompt, negativePrompt, duration, fps, resolution, aspectRatio, seed,
                guidanceScale, styleStrength, motionStrength, referenceImage, inputImage, auxImage);
    }

    /** The same prompt drawn with another seed (a scene made again is a new picture, not the old one again). */
    public ScenePrompt withSeed(long newSeed) {
        return new ScenePrompt(sceneIndex, prompt, negativePrompt, duration, fps, resolution, aspectRatio, newSeed,
                guidanceScale, styleStrength, motionStrength, referenceImage, inputImageUrl, auxSeedImageUrl);
    }

    /** The same prompt in another delivery format. */
    public ScenePrompt inFormat(String aspect, String size) {
        return new ScenePrompt(sceneIndex, prompt, negativePrompt, duration, fps, size, aspect, seed,
                guidanceScale, styleStrength, motionStrength, referenceImage, inputImageUrl, auxSeedImageUrl);
    }

    /** The same prompt for a scene whose length changed. */
    public ScenePrompt withDuration(double seconds) {
        return new ScenePrompt(sceneIndex, prompt, negativePrompt, seconds, fps, resolution, aspectRatio, seed,
                guidanceScale, styleStrength, motionStrength, referenceImage, inputImageUrl, auxSeedImageUrl);
    }

    /** The same scene with its prompt as a user wrote it. */
    public ScenePrompt withPrompt(String written) {
        return new ScenePrompt(sceneIndex, written, negativePrompt, duration, fps, resolution, aspectRatio, seed,
                guidanceScale, styleStrength, motionStrength, referenceImage, inputImageUrl, auxSeedImageUrl);
    }

    public ScenePrompt withStyleStrength(double strength, String continuityNote) {
        return new ScenePrompt(sceneIndex, prompt + " " + continuityNote, negativePrompt, duration, fps, resolution,
                aspectRatio, seed, guidanceScale, strength, motionStrength, referenceImage, inputImageUrl, auxSeedImageUrl);
    }
}
