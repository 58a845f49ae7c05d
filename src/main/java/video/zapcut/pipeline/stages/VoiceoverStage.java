package video.zapcut.pipeline.stages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import video.zapcut.ads.StageOutputs.BibleOutput;
import video.zapcut.ads.StageOutputs.TimedWord;
import video.zapcut.ads.StageOutputs.VoiceLine;
import video.zapcut.ads.StageOutputs.VoiceoverOutput;
import video.zapcut.agents.CreativeBible;
import video.zapcut.agents.Scene;
import video.zapcut.agents.Storyboard;
import video.zapcut.agents.VoiceoverLines;
import video.zapcut.ai.VoiceModel;
import video.zapcut.ai.VoiceModel.Speech;
import video.zapcut.ai.VoiceModel.SpeechRequest;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;

/**
 * Speaks each scene's voiceover line and keeps each word's time. A line must end, as synthesised (its
 * last word's end, not an estimate from its letters), within its scene's room ({@link VoiceoverLines});
 * one that runs long is shortened in proportion to how far over it ran and spoken again, up to
 * {@value #ATTEMPTS} times, else it is left out and the scene breathes.
 */
public final class VoiceoverStage implements StageHandler<VoiceoverOutput> {
    static final int ATTEMPTS = 3;
    private final VoiceModel voice;
    private final String voiceName;

    public VoiceoverStage(VoiceModel voice, String voiceName) {
        this.voice = voice;
        this.voiceName = voiceName;
    }

    @Override
    public Stage stage() { return Stage.VOICEOVER; }

    @Override
    public VoiceoverOutput run(GenerationContext ctx) {
        if (!ctx.ad().order().soundOrDefault().voiceover() || "none".equals(voice.provider())) return VoiceoverOutput.silent();
        Storyboard board = ctx.output(Stage.STORYBOARD, Storyboard.class);
        CreativeBible bible = ctx.output(Stage.CREATIVE_BIBLE, BibleOutput.class).bible();
        Path dir = ctx.work("voiceover");
        VoiceoverOutput parent = ctx.parentOutput(Stage.VOICEOVER, VoiceoverOutput.class);
        List<Scene> toSpeak = new ArrayList<>();
        Map<Integer, VoiceLine> spoken = new TreeMap<>();
        for (Scene s : board.scenes()) {
            if (s.spokenLine().isEmpty()) continue;
            VoiceLine line = kept(parent, s);
            if (line != null) spoken.put(s.sceneIndex(), line);
            else toSpeak.add(s);
        }
        spoken.putAll(speak(ctx, toSpeak, delivery(bible), dir));
        List<String> dropped = new ArrayList<>();
        for (Scene s : toSpeak) {
            if (spoken.containsKey(s.sceneIndex())) continue;
            dropped.add(String.format(Locale.ROOT, "scene %d: \"%s\" does not fit its %.1f s even shortened; the scene has no voice",
                    s.sceneIndex(), s.spokenLine(), s.durationSeconds()));
        }
        List<VoiceLine> lines = List.copyOf(spoken.values());
        return new VoiceoverOutput(lines, voice.provider(), voice.model(), voiceName, dropped);
    }

    /**
     * The revised ad's line for this scene when it can stand: the same words asked of the same voice, and
     * still ending within the scene's room (its length may have changed). Nothing is spoken or paid again.
     */
    private VoiceLine kept(VoiceoverOutput parent, Scene s) {
        if (parent == null || !voice.provider().equals(parent.provider()) || !voice.model().equals(parent.model())
                || !java.util.Objects.equals(voiceName, parent.voice())) {
            return null;
        }
        return parent.line(s.sceneIndex())
                .filter(l -> s.spokenLine().equals(l.asked() != null ? l.asked() : l.text()))
                .filter(l -> l.spokenEnd() <= VoiceoverLines.room(s.durationSeconds()))
                .orElse(null);
    }

    /**
     * Speaks the scenes' lines in rounds, all of a round's lines at once ({@link VoiceModel#speakAll}): a
     * line that ends within its room is kept; one that runs long is shortened in proportion to its overrun
     * and spoken again in the next round. Returns the kept lines by scene; a scene missing did not fit.
     */
    private Map<Integer, VoiceLine> speak(GenerationContext ctx, List<Scene> scenes, String instructions, Path dir) {
        Map<Integer, VoiceLine> kept = new HashMap<>();
        Map<Scene, String> pending = new LinkedHashMap<>();
        for (Scene s : scenes) pending.put(s, s.spokenLine());
        for (int attempt = 1; attempt <= ATTEMPTS && !pending.isEmpty(); attempt++) {
            List<Scene> round = List.copyOf(pending.keySet());
            List<SpeechRequest> requests = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            for (Scene s : round) {
                requests.add(new SpeechRequest(pending.get(s), voiceName, instructions));
                files.add(dir.resolve("scene_" + s.sceneIndex() + "_" + attempt + ".wav"));
            }
            List<Speech> speeches = voice.speakAll(requests, files);
            for (int i = 0; i < round.size(); i++) {
                Scene s = round.get(i);
                String text = pending.remove(s);
                Speech speech = speeches.get(i);
                double room = VoiceoverLines.room(s.durationSeconds());
                double spoken = speech.words().isEmpty() ? speech.seconds() : speech.words().getLast().end();
                if (spoken <= room) {
                    String uri = ctx.store(ctx.adKey("voice/scene_" + s.sceneIndex() + ".wav"), files.get(i));
                    List<TimedWord> words = speech.words().stream().map(w -> new TimedWord(w.text(), w.start(), w.end())).toList();
                    kept.put(s.sceneIndex(), new VoiceLine(s.sceneIndex(), text, uri, VoiceoverLines.LEAD_IN_SECONDS, speech.seconds(),
                            words, attempt, text.equals(s.spokenLine()) ? null : s.spokenLine()));
                    continue;
                }
                // Over by some share: keep that share fewer words (at least one fewer), and speak it again.
                int words = VoiceoverLines.words(text);
                int keep = Math.min(words - 1, (int) Math.floor(words * room / spoken));
                String shorter = VoiceoverLines.shorten(text, keep);
                if (!shorter.isEmpty()) pending.put(s, shorter);
            }
        }
        return kept;
    }

    /** How the line is said, from the bible: providers that take instructions read it; Festival has one delivery. */
    static String delivery(CreativeBible bible) {
        String pace = bible.energyLevel() >= 7 ? "upbeat and quick, with energy" : bible.energyLevel() <= 3 ? "calm and unhurried"
                : "warm and natural, at an easy pace";
        return String.format(Locale.ROOT, "Read this as a voiceover for a %s product ad: %s. The brand feels %s.",
                bible.brandStyle(), pace, bible.vibe());
    }
}
