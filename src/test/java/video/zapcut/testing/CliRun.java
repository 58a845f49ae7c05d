package video.zapcut.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import video.zapcut.cli.Main;

/** Runs the command line in-process and captures what it prints. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The ad id the command printed on its "ad <id>" line. */
    public String adId() {
        for (String line : out.split("\\R")) if (line.startsWith("ad ")) return line.substring(3).strip().split("\\s+")[0];
        throw new AssertionError("no ad id in output:\n" + out + "\n" + err);
    }

    @Override
    public String toString() { return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err; }
}
