package video.zapcut.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "connect", mixinStandardHelpOptions = true,
        description = "Connect an X or LinkedIn account: prints the address to open, then waits for the browser to come back.")
final class ConnectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PLATFORM", description = "x or linkedin")
    String platform;

    @Option(names = "--wait-minutes", defaultValue = "10", description = "How long to wait for the browser (default: ${DEFAULT-VALUE}, the sign-in link's life).")
    int waitMinutes;

    @Override
    public Integer call() {
        return new PublishingCli(GenerateCommand.toStream(spec.commandLine().getOut()), GenerateCommand.toStream(spec.commandLine().getErr()))
                .connect(platform, Duration.ofMinutes(Math.max(1, Math.min(10, waitMinutes))));
    }
}
