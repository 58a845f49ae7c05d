package video.zapcut.ai.vendors.replicate;

import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;
import video.zapcut.ai.SceneShot;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.Json;

/**
 * One input mapping per video model family; the model name is configuration. Each family says how
 * many seconds it will render (and bill) for a shot, and the most it can render at all.
 */
public enum VideoFamily {
    /** google/veo-3, google/veo-3-fast: 8 s, image = start frame, 16:9 or 9:16. */
    VEO {
        @Override public int seconds(double shot) { return 8; }
        @Override public int mostSeconds() { return 8; }
        @Override public ObjectNode input(SceneShot s, String image) {
            ObjectNode in = base(s);
            in.put("aspect_ratio", s.aspect() == AspectRatio.PORTRAIT ? "9:16" : "16:9");
            in.put("duration", seconds(s.durationSeconds()));
            in.put("image", image);
            if (s.negativePrompt() != null && !s.negativePrompt().isBlank()) in.put("negative_prompt", s.negativePrompt());
            in.put("resolution", "720p");
            in.put("generate_audio", false);
            in.put("seed", s.seed() & 0x7fffffffL);
            return in;
        }
    },
    /** kwaivgi/kling-v2.1: start_image is required; 5 or 10 s; standard = 720p. */
    KLING {
        @Override public int seconds(double shot) { return shot <= 5.0 + 1e-9 ? 5 : 10; }
        @Override public int mostSeconds() { return 10; }
        @Override public ObjectNode input(SceneShot s, String image) {
            if (image == null) throw new IllegalArgumentException("kling needs a start image");
            ObjectNode in = base(s);
            in.put("start_image", image);
            in.put("mode", "standard");
            in.put("duration", seconds(s.durationSeconds()));
            if (s.negativePrompt() != null && !s.negativePrompt().isBlank()) in.put("negative_prompt", s.negativePrompt());
            return in;
        }
    },
    /** minimax/video-01: 6 s at 720p from a first frame. */
    MINIMAX {
        @Override public int seconds(double shot) { return 6; }
        /** The Hailuo models of the same family render up to 10 s. */
        @Override public int mostSeconds() { return 10; }
        @Override public ObjectNode input(SceneShot s, String image) {
            ObjectNode in = base(s);
            in.put("first_frame_image", image);
            in.put("prompt_optimizer", false);
            return in;
        }
    },
    /** openai/sora-2 (retired upstream; kept for Replicate's page): 4, 8 or 12 s, portrait or landscape. */
    SORA {
        @Override public int seconds(double shot) { return shot <= 4 ? 4 : shot <= 8 ? 8 : 12; }
        @Override public int mostSeconds() { return 12; }
        @Override public ObjectNode input(SceneShot s, String image) {
            ObjectNode in = base(s);
            in.put("seconds", seconds(s.durationSeconds()));
            in.put("aspect_ratio", s.aspect() == AspectRatio.PORTRAIT ? "portrait" : "landscape");
            in.put("input_reference", image);
            return in;
        }
    };

    public abstract int seconds(double shotSeconds);

    /** The longest clip the model can render, whatever was asked: the most one prediction can bill. */
    public abstract int mostSeconds();

    public abstract ObjectNode input(SceneShot shot, String startImageUrl);

    static ObjectNode base(SceneShot s) {
        ObjectNode in = Json.MAPPER.createObjectNode();
        in.put("prompt", s.prompt());
        return in;
    }

    public static VideoFamily of(String model) {
        String m = model.toLowerCase(Locale.ROOT);
        if (m.contains("veo")) return VEO;
        if (m.contains("kling")) return KLING;
        if (m.contains("minimax") || m.contains("hailuo")) return MINIMAX;
        if (m.contains("sora")) return SORA;
        throw new IllegalArgumentException("no input mapping for video model " + model
                + " (known families: veo, kling, minimax video-01, sora-2)");
    }
}
