package video.zapcut.pipeline.stages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import video.zapcut.agents.PromptPlan;
import video.zapcut.agents.ScenePrompt;
import video.zapcut.agents.Storyboard;
import video.zapcut.ai.ImageModel;
import video.zapcut.ai.ProductImages;
import video.zapcut.ai.SceneShot;
import video.zapcut.ai.VisualStyleSpec;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;
import video.zapcut.ads.StageOutputs.BibleOutput;
import video.zapcut.ads.StageOutputs.KeyframesOutput;
import video.zapcut.ads.StageOutputs.ReferenceOutput;

/**
 * One still per scene, each conditioned on the previous scene's keyframe. Continuity is decided
 * here, on cheap stills, so the expensive clips can then render in parallel.
 */
public final class KeyframesStage implements StageHandler<KeyframesOutput> {
    private final ImageModel images;

    public KeyframesStage(ImageModel images) { this.images = images; }

    @Override
    public Stage stage() { return Stage.KEYFRAMES; }

    @Override
    public KeyframesOutput run(GenerationContext ctx) {
        BibleOutput bible = ctx.output(Stage.CREATIVE_BIBLE, BibleOutput.class);
        Storyboard board = ctx.output(Stage.STORYBOARD, Storyboard.class);
        PromptPlan plan = ctx.output(Stage.PROMPT_SYNTHESIS, PromptPlan.class);
        Map<String, Path> refs = references(ctx);
        ProductImages product = Products.of(ctx, bible);
        VisualStyleSpec style = Shots.style(bible.bible());

        // A revision draws only the scenes it changes; the others are the parent's, file for file.
        KeyframesOutput parent = ctx.parentOutput(Stage.KEYFRAMES, KeyframesOutput.class);
        List<Integer> redraw = parent == null ? null : ctx.revision().plan().remadeScenes();
        Map<String, List<String>> files = new LinkedHashMap<>();
        Map<String, String> keyframes = new LinkedHashMap<>();
        Path previous = null;
        for (int i = 1; i <= board.scenes().size(); i++) {
            String scene = "scene_" + i;
            if (redraw != null && !redraw.contains(i)) {
                files.put(scene, parent.files().get(scene));
                keyframes.put(scene, parent.keyframes().get(scene));
                previous = null;
                continue;
            }
            // Each still is conditioned on the one before it, drawn now or the parent's.
            if (previous == null && i > 1) previous = restore(ctx, files.get("scene_" + (i - 1)), ctx.work("keyframes/previous_" + i));
            SceneShot shot = Shots.shot(board, plan, i, ctx.brief().aspect());
            Path dir = ctx.work("keyframes/" + scene);
            images.keyframe(shot, product, style, refs, previous, dir);
            List<String> uris = storeDir(ctx, dir, "keyframes/" + scene);
            files.put(scene, uris);
            keyframes.put(scene, uris.stream().filter(u -> u.endsWith("/keyframe.png")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("image model wrote no keyframe.png")));
            previous = dir;
        }
        List<ScenePrompt> withImages = new ArrayList<>();
        for (ScenePrompt p : plan.scenes()) {
            withImages.add(p.withImages(keyframes.get("scene_" + p.sceneIndex()),
                    ctx.output(Stage.REFERENCE_IMAGES, ReferenceOutput.class).images().get(p.referenceImage())));
        }
        return new KeyframesOutput(files, keyframes, images.provider(), withImages);
    }

    /**
     * Draws scene {@code index}'s keyframe again, holding the previous keyframe's look with
     * {@code styleStrength} and asking for {@code correction} besides the scene's prompt (null for none),
     * and stores it under this ad's {@code prefix} (a revision's keyframes may be its parent's, which stay
     * as they are). Returns the new files' uris.
     *
     * @param previous the files of the keyframe the redraw continues from (the previous scene's), or null
     *                 for the first scene
     */
    static List<String> regenerate(GenerationContext ctx, ImageModel images, int index, double styleStrength, String correction,
                                   List<String> previous, String prefix) {
        BibleOutput bible = ctx.output(Stage.CREATIVE_BIBLE, BibleOutput.class);
        Storyboard board = ctx.output(Stage.STORYBOARD, Storyboard.class);
        PromptPlan plan = ctx.output(Stage.PROMPT_SYNTHESIS, PromptPlan.class);
        Path previousDir = index == 1 || previous == null ? null : restore(ctx, previous, ctx.work("redraw/" + prefix + "/previous"));
        SceneShot shot = Shots.shot(board, plan, index, ctx.brief().aspect()).withStyleStrength(styleStrength).withCorrection(correction);
        Path dir = ctx.work("redraw/" + prefix + "/keyframe");
        images.keyframe(shot, Products.of(ctx, bible), Shots.style(bible.bible()), references(ctx), previousDir, dir);
        return storeDir(ctx, dir, prefix);
    }

    /** The files of the keyframe the keyframe stage drew for scene {@code index}. */
    static List<String> drawn(GenerationContext ctx, int index) {
        return ctx.output(Stage.KEYFRAMES, KeyframesOutput.class).files().get("scene_" + index);
    }

    static Map<String, Path> references(GenerationContext ctx) {
        Map<String, Path> refs = new LinkedHashMap<>();
        ctx.output(Stage.REFERENCE_IMAGES, ReferenceOutput.class).images().forEach((role, uri) -> refs.put(role, ctx.local(uri)));
        return refs;
    }

    static List<String> storeDir(GenerationContext ctx, Path dir, String prefix) {
        List<String> uris = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                uris.add(ctx.store(ctx.adKey(prefix + "/" + f.getFileName()), f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uris;
    }

    /** Restores a scene's keyframe directory from the blob store into {@code dir}. */
    static Path restore(GenerationContext ctx, List<String> uris, Path dir) {
        for (String uri : uris) ctx.fetch(uri, dir, uri.substring(uri.lastIndexOf('/') + 1));
        return dir;
    }
}
