package video.zapcut.cli;

import java.io.PrintStream;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import video.zapcut.agents.safety.RuleBasedSafetyAgent;

/**
 * The {@code zapcut} command. Sub-commands that need the database start the Spring application
 * themselves, after their input is validated, so bad input never creates a database or a file.
 */
@Command(name = "zapcut", mixinStandardHelpOptions = true, version = "zapcut 0.1.0",
        description = "Turns a product brief and photos into a finished video ad.",
        subcommands = {DemoCommand.class, GenerateCommand.class, ResumeCommand.class, ReviseCommand.class, VariantsCommand.class, SafetyCheckCommand.class,
                ServeCommand.class, WorkerCommand.class, ProvidersCommand.class, ConnectCommand.class,
                ExportCommand.class, StorageCommand.class})
public final class Main implements Runnable {
    /** The commands that screen text for safety (on the command line or in the application they start). */
    private static final Set<String> SCREENING = Set.of("demo", "generate", "resume", "revise", "variants", "serve", "worker",
            "safety-check");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && SCREENING.contains(args[0])) RuleBasedSafetyAgent.prepareInBackground();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExitCodeExceptionMapper(e -> ExitCodes.FAILED);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("zapcut: " + ex.getMessage());
            err.println("Try 'zapcut " + (ex.getCommandLine().getCommandName().equals("zapcut") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return ExitCodes.BAD_INPUT;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
