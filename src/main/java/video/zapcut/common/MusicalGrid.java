package video.zapcut.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The bar grid shared by the storyboard and the music track, so that every scene cut lands on a bar
 * line. A bar of 4 beats lasts {@code 240 / bpm} seconds; we only use tempos whose bar is a whole
 * number of frames at 30 fps and divides the ad's length into whole bars.
 */
public record MusicalGrid(int bpm, int beatsPerBar, int bars, double targetSeconds) {
    public static final int FPS = 30;
    private static final int[] CANDIDATE_BPM = {64, 72, 80, 90, 96, 100, 120, 128, 144, 160};

    public double barSeconds() { return 60.0 * beatsPerBar / bpm; }

    public int barFrames() { return (int) Math.round(barSeconds() * FPS); }

    /** Picks the valid tempo nearest to the one the energy level (1-10) asks for. */
    public static MusicalGrid forEnergy(int energyLevel, int targetSeconds) {
        int e = Math.max(1, Math.min(10, energyLevel));
        double wanted = 68 + e * 8.5; // 1 -> ~77 bpm (calm), 10 -> ~153 bpm (energetic)
        MusicalGrid best = null;
        for (int bpm : CANDIDATE_BPM) {
            double bar = 240.0 / bpm;
            double frames = bar * FPS;
            double bars = targetSeconds / bar;
            if (Math.abs(frames - Math.round(frames)) > 1e-9 || Math.abs(bars - Math.round(bars)) > 1e-9) continue;
            if (Math.round(bars) < 5) continue; // every scene needs at least one bar
            MusicalGrid g = new MusicalGrid(bpm, 4, (int) Math.round(bars), targetSeconds);
            if (best == null || Math.abs(bpm - wanted) < Math.abs(best.bpm - wanted)) best = g;
        }
        if (best == null) throw new IllegalArgumentException("no bar grid fits " + targetSeconds + " s");
        return best;
    }

    /**
     * Splits the bars over scenes in proportion to {@code weights}, every scene getting at least one
     * bar, and returns each scene's duration in seconds; the durations sum exactly to the target.
     */
    public List<Double> split(double[] weights) {
        int n = weights.length;
        double total = 0;
        for (double w : weights) total += w;
        int[] alloc = new int[n];
        double[] remainder = new double[n];
        int used = 0;
        for (int i = 0; i < n; i++) {
            double share = bars * weights[i] / total;
            alloc[i] = Math.max(1, (int) Math.floor(share));
            remainder[i] = share - Math.floor(share);
            used += alloc[i];
        }
        while (used < bars) { // hand the leftover bars to the largest remainders
            int best = 0;
            for (int i = 1; i < n; i++) if (remainder[i] > remainder[best]) best = i;
            alloc[best]++;
            remainder[best] = -1;
            used++;
        }
        while (used > bars) { // too many minimum bars: take from the longest scene
            int longest = 0;
            for (int i = 1; i < n; i++) if (alloc[i] > alloc[longest]) longest = i;
            alloc[longest]--;
            used--;
        }
        List<Double> out = new ArrayList<>(n);
        for (int a : alloc) out.add(a * barFrames() / (double) FPS);
        return out;
    }
}
