package video.zapcut.media.music;

import java.util.List;

/**
 * Everything the track plays, as timed events; the {@link Performer} turns it into sound. Kept
 * apart from synthesis so the musical decisions can be checked without listening.
 */
record Score(List<PadChord> pads, List<Note> bass, List<Note> lead, List<DrumHit> drums) {

    Score {
        pads = List.copyOf(pads);
        bass = List.copyOf(bass);
        lead = List.copyOf(lead);
        drums = List.copyOf(drums);
    }

    /** A pitched note; {@code pan} -1 (left) .. 1 (right). */
    record Note(double startSeconds, double durationSeconds, int midi, double velocity, double pan) {}

    /** A held pad chord; {@code cutoffHz} sets how bright (open) it sounds. */
    record PadChord(double startSeconds, double durationSeconds, int[] midis, double velocity, double cutoffHz) {}

    record DrumHit(double timeSeconds, Drum drum, double velocity) {}

    enum Drum { KICK, SNARE, CLOSED_HAT, OPEN_HAT, CRASH }
}
