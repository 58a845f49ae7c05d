package video.zapcut.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import video.zapcut.ads.Revision;

@Command(name = "revise", mixinStandardHelpOptions = true,
        description = "Make a new version of a finished ad, running again only what the change touches.")
final class ReviseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "AD_ID", description = "The ad (any version) to revise.")
    String adId;

    @Option(names = "--scene", description = "The scene (1-5) that --text, --visual, --prompt, --voiceover and --length change.")
    Integer scene;

    @Option(names = "--text", description = "The scene's new on-screen text (\"\" removes it).")
    String text;

    @Option(names = "--voiceover", description = "The line the voice speaks over the scene (\"\" for none); only the voice and the captions are made again.")
    String voiceover;

    @Option(names = "--visual", description = "What the scene should show, in words; its keyframe and clip are made again.")
    String visual;

    @Option(names = "--prompt", description = "The scene's generation prompt, used as written.")
    String prompt;

    @Option(names = "--length", description = "The scene's new length in seconds (whole frames at 30 fps).")
    Double length;

    @Option(names = "--rebalance", description = "Let the other scenes absorb a length change.")
    boolean rebalance;

    @Option(names = "--music-mood", description = "A new mood for the soundtrack, e.g. 'calm and dreamy'.")
    String musicMood;

    @Option(names = "--new-music", description = "Compose the soundtrack again in the same mood.")
    boolean newMusic;

    @Option(names = "--direction", description = "A new creative direction (makes the ad anew).")
    String direction;

    @Option(names = "--dry-run", description = "Show what would run again and the estimate, and stop.")
    boolean dryRun;

    @Option(names = "--out", description = "Where to write the new version's MP4 (default: out/<ad-id>.mp4).")
    Path out;

    @Override
    public Integer call() {
        var err = GenerateCommand.toStream(spec.commandLine().getErr());
        boolean sceneChange = text != null || visual != null || prompt != null || length != null || voiceover != null;
        if (sceneChange && scene == null) {
            err.println("zapcut: --text, --visual, --prompt, --voiceover and --length need --scene N (the scene to change, 1 to 5)");
            return ExitCodes.BAD_INPUT;
        }
        List<Revision.SceneChange> scenes = sceneChange ? List.of(new Revision.SceneChange(scene, text, visual, prompt, length, null, voiceover)) : List.of();
        Revision.MusicChange music = musicMood != null || newMusic ? new Revision.MusicChange(musicMood, newMusic) : null;
        Revision request = new Revision(null, scenes, music, direction, rebalance, null, null);
        return new GenerationCli(GenerateCommand.toStream(spec.commandLine().getOut()), err).revise(adId, request, dryRun, out);
    }
}
