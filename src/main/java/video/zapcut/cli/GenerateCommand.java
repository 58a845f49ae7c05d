package video.zapcut.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import video.zapcut.media.image.ImageInspector;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate an ad from a brief and optional product photos.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--brief", required = true, description = "What you sell and the ad you want, in plain language (max 5000 characters).")
    String brief;

    @Option(names = "--image", description = "A product photo (" + ImageInspector.SUPPORTED_FORMATS + "); repeat for several.")
    List<Path> images = new ArrayList<>();

    @Option(names = "--product", description = "The product's name (otherwise read from the brief).")
    String product;

    @Option(names = "--duration", defaultValue = "30", description = "Length in seconds: 15, 30 or 60 (default: ${DEFAULT-VALUE}).")
    String duration;

    @Option(names = "--aspect", defaultValue = "16:9", description = "16:9, 9:16 or 1:1 (default: ${DEFAULT-VALUE}); several, "
            + "comma-separated (16:9,9:16,1:1), make a campaign pack: one ad per format, sharing what the first makes.")
    String aspect;

    @Option(names = "--direction", description = "Optional creative direction, e.g. 'clean and modern, soft morning light'.")
    String direction;

    @Option(names = "--out", description = "Where to write the MP4 (default: out/<ad-id>.mp4); captions go beside it (.srt, .vtt).")
    Path out;

    @Option(names = "--no-voice", description = "Make the ad without a voiceover (and so without captions).")
    boolean noVoice;

    @Option(names = "--captions", description = "burned (default with a voice), sidecar (only the .srt and .vtt files) or none.")
    String captions;

    @Override
    public Integer call() {
        var o = spec.commandLine().getOut();
        var e = spec.commandLine().getErr();
        return new GenerationCli(toStream(o), toStream(e)).generate(brief, product, direction, duration, aspect, images, out,
                noVoice ? Boolean.FALSE : null, captions);
    }

    static java.io.PrintStream toStream(java.io.PrintWriter w) {
        return new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) { w.write(b); }

            @Override
            public void write(byte[] b, int off, int len) { w.write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8)); }

            @Override
            public void flush() { w.flush(); }
        }, true, java.nio.charset.StandardCharsets.UTF_8);
    }
}
