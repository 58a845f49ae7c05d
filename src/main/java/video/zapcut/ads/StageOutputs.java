package video.zapcut.ads;

import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import video.zapcut.agents.BriefFacts;
import video.zapcut.agents.CreativeBible;
import video.zapcut.agents.ScenePrompt;
import video.zapcut.media.Loudness;
import video.zapcut.media.MediaInfo;
import video.zapcut.media.Segment;

/**
 * The outputs of the generation's stages that are not already one agent record (the storyboard, the
 * safety verdict and the prompt plan are): the parts an ad is made of. Stages return them, {@link Ads}
 * keeps them as the ad's checkpoints and fills the ad's columns from them.
 */
public final class StageOutputs {
    private StageOutputs() {}

    /**
     * @param paletteSource "photos" when the colors were measured on product photos, else "brief"
     * @param photoUris     the product photos the ad uses (blob uris)
     * @param cutoutUri     the main photo without its background (blob uri), or null without photos
     * @param reused        the ad reuses an existing bible of its project (reuse_creative_bible_id): the
     *                      bible and its reference images were loaded, not made
     */
    public record BibleOutput(UUID creativeBibleId, String name, CreativeBible bible, BriefFacts facts,
                              String paletteSource, List<String> photoUris, String cutoutUri, String provider,
                              boolean reused) {
        public BibleOutput(UUID creativeBibleId, String name, CreativeBible bible, BriefFacts facts,
                           String paletteSource, List<String> photoUris, String cutoutUri, String provider) {
            this(creativeBibleId, name, bible, facts, paletteSource, photoUris, cutoutUri, provider, false);
        }
    }

    public record ReferenceOutput(Map<String, String> images, String provider) {}

    /**
     * Per scene (key "scene_N"), the blob uris of the files its keyframe consists of, the keyframe
     * itself, and the scene prompts with their keyframe and reference image filled in.
     */
    public record KeyframesOutput(Map<String, List<String>> files, Map<String, String> keyframes, String provider,
                                  List<ScenePrompt> prompts) {}

    /**
     * A finished scene: a rendered clip ({@code clipUri}), or, when {@code clipUri} is null, a shot
     * composition renders from the keyframe's layers. {@code firstFrameUri} and {@code lastFrameUri}
     * are what the viewer sees on each side of the scene's cuts, for the continuity check;
     * {@code middleFrameUri} the frame halfway, which the brand check also scores (null in checkpoints
     * made before the brand check).
     *
     * @param keyframeFiles the files of the keyframe this scene was rendered from when the brand check
     *                      drew it again, or null when it is the keyframe stage's
     * @param brand         the brand check of the scene, or null (checkpoints made before it)
     */
    public record SceneOutput(int sceneIndex, String clipUri, double durationSeconds, double styleStrength, String provider,
                              String firstFrameUri, String lastFrameUri, String middleFrameUri, List<String> keyframeFiles,
                              SceneBrandCheck brand) {
        public SceneOutput(int sceneIndex, String clipUri, double durationSeconds, double styleStrength, String provider,
                           String firstFrameUri, String lastFrameUri) {
            this(sceneIndex, clipUri, durationSeconds, styleStrength, provider, firstFrameUri, lastFrameUri, null, null, null);
        }

        public SceneOutput withBrand(SceneBrandCheck check) {
            return new SceneOutput(sceneIndex, clipUri, durationSeconds, styleStrength, provider, firstFrameUri, lastFrameUri,
                    middleFrameUri, keyframeFiles, check);
        }

        public SceneOutput withKeyframeFiles(List<String> files) {
            return new SceneOutput(sceneIndex, clipUri, durationSeconds, styleStrength, provider, firstFrameUri, lastFrameUri,
                    middleFrameUri, files, brand);
        }

        /** The frames the brand check scores: first, middle (when recorded) and last. */
        public List<String> frameUris() {
            return middleFrameUri == null ? List.of(firstFrameUri, lastFrameUri) : List.of(firstFrameUri, middleFrameUri, lastFrameUri);
        }
    }

    /**
     * How one take of a scene keeps to the creative bible (see the pipeline's BrandRules for the measures
     * and thresholds).
     *
     * @param paletteAdherence share (0..1) of the frames' pixels near a bible colour, averaged over the frames
     * @param productMatch     0..1, how plainly the best frame shows the uploaded product; null without a photo
     * @param score            the two combined, 0..1: what decides which take is kept
     * @param passed           both measures reach their thresholds
     * @param failures         what fell short, in words (empty when passed)
     * @param productBox       where the product was seen: the union of its best windows in the frames that show
     *                         it, as {x, y, width, height} in the ad's frame; null when no frame does (or no photo)
     */
    public record BrandScore(double paletteAdherence, Double productMatch, double score, boolean passed, List<String> failures,
                             int[] productBox) {
        public BrandScore {
            failures = failures == null ? List.of() : List.copyOf(failures);
        }

        public BrandScore(double paletteAdherence, Double productMatch, double score, boolean passed, List<String> failures) {
            this(paletteAdherence, productMatch, score, passed, failures, null);
        }

        /** The same score, with where the product was seen (null: nowhere). */
        public BrandScore seenAt(Rectangle box) {
            return new BrandScore(paletteAdherence, productMatch, score, passed, failures,
                    box == null ? null : new int[] {box.x, box.y, box.width, box.height});
        }

        /** {@link #productBox} as a rectangle, or null. */
        public Rectangle productBounds() {
            return productBox == null ? null : new Rectangle(productBox[0], productBox[1], productBox[2], productBox[3]);
        }
    }

    /**
     * The brand check of one scene. A scene whose first take fails is taken once more with a prompt
     * that names what failed, and the better take is kept.
     *
     * @param first       the first take's score
     * @param retake      the second take's score, or null when there was none
     * @param keptAttempt 1 or 2: the take the ad uses
     * @param reason      why the scene was taken again (the first take's failures), or null when it passed
     * @param correction  what the second take was asked for in addition to the scene's prompt, or null
     * @param flags       what the user should know: a failing take kept (the budget refused the retake, or
     *                    the retake was no better), a continuity re-render after the check
     * @param rerender    the score of the continuity check's re-render of this scene, which the ad shows
     *                    instead of the kept take, or null
     */
    public record SceneBrandCheck(BrandScore first, BrandScore retake, int keptAttempt, String reason, String correction,
                                  List<String> flags, BrandScore rerender) {
        public SceneBrandCheck {
            flags = flags == null ? List.of() : List.copyOf(flags);
        }

        /** The score of what the ad shows: the continuity re-render's when there is one, else the kept take's. */
        public BrandScore shown() {
            if (rerender != null) return rerender;
            return keptAttempt == 2 && retake != null ? retake : first;
        }

        public boolean regenerated() { return retake != null; }

        /** The same check, for the scene as the continuity check rendered it again ({@code flag} null for none). */
        public SceneBrandCheck rerendered(BrandScore score, String flag) {
            List<String> more = new java.util.ArrayList<>(flags);
            if (flag != null) more.add(flag);
            return new SceneBrandCheck(first, retake, keptAttempt, reason, correction, more, score);
        }
    }

    public record MusicOutput(String rawUri, String masteredUri, int bpm, String mode, Loudness loudness,
                              String provider) {}

    /**
     * The ad's voiceover: one spoken line per speaking scene (none when the ad does not speak).
     *
     * @param provider who spoke it ("local", "openai", "elevenlabs"), or "none"
     * @param model    the voice engine or model
     * @param voice    the voice used, as the provider names it
     * @param dropped  the scenes whose line could not be made to fit even shortened (they breathe), in words
     */
    public record VoiceoverOutput(List<VoiceLine> lines, String provider, String model, String voice, List<String> dropped) {
        public VoiceoverOutput {
            lines = lines == null ? List.of() : List.copyOf(lines);
            dropped = dropped == null ? List.of() : List.copyOf(dropped);
        }

        public static VoiceoverOutput silent() { return new VoiceoverOutput(List.of(), "none", "none", null, List.of()); }

        public java.util.Optional<VoiceLine> line(int sceneIndex) {
            return lines.stream().filter(l -> l.sceneIndex() == sceneIndex).findFirst();
        }
    }

    /**
     * One scene's spoken line as said: the text (after any shortening to fit), the audio, where it starts
     * in its scene, how long the file is, and each written word's time, in seconds from the start of the
     * file. {@code attempts} is how many times it was synthesised before it fitted; {@code asked} the line
     * as the storyboard had it when that differs from what was spoken (shortened to fit).
     */
    public record VoiceLine(int sceneIndex, String text, String audioUri, double offsetInScene, double seconds,
                            List<TimedWord> words, int attempts, String asked) {
        /** When the last word ends, from the start of the file. */
        public double spokenEnd() { return words.isEmpty() ? 0 : words.getLast().end(); }
    }

    /** A written word and when it is heard. */
    public record TimedWord(String text, double start, double end) {}

    /**
     * One cut's continuity: the color-histogram distance (0 same .. 1 disjoint) between the last
     * frame before the cut and the first after, and each side's palette adherence.
     */
    public record CutCheck(int fromScene, int toScene, double histogramDistance, double paletteAdherenceBefore,
                           double paletteAdherenceAfter) {}

    /**
     * @param clipUris the scenes' rendered clips in order (vendor scenes; local scenes render in composition)
     * @param rerender the scene rendered again because its cut drifted (it replaces that scene's own output), or null
     * @param rerenderKeyframe the files of that scene's keyframe as drawn again (null before version 11 of the
     *                         schema, when it was drawn over the keyframe stage's own files)
     * @param rerenderSkipped  why a drifting cut's scene was not rendered again (the budget would be passed), or null
     */
    public record ContinuityOutput(List<CutCheck> cuts, double threshold, Integer rerenderedScene,
                                   Double distanceBeforeRerender, String method, List<String> clipUris, SceneOutput rerender,
                                   List<String> rerenderKeyframe, String rerenderSkipped) {}

    /**
     * @param blackStretches  [start, end] seconds of near-black picture found while composing
     * @param frozenStretches [start, end] seconds of unchanging picture found while composing
     * @param sampledFrames   small frames sampled every few seconds while composing (blob uris)
     * @param resolution      width x height of the file, e.g. 1920x1080
     * @param providers       which provider made each capability's part (text, image, video, music)
     * @param segments        the stretches the picture was encoded in, each with its content's fingerprint: a
     *                        revision copies the ones whose fingerprint it shares and encodes only the others
     * @param audioFingerprint the soundtrack's, likewise
     * @param framesEncoded   how many frames this composition encoded (the rest were copied from the revised ad)
     */
    public record CompositionOutput(String videoUri, String thumbnailUri, long sizeBytes, double durationSeconds,
                                    String transition, List<double[]> blackStretches, List<double[]> frozenStretches,
                                    List<String> sampledFrames, String resolution, Map<String, String> providers,
                                    SafeAreaCheck safeArea, List<Segment> segments, String audioFingerprint,
                                    Integer framesEncoded, SpokenWords spoken, Map<Integer, Double> textContrast) {}

    /**
     * What the ad says and shows of it: the voice stem as placed and leveled (for checks), the voice's
     * smallest lead over the ducked music while it speaks (dB), the caption files (null when the order
     * asked for none), how many cues, and whether they are burned into the picture. Null for an ad
     * without a voice.
     */
    public record SpokenWords(String voiceStemUri, double voiceLeadDb, String srtUri, String vttUri, int cues, boolean burned) {}

    /**
     * Where the ad's text sits against its format's safe area (title-safe, and in 9:16 clear of the
     * platforms' top bar, bottom caption zone and right-hand buttons).
     *
     * @param area      the safe area as [x, y, width, height] in pixels
     * @param textBoxes each text layer as [x, y, width, height] (overlays, then each scene's caption place)
     * @param outside   how many text layers reach outside the area
     * @param boxScenes the scene each text layer belongs to, in the order of {@code textBoxes} (null in records
     *                  made before issue 18)
     */
    public record SafeAreaCheck(String format, int[] area, List<int[]> textBoxes, int outside, List<Integer> boxScenes) {
        /** Whether every text layer of {@code scene} is inside the area; null when the scene has none (or is not known). */
        public Boolean sceneInside(int scene) {
            if (boxScenes == null) return null;
            Boolean inside = null;
            Rectangle safe = new Rectangle(area[0], area[1], area[2], area[3]);
            for (int i = 0; i < textBoxes.size() && i < boxScenes.size(); i++) {
                if (boxScenes.get(i) != scene) continue;
                int[] b = textBoxes.get(i);
                inside = (inside == null || inside) && safe.contains(new Rectangle(b[0], b[1], b[2], b[3]));
            }
            return inside;
        }

        /** Whether scene {@code scene}'s text layers all keep off {@code product}; null when it has none or no product is given. */
        public Boolean sceneClearOf(int scene, Rectangle product) {
            if (product == null || boxScenes == null) return null;
            Boolean clear = null;
            for (int i = 0; i < textBoxes.size() && i < boxScenes.size(); i++) {
                if (boxScenes.get(i) != scene) continue;
                int[] b = textBoxes.get(i);
                clear = (clear == null || clear) && !product.intersects(new Rectangle(b[0], b[1], b[2], b[3]));
            }
            return clear;
        }
    }

    /**
     * The quality record stored with the ad.
     *
     * @param paletteAdherence fraction of sampled pixels within deltaE 25 of a bible color, averaged over frames
     * @param scenes           each scene's brand check (empty for ads made before it)
     */
    public record QualityReport(MediaInfo probe, Loudness loudness, double targetLufs, double paletteAdherence,
                                List<double[]> blackStretches, List<double[]> frozenStretches, int framesSampled,
                                double durationErrorFrames, List<String> warnings, SafeAreaCheck safeArea,
                                List<SceneQuality> scenes) {}

    /**
     * One scene's brand check as the quality record shows it: the scores of what the ad shows, whether the
     * scene was taken again, which take was kept and why, and its flags (each flag is also a warning).
     *
     * @param textInSafeArea       whether the scene's text layers (overlay and captions) all sit in the format's safe
     *                             area; null for a scene without text. Their legibility is the renderers' rule: a
     *                             scrim or box where the picture needs one, at 4.5:1 or better.
     * @param productBox           where what the ad shows has the product ({x, y, width, height}), or null
     * @param textClearOfProduct   whether the scene's text layers all keep off {@code productBox}; null without text
     *                             or where the place was not measured (Zapcut's own scenes keep it by their layout)
     * @param textContrast         the WCAG contrast of the scene's least legible text layer, measured on the
     *                             finished ad's frames; null without text (or in records made before it)
     */
    public record SceneQuality(int scene, double paletteAdherence, Double productMatch, double score, boolean passed,
                               boolean regenerated, int keptAttempt, String reason, List<String> flags,
                               BrandScore firstAttempt, BrandScore secondAttempt, Boolean textInSafeArea, int[] productBox,
                               Boolean textClearOfProduct, Double textContrast) {}
}
