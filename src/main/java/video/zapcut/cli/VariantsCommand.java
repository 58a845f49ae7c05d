package video.zapcut.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "variants", mixinStandardHelpOptions = true,
        description = "Make 2 to 4 variants of a finished ad (A, B, ...), each with its own opening and/or call to action.")
final class VariantsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "AD_ID", description = "The ad to make variants of.")
    String adId;

    @Option(names = "--count", defaultValue = "2", description = "How many variants, 2 to 4 (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--vary", defaultValue = "hook", description = "What differs: hook, cta or hook_and_cta (default: ${DEFAULT-VALUE}).")
    String vary;

    @Option(names = "--dry-run", description = "Show what each variant would run again and the estimate, and stop.")
    boolean dryRun;

    @Override
    public Integer call() {
        return new GenerationCli(GenerateCommand.toStream(spec.commandLine().getOut()),
                GenerateCommand.toStream(spec.commandLine().getErr())).variants(adId, count, vary, dryRun);
    }
}
