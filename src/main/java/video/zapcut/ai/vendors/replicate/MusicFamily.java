package video.zapcut.ai.vendors.replicate;

import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;
import video.zapcut.ai.MusicRequest;
import video.zapcut.common.Json;

/** One input mapping per music model family; each says how many seconds it renders (and bills). */
public enum MusicFamily {
    /** google/lyria-2: ~30 s of 48 kHz instrumental, no length control. */
    LYRIA {
        @Override public double seconds(double ad) { return 30; }
        /** "About 30 s": its takes run a little over. */
        @Override public double mostSeconds(double ad) { return 33; }
        @Override public ObjectNode input(MusicRequest r, double ad) {
            ObjectNode in = base(r.prompt());
            in.put("negative_prompt", "vocals, singing, speech, lyrics");
            in.put("seed", r.seed() & 0x7fffffffL);
            return in;
        }
    },
    /** stability-ai/stable-audio-2.5: duration up to 190 s. */
    STABLE_AUDIO {
        @Override public double seconds(double ad) { return Math.min(190, Math.ceil(ad)); }
        @Override public double mostSeconds(double ad) { return seconds(ad); }
        @Override public ObjectNode input(MusicRequest r, double ad) {
            ObjectNode in = base(r.prompt());
            in.put("duration", (int) seconds(ad));
            in.put("steps", 8);
            in.put("cfg_scale", 1);
            in.put("seed", r.seed() & 0x7fffffffL);
            return in;
        }
    },
    /** minimax/music-1.5: prompt 10-300 characters; instrumental; output as a URL. */
    MINIMAX {
        @Override public double seconds(double ad) { return 60; }
        /** No length control: a song may run to the model's limit of four minutes. */
        @Override public double mostSeconds(double ad) { return 240; }
        @Override public ObjectNode input(MusicRequest r, double ad) {
            String p = r.prompt().length() > 300 ? r.prompt().substring(0, 300) : r.prompt();
            if (p.length() < 10) p = p + " instrumental";
            ObjectNode in = base(p);
            in.put("lyrics", "[instrumental]");
            in.put("audio_format", "wav");
            in.put("output_format", "url");
            return in;
        }
    },
    /** meta/musicgen (community model: configure "meta/musicgen:<version id>"). */
    MUSICGEN {
        @Override public double seconds(double ad) { return Math.ceil(ad); }
        @Override public double mostSeconds(double ad) { return seconds(ad); }
        @Override public ObjectNode input(MusicRequest r, double ad) {
            ObjectNode in = base(r.prompt());
            in.put("duration", (int) seconds(ad));
            in.put("model_version", "stereo-large");
            in.put("output_format", "wav");
            in.put("seed", r.seed() & 0x7fffffffL);
            return in;
        }
    };

    public abstract double seconds(double adSeconds);

    /** The longest track one prediction can return for an ad this long: the most it can bill. */
    public abstract double mostSeconds(double adSeconds);

    public abstract ObjectNode input(MusicRequest request, double adSeconds);

    static ObjectNode base(String prompt) {
        ObjectNode in = Json.MAPPER.createObjectNode();
        in.put("prompt", prompt);
        return in;
    }

    public static MusicFamily of(String model) {
        String m = model.toLowerCase(Locale.ROOT);
        if (m.contains("lyria")) return LYRIA;
        if (m.contains("stable-audio")) return STABLE_AUDIO;
        if (m.contains("minimax") || m.contains("music-1")) return MINIMAX;
        if (m.contains("musicgen")) return MUSICGEN;
        throw new IllegalArgumentException("no input mapping for music model " + model
                + " (known families: lyria-2, stable-audio-2.5, minimax music-1.5, musicgen)");
    }
}
