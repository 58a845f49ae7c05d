package video.zapcut.ads;

import java.util.Locale;

/**
 * What an ad says aloud and how its words are shown: a voiceover speaking the storyboard's lines, and
 * captions timed to the voice's words, burned into the picture, as sidecar files only (SRT, WebVTT), or
 * not at all. An order without it (one placed before ads had a voice) gets {@link #DEFAULT}: a voice
 * with burned captions.
 */
public record Sound(boolean voiceover, Captions captions) {
    public static final Sound DEFAULT = new Sound(true, Captions.BURNED);
    public static final Sound SILENT = new Sound(false, Captions.NONE);

    public enum Captions {
        BURNED, SIDECAR, NONE;

        public String label() { return name().toLowerCase(Locale.ROOT); }

        /** null for a word that names no caption mode. */
        public static Captions of(String label) {
            if (label == null) return null;
            for (Captions c : values()) if (c.label().equals(label.strip().toLowerCase(Locale.ROOT))) return c;
            return null;
        }
    }

    public Sound {
        if (captions == null) captions = voiceover ? Captions.BURNED : Captions.NONE;
        // Captions follow the voice's words: without a voice there are none to time.
        if (!voiceover) captions = Captions.NONE;
    }

    /** The order's choice: {@code voiceover} null means yes, {@code captions} null means burned when there is a voice. */
    public static Sound of(Boolean voiceover, Captions captions) {
        return new Sound(voiceover == null || voiceover, captions);
    }

    public boolean burned() { return captions == Captions.BURNED; }

    public boolean sidecars() { return captions != Captions.NONE; }
}
