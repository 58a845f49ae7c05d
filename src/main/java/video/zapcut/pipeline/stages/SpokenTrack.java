package video.zapcut.pipeline.stages;

import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
 * captions' cues, and (burned) one caption layer per speaking scene, placed clear of the scene's own text.
 * Without a voice, the mastered music alone and nothing else.
 *
 * <p>The mix (decoding, ducking and mastering the whole soundtrack: about a second) runs on a thread of its
 * own, so the pictures can be composed meanwhile; {@link #mixing} completes when {@link #soundtrack} is written.
 *
 * @param captionPlaces each speaking scene's caption box, when burned in
 * @param mixing        the mix of the stems and its figures; null without a voice
 */
record SpokenTrack(Path soundtrack, List<Captions.Cue> cues, List<CompositionPlan.CaptionTrack> captionTracks,
                   Map<Integer, Rectangle> captionPlaces, FutureTask<VoiceMix.Mixed> mixing, Sound sound) {

    static SpokenTrack of(GenerationContext ctx, VoiceMix voiceMix, Storyboard board, VoiceoverOutput voice, Path music,
                          Map<Integer, List<Rectangle>> textBoxes, VisualStyle style, Path dir) {
        Sound sound = ctx.ad().order().soundOrDefault();
        if (voice.lines().isEmpty()) return new SpokenTrack(music, List.of(), List.of(), Map.of(), null, sound);
        Path soundDir = dir.resolve("sound");
        List<VoiceMix.Line> lines = lines(ctx, board, voice);
        FutureTask<VoiceMix.Mixed> mixing = new FutureTask<>(() -> voiceMix.mix(music, lines, board.totalSeconds(), soundDir,
                MusicStage.TARGET_LUFS));
        Thread.ofPlatform().name("voice-mix").daemon().start(mixing);
        List<Captions.Cue> cues = SpokenCaptions.cues(board, voice);
        Map<Integer, Rectangle> places = new TreeMap<>();
        List<CompositionPlan.CaptionTrack> tracks = sound.burned()
                ? SpokenCaptions.tracks(cues, board, ctx.brief().aspect(), textBoxes, style, dir.resolve("captions"), places)
                : List.of();
        return new SpokenTrack(VoiceMix.soundtrackIn(soundDir), cues, tracks, places, mixing, sound);
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
        VoiceMix.Mixed mixed = mixed();
        String stem = ctx.store(ctx.adKey("voice/voice.wav"), mixed.voiceStem());
        String srt = null, vtt = null;
        if (sound.sidecars() && !cues.isEmpty()) {
            srt = ctx.store(ctx.adKey("captions.srt"), write(dir.resolve("captions.srt"), Captions.srt(cues)));
            vtt = ctx.store(ctx.adKey("captions.vtt"), write(dir.resolve("captions.vtt"), Captions.vtt(cues)));
        }
        return new SpokenWords(stem, Math.round(mixed.voiceLeadDb() * 10) / 10.0, srt, vtt, cues.size(), sound.burned());
    }

    /** The finished mix; its failure is rethrown here. */
    private VoiceMix.Mixed mixed() {
        try {
            return mixing.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("the voice mix failed", e.getCause());
        } catch (InterruptedException e) {
            mixing.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while mixing the voice", e);
        }
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }
}
