package video.zapcut.cli;

import java.io.PrintStream;
import java.util.Locale;
import video.zapcut.pipeline.ProgressEvent;
import video.zapcut.pipeline.ProgressListener;

/**
 * Shows progress: on a terminal one line rewritten in place (stage, percent, ETA); otherwise one
 * plain line per stage event, which reads well in logs and CI.
 */
final class ProgressPrinter implements ProgressListener {
    private final PrintStream out;
    private final boolean terminal;
    private int lastWidth;

    ProgressPrinter(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void onEvent(ProgressEvent e) {
        String eta = e.etaSeconds() == null ? "" : String.format(Locale.ROOT, ", about %ds left", e.etaSeconds());
        if (terminal) {
            String line = switch (e.type()) {
                case JOB_STARTED -> e.message() == null ? "starting" : e.message();
                case STAGE_STARTED, STAGE_PROGRESS -> String.format(Locale.ROOT, "%3d%%  %-16s%s", e.percent(), e.stage(), eta);
                case STAGE_COMPLETED -> String.format(Locale.ROOT, "%3d%%  %-16s done%s", e.percent(), e.stage(), eta);
                case JOB_COMPLETED -> "100%  done";
                case JOB_FAILED -> "failed" + (e.stage() == null ? "" : " at " + e.stage());
                case JOB_RETRY_SCHEDULED -> "retrying: " + e.message();
                case JOB_CANCELLED -> "cancelled";
            };
            int pad = Math.max(0, lastWidth - line.length());
            out.print("\r" + line + " ".repeat(pad));
            lastWidth = line.length();
            if (e.type().terminal()) out.println();
            out.flush();
            return;
        }
        switch (e.type()) {
            case JOB_STARTED -> out.println("generation " + (e.message() == null ? "started" : e.message()));
            case STAGE_STARTED -> out.printf(Locale.ROOT, "[%3d%%] %s started%s%n", e.percent(), e.stage(), eta);
            case STAGE_COMPLETED -> out.printf(Locale.ROOT, "[%3d%%] %s completed%s%n", e.percent(), e.stage(), eta);
            case STAGE_PROGRESS -> { }   // one line per stage; the terminal's line shows the percent moving
            case JOB_COMPLETED -> out.println("[100%] done");
            case JOB_FAILED -> out.println("failed" + (e.stage() == null ? "" : " at " + e.stage()) + ": " + e.message());
            case JOB_RETRY_SCHEDULED -> out.println("retrying: " + e.message());
            case JOB_CANCELLED -> out.println("cancelled");
        }
        out.flush();
    }

    /** True when stdout is an interactive terminal (JDK 22+ has Console.isTerminal; older: a console exists). */
    static boolean stdoutIsTerminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
