package video.zapcut.media.music;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A decoded 16-bit PCM WAV, parsed by hand (chunk by chunk) so the tests check the bytes the
 * synthesiser really wrote, plus the signal measurements the tests share.
 */
record Wav(int sampleRate, int channels, int bitsPerSample, double[] left, double[] right) {

    static Wav read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (!tag(b).equals("RIFF")) throw new IOException("not RIFF");
        int riffSize = b.getInt();
        if (riffSize != b.capacity() - 8) throw new IOException("RIFF size " + riffSize + " != file size - 8");
        if (!tag(b).equals("WAVE")) throw new IOException("not WAVE");
        int format = -1, channels = -1, rate = -1, bits = -1;
        while (b.remaining() >= 8) {
            String id = tag(b);
            int size = b.getInt();
            if (id.equals("fmt ")) {
                int start = b.position();
                format = b.getShort();
                channels = b.getShort();
                rate = b.getInt();
                b.getInt();   // byte rate
                b.getShort(); // block align
                bits = b.getShort();
                b.position(start + size);
            } else if (id.equals("data")) {
                if (format != 1) throw new IOException("not PCM: format " + format);
                if (size != b.remaining()) throw new IOException("data size " + size + " != " + b.remaining());
                int frames = size / (channels * bits / 8);
                double[] left = new double[frames], right = new double[frames];
                for (int i = 0; i < frames; i++) {
                    left[i] = b.getShort() / 32768.0;
                    right[i] = channels > 1 ? b.getShort() / 32768.0 : left[i];
                }
                return new Wav(rate, channels, bits, left, right);
            } else {
                b.position(b.position() + size);
            }
        }
        throw new IOException("no data chunk");
    }

    private static String tag(ByteBuffer b) {
        byte[] id = new byte[4];
        b.get(id);
        return new String(id, StandardCharsets.US_ASCII);
    }

    int frames() { return left.length; }

    double seconds() { return frames() / (double) sampleRate; }

    /** RMS over both channels of [fromSeconds, toSeconds). */
    double rms(double fromSeconds, double toSeconds) {
        int from = (int) Math.round(fromSeconds * sampleRate), to = (int) Math.round(toSeconds * sampleRate);
        double sum = 0;
        for (int i = from; i < to; i++) sum += left[i] * left[i] + right[i] * right[i];
        return Math.sqrt(sum / (2.0 * (to - from)));
    }

    double peak() {
        double peak = 0;
        for (int i = 0; i < frames(); i++) peak = Math.max(peak, Math.max(Math.abs(left[i]), Math.abs(right[i])));
        return peak;
    }

    /**
     * Onset strength per hop (a simple spectral flux): how far the energy of the high-passed
     * (first-difference) mono signal in this hop rises above the loudest of the previous 20 ms,
     * relative to the average energy of the whole signal. Drum hits and plucks are sudden
     * broadband rises; pad swells, sustained notes and the ripple inside a decaying hit are not.
     */
    double[] onsetStrength(int hopSamples) {
        int hops = frames() / hopSamples;
        int lookBack = Math.max(1, (int) Math.round(0.020 * sampleRate / hopSamples));
        double[] energy = new double[hops];
        double previous = 0, total = 0;
        for (int h = 0; h < hops; h++) {
            double sum = 0;
            for (int i = h * hopSamples; i < (h + 1) * hopSamples; i++) {
                double mono = left[i] + right[i];
                double diff = mono - previous;
                previous = mono;
                sum += diff * diff;
                total += mono * mono;
            }
            energy[h] = sum;
        }
        double mean = Math.max(total / hops, 1e-12);
        double[] onset = new double[hops];
        for (int h = 1; h < hops; h++) {
            double recent = 0;
            for (int k = Math.max(0, h - lookBack); k < h; k++) recent = Math.max(recent, energy[k]);
            onset[h] = Math.max(0, energy[h] - recent) / mean;
        }
        return onset;
    }

    /** Share of signal energy above ~4 kHz (first-difference emphasis), in [fromSeconds, toSeconds). */
    double highFrequencyShare(double fromSeconds, double toSeconds) {
        int from = (int) Math.round(fromSeconds * sampleRate), to = (int) Math.round(toSeconds * sampleRate);
        double total = 0, high = 0;
        for (int i = Math.max(1, from); i < to; i++) {
            double x = left[i] + right[i];
            double d = x - (left[i - 1] + right[i - 1]);
            // A first difference has gain 2 sin(pi f / fs): ~0.5 at 4 kHz, so d^2 weights treble heavily.
            total += x * x;
            high += d * d;
        }
        return high / Math.max(total, 1e-12);
    }

    /**
     * Energy per pitch class (0 = C) in [fromSeconds, toSeconds): Goertzel power at every
     * equal-tempered pitch from C2 to C6, folded into one octave.
     */
    double[] chroma(double fromSeconds, double toSeconds) {
        int from = (int) Math.round(fromSeconds * sampleRate), to = (int) Math.round(toSeconds * sampleRate);
        double[] chroma = new double[12];
        for (int midi = 36; midi <= 84; midi++) {
            double hz = 440 * Math.pow(2, (midi - 69) / 12.0);
            double coefficient = 2 * Math.cos(2 * Math.PI * hz / sampleRate);
            double s1 = 0, s2 = 0;
            for (int i = from; i < to; i++) {
                double s0 = left[i] + right[i] + coefficient * s1 - s2;
                s2 = s1;
                s1 = s0;
            }
            chroma[midi % 12] += s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        }
        return chroma;
    }
}
