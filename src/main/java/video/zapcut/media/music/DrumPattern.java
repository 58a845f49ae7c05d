package video.zapcut.media.music;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import video.zapcut.media.music.Score.Drum;
import video.zapcut.media.music.Score.DrumHit;

/**
 * The beat, chosen per bar from its drive (energy shifted by section role):
 * <ul>
 *   <li>0-2: no drums (calm tracks stay drum-free outside their climax)</li>
 *   <li>3: a soft kick on the downbeat, a heartbeat</li>
 *   <li>4-6: light groove, kick on 1 and 3, soft off-beat hats, rim-soft snare from 5</li>
 *   <li>7+: full beat, snare on 2 and 4, eighth hats, open hats from 8, sixteenths from 9</li>
 * </ul>
 * Hits sit exactly on the sixteenth grid (only velocity is humanised) so cuts and beats line up
 * with the picture. A snare fill leads into each new section and a crash marks the climax.
 */
final class DrumPattern {
    private final Arrangement arrangement;
    private final SplittableRandom random;
    private final boolean fastTempo;

    DrumPattern(Arrangement arrangement, long seed) {
        this.arrangement = arrangement;
        this.random = new SplittableRandom(seed ^ 0x6472756D73000000L);
        this.fastTempo = arrangement.grid().bpm() >= 140;
    }

    List<DrumHit> write() {
        List<DrumHit> hits = new ArrayList<>();
        List<BarPlan> bars = arrangement.bars();
        for (int i = 0; i < bars.size(); i++) {
            BarPlan bar = bars.get(i);
            BarPlan next = i + 1 < bars.size() ? bars.get(i + 1) : null;
            if (bar.finalBar()) {
                endingHit(hits, bar);
            } else {
                groove(hits, bar, next != null && bar.lastOfSection() ? next : null);
            }
        }
        return hits;
    }

    private void groove(List<DrumHit> hits, BarPlan bar, BarPlan nextSection) {
        int d = bar.drive();
        if (d <= 2) return;
        boolean fill = nextSection != null && d >= 5 && nextSection.drive() >= d;
        int steps = arrangement.stepsPerBar();
        int fillFrom = fill ? steps - 4 : steps;
        if (bar.barInSection() == 0 && bar.role() == SectionRole.CLIMAX && d >= 6) add(hits, bar, 0, Drum.CRASH, 0.8);
        for (int s = 0; s < steps; s++) {
            boolean beat = s % 4 == 0;
            boolean offBeatEighth = s % 4 == 2;
            if (s >= fillFrom) {
                // Sixteenth snare roll, swelling into the next section.
                add(hits, bar, s, Drum.SNARE, 0.45 + 0.15 * (s - fillFrom));
                continue;
            }
            if (kick(d, s)) add(hits, bar, s, Drum.KICK, d >= 7 ? 1.0 : 0.55 + 0.08 * (d - 3));
            if (d >= 5 && (s == 4 || s == 12)) add(hits, bar, s, Drum.SNARE, d >= 7 ? 0.9 : 0.4 + 0.1 * (d - 5));
            if (d >= 4) {
                if (offBeatEighth) {
                    add(hits, bar, s, d >= 8 ? Drum.OPEN_HAT : Drum.CLOSED_HAT, d >= 7 ? 0.8 : 0.55);
                } else if (beat && d >= 5) {
                    add(hits, bar, s, Drum.CLOSED_HAT, d >= 7 ? 0.55 : 0.35);
                } else if (d >= 9) {
                    add(hits, bar, s, Drum.CLOSED_HAT, 0.3);
                }
            }
        }
    }

    private boolean kick(int drive, int step) {
        if (drive == 3) return step == 0;
        if (drive <= 5) return step == 0 || step == 8;
        if (drive == 6) return step == 0 || step == 8 || step == 10;
        // Four-on-the-floor drives mid tempos; at 140+ bpm it turns frantic, so use a rock pattern.
        return fastTempo ? step == 0 || step == 8 || step == 10 : step % 4 == 0;
    }

    /** The resolving bar: one kick (and crash when the track drives) on the downbeat, then let it ring. */
    private void endingHit(List<DrumHit> hits, BarPlan bar) {
        if (bar.drive() >= 3) add(hits, bar, 0, Drum.KICK, bar.drive() >= 7 ? 1.0 : 0.6);
        if (bar.drive() >= 5) add(hits, bar, 0, Drum.CRASH, 0.7);
    }

    private void add(List<DrumHit> hits, BarPlan bar, int step, Drum drum, double velocity) {
        double humanised = Math.min(1.0, velocity * (0.92 + 0.08 * random.nextDouble()));
        hits.add(new DrumHit(bar.startSeconds() + step * arrangement.stepSeconds(), drum, humanised));
    }
}
