package video.zapcut.ai;

import java.nio.file.Path;

/** Port for music: writes a track at least as long as the ad (composition trims, fades are baked in). */
public interface MusicModel {
    String provider();

    Path compose(MusicRequest request, Path outWav);
}
