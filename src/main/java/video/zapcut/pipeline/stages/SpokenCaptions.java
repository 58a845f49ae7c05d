package video.zapcut.pipeline.stages;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import video.zapcut.ads.StageOutputs.TimedWord;
import video.zapcut.ads.StageOutputs.VoiceLine;
import video.zapcut.ads.StageOutputs.VoiceoverOutput;
import video.zapcut.agents.Storyboard;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.Rgb;
import video.zapcut.media.Captions;
import video.zapcut.media.CompositionPlan;
import video.zapcut.media.scene.CaptionRenderer;
import video.zapcut.media.scene.FastPng;
import video.zapcut.media.scene.VisualStyle;
import video.zapcut.pipeline.Timeline;

/**
 * The voiceover's words as captions: cues on the ad's timeline (for the SRT and WebVTT files), and for
 * burning in, one caption track per speaking scene whose images follow the voice word by word.
 */
final class SpokenCaptions {
    private SpokenCaptions() {}

    /** Every line's cues, its words moved onto the ad's timeline (scene start + the line's lead-in). */
    static List<Captions.Cue> cues(Storyboard board, VoiceoverOutput voice) {
        List<Captions.Cue> out = new ArrayList<>();
        for (VoiceLine l : voice.lines()) {
            double at = board.startOf(l.sceneIndex()) + l.offsetInScene();
            List<Captions.Word> words = new ArrayList<>();
            for (TimedWord w : l.words()) words.add(new Captions.Word(w.text(), at + w.start(), at + w.end()));
            out.addAll(Captions.cues(l.sceneIndex(), words));
        }
        return out;
    }

    /**
     * One track per scene with cues: the phrase with the word being said highlighted, from each word's
     * onset to the next word's (the last to the cue's end), a transparent image between cues. Each scene's
     * caption place is put in {@code boxes}.
     */
    static List<CompositionPlan.CaptionTrack> tracks(List<Captions.Cue> cues, Storyboard board, AspectRatio aspect,
                                                      Map<Integer, List<Rectangle>> avoid, VisualStyle style, Path dir,
                                                      Map<Integer, Rectangle> boxes) {
        Map<Integer, List<Captions.Cue>> byScene = new TreeMap<>();
        for (Captions.Cue c : cues) byScene.computeIfAbsent(c.scene(), k -> new ArrayList<>()).add(c);
        CaptionRenderer renderer = new CaptionRenderer();
        Rgb highlight = CaptionRenderer.highlight(style);
        List<CompositionPlan.CaptionTrack> tracks = new ArrayList<>();
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (var scene : byScene.entrySet()) {
            CaptionRenderer.Place place = CaptionRenderer.place(aspect, avoid.getOrDefault(scene.getKey(), List.of()));
            boxes.put(scene.getKey(), place.bounds());
            Path blank = dir.resolve("s" + scene.getKey() + "_blank.png");
            FastPng.write(renderer.render(place, List.of(), -1, highlight), blank);
            List<CompositionPlan.Still> stills = new ArrayList<>();
            int start = frame(scene.getValue().getFirst().start());
            int at = start;
            int n = 0;
            for (Captions.Cue cue : scene.getValue()) {
                int cueStart = frame(cue.start());
                if (cueStart > at) stills.add(new CompositionPlan.Still(blank, cueStart - at));
                at = Math.max(at, cueStart);
                List<String> words = cue.words().stream().map(Captions.Word::text).toList();
                for (int k = 0; k < words.size(); k++) {
                    int until = k + 1 < words.size() ? frame(cue.words().get(k + 1).start()) : frame(cue.end());
                    if (until <= at) continue; // a word too short to hold a frame of its own
                    BufferedImage img = renderer.render(place, words, k, highlight);
                    Path png = dir.resolve("s" + scene.getKey() + "_" + (n++) + ".png");
                    FastPng.write(img, png);
                    stills.add(new CompositionPlan.Still(png, until - at));
                    at = until;
                }
            }
            if (!stills.isEmpty()) tracks.add(new CompositionPlan.CaptionTrack(scene.getKey(), place.x(), place.y(), start, stills));
        }
        return tracks;
    }

    private static int frame(double seconds) { return (int) Math.round(seconds * Timeline.FPS); }
}
