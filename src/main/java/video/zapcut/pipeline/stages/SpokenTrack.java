package video.zapcut.pipeline.stages;

import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;
import video.zapcut.ads.Sound;
import video.zapcut.ads.StageOutputs.SpokenWords;
import video.zapcut.ads.StageOutputs.TimedWord;
import video.zapcut.ads.StageOutputs.VoiceLine;
import video.zapcut.ads.StageOutputs.VoiceoverOutput;
import video.zapcut.agents.Storyboard;
import video.zapcut.media.Captions;
import video.zapcut.media.CompositionPlan;
import video.zapcut.media.VoiceMix;
import video.zapcut.media.scene.VisualStyle;
import video.zapcut.pipeline.GenerationContext;

/**
 * What the voiceover adds to a composition: the soundtrack with the voice over the ducked music, the
 * captions' cues, and (burned) one caption layer per speaking scene, placed clear of what {@code keepClear}
 * names for it (its own text; in a vendor's clip, the product too). Without a voice, the mastered music alone and nothing else.
 *
 * <p>The mix runs on a thread of its own, so the pictures can be composed meanwhile ({@link #soundReady}).
 *
 * @param captionPlaces each speaking scene's caption box, when burned in
 * @param mixing        the mix of the stems and its figures, under way; null without a voice
 */
record SpokenTrack(Path soundtrack, List<Captions.Cue> cues, List<CompositionPlan.CaptionTrack> captionTracks,
                   Map<Integer, Rectangle> captionPlaces, VoiceMix.Mixing mixing, Sound sound) {

    static SpokenTrack of(GenerationContext ctx, VoiceMix voiceMix, Storyboard board, VoiceoverOutput voice, Path music,
                          Map<Integer, List<Rectangle>> keepClear, VisualStyle style, Path dir) {
        Sound sound = ctx.ad().order().soundOrDefault();
        if (voice.lines().isEmpty()) return new SpokenTrack(music, List.of(), List.of(), Map.of(), null, sound);
        VoiceMix.Mixing mixing = voiceMix.mixInBackground(music, lines(ctx, board, voice), board.totalSeconds(), dir.resolve("sound"),
                MusicStage.TARGET_LUFS);
        List<Captions.Cue> cues = SpokenCaptions.cues(board, voice);
        Map<Integer, Rectangle> places = new TreeMap<>();
        List<CompositionPlan.CaptionTrack> tracks = sound.burned()
                ? SpokenCaptions.tracks(cues, board, ctx.brief().aspect(), keepClear, style, dir.resolve("captions"), places)
                : List.of();
        return new SpokenTrack(mixing.soundtrack(), cues, tracks, places, mixing, sound);
    }

    /** Completes once {@link #soundtrack} is written; null when it already is (no voice: the music itself). */
    Future<?> soundReady() { return mixing == null ? null : mixing.ready(); }

    /** Stops a mix still running (the composition failed): nothing is left writing into the stage's folder. */
    void cancelMix() {
        if (mixing != null) mixing.cancel();
    }

    /** Each spoken line's file, placed at its scene's start plus its lead-in, with its speech's span. */
    private static List<VoiceMix.Line> lines(GenerationContext ctx, Storyboard board, VoiceoverOutput voice) {
        List<VoiceMix.Line> out = new ArrayList<>();
        for (VoiceLine l : voice.lines()) {
            double first = l.words().stream().filter(w -> w.end() > w.start()).mapToDouble(TimedWord::start).min().orElse(0);
            out.add(new VoiceMix.Line(ctx.local(l.audioUri()), board.startOf(l.sceneIndex()) + l.offsetInScene(), first, l.spokenEnd()));
        }
        return out;
    }

    /** The voice stem and the caption files, stored with the ad (files only when the order asked for captions); null without a voice. */
    SpokenWords store(GenerationContext ctx, Path dir) {
        if (mixing == null) return null;
        VoiceMix.Mixed mixed = mixing.result();
        String stem = ctx.store(ctx.adKey("voice/voice.wav"), mixed.voiceStem());
        String srt = null, vtt = null;
        if (sound.sidecars() && !cues.isEmpty()) {
            srt = ctx.store(ctx.adKey("captions.srt"), write(dir.resolve("captions.srt"), Captions.srt(cues)));
            vtt = ctx.store(ctx.adKey("captions.vtt"), write(dir.resolve("captions.vtt"), Captions.vtt(cues)));
        }
        return new SpokenWords(stem, Math.round(mixed.voiceLeadDb() * 10) / 10.0, srt, vtt, cues.size(), sound.burned());
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }
}
