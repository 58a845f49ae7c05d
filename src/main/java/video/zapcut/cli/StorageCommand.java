package video.zapcut.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "storage", mixinStandardHelpOptions = true, description = "Look after the blob store.",
        subcommands = {StorageCommand.Sweep.class, StorageCommand.Migrate.class})
final class StorageCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "sweep", mixinStandardHelpOptions = true,
            description = "Find objects no project, ad or creative bible owns any more, and delete them (--dry-run: only list them).")
    static final class Sweep implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--dry-run", description = "List the orphans without deleting them.")
        boolean dryRun;

        @Override
        public Integer call() {
            return new StorageCli(GenerateCommand.toStream(spec.commandLine().getOut()), GenerateCommand.toStream(spec.commandLine().getErr()))
                    .sweep(dryRun);
        }
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Copy this installation's local blob store into the S3 bucket named by ZAPCUT_S3_* (resumable: objects already there are skipped).")
    static final class Migrate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--to", required = true, description = "s3")
        String to;

        @Override
        public Integer call() {
            return new StorageCli(GenerateCommand.toStream(spec.commandLine().getOut()), GenerateCommand.toStream(spec.commandLine().getErr()))
                    .migrate(to);
        }
    }
}
