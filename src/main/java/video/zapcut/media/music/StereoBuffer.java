package video.zapcut.media.music;

/** The mix bus: left and right channels plus a mono send that feeds the reverb. */
final class StereoBuffer {
    final int frames;
    final double[] left;
    final double[] right;
    final double[] reverbSend;

    StereoBuffer(int frames) {
        this.frames = frames;
        this.left = new double[frames];
        this.right = new double[frames];
        this.reverbSend = new double[frames];
    }
}
