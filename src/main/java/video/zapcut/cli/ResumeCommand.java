package video.zapcut.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Continue a failed or interrupted generation at its first unfinished stage.")
final class ResumeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "AD_ID", description = "The ad id printed by 'generate'.")
    String adId;

    @Option(names = "--out", description = "Where to write the MP4 (default: out/<ad-id>.mp4).")
    java.nio.file.Path out;

    @Override
    public Integer call() {
        return new GenerationCli(GenerateCommand.toStream(spec.commandLine().getOut()),
                GenerateCommand.toStream(spec.commandLine().getErr())).resume(adId, out);
    }
}
