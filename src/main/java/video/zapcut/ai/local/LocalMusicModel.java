package video.zapcut.ai.local;

import java.nio.file.Path;
import video.zapcut.ai.MusicModel;
import video.zapcut.ai.MusicRequest;
import video.zapcut.media.music.MusicSpec;
import video.zapcut.media.music.MusicSynthesizer;

/** Offline music: the built-in synthesiser, exactly the ad's length on its bar grid. */
public final class LocalMusicModel implements MusicModel {
    private static final double FADE_IN = 1.0;
    private static final double FADE_OUT = 1.5;
    private final MusicSynthesizer synth = new MusicSynthesizer();

    @Override
    public String provider() { return "local"; }

    @Override
    public Path compose(MusicRequest r, Path outWav) {
        synth.render(new MusicSpec(r.grid(), r.minor(), r.energyLevel(), r.vibe(), r.seed(), FADE_IN, FADE_OUT,
                r.sectionStarts()), outWav);
        return outWav;
    }
}
