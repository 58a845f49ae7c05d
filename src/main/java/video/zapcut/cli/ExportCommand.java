package video.zapcut.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Post a finished ad to X or LinkedIn and print the post's address.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "AD_ID", description = "The ad id printed by 'generate'.")
    String adId;

    @Option(names = "--to", required = true, description = "x or linkedin")
    String platform;

    @Option(names = "--caption", required = true, description = "The post's text (X: 280 weighted characters; LinkedIn: 3000).")
    String caption;

    @Option(names = "--account", description = "Which connected account (its id or @handle), when several are connected.")
    String account;

    @Option(names = "--visibility", description = "LinkedIn only: public (default) or connections.")
    String visibility;

    @Override
    public Integer call() {
        return new PublishingCli(GenerateCommand.toStream(spec.commandLine().getOut()), GenerateCommand.toStream(spec.commandLine().getErr()))
                .export(adId, platform, caption, account, visibility);
    }
}
