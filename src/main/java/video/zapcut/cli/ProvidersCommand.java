package video.zapcut.cli;

import java.util.List;
import java.util.concurrent.Callable;
import video.zapcut.ai.ProviderChoices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints the provider and model of each capability and, with --check, makes one cheap call to each vendor. */
@Command(name = "providers", mixinStandardHelpOptions = true,
        description = "Show which provider and model serve text, image, video and music; --check calls each vendor once.")
final class ProvidersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--check", description = "Make one cheap call to each configured vendor (proves the URL and key).")
    boolean check;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        ProviderChoices providers;
        try {
            providers = ProviderChoices.fromSystem();
        } catch (IllegalArgumentException e) {
            err.println("zapcut: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        out.printf("%-6s %-10s %s%n", "", "provider", "model");
        for (ProviderChoices.Choice c : providers.choices()) {
            out.printf("%-6s %-10s %s%n", c.capability(), c.provider(), c.local() ? "(offline)" : c.model());
        }
        for (String vendor : ProviderChoices.VENDORS) {
            out.printf("%-9s key %-8s base %s%s%n", vendor, providers.keyHint(vendor), providers.baseUrl(vendor),
                    providers.vendorsInUse().contains(vendor) ? "" : "  (not in use)");
        }
        if (!check) return ExitCodes.OK;
        int failed = 0;
        if (providers.vendorsInUse().isEmpty()) out.println("all capabilities are local: nothing to check");
        for (String vendor : providers.vendorsInUse()) {
            try {
                out.printf("check %-9s %s%n", vendor, providers.check(vendor));
            } catch (RuntimeException e) {
                failed++;
                out.printf("check %-9s FAILED: %s%n", vendor, ProviderChoices.redact(e.getMessage()));
            }
        }
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
