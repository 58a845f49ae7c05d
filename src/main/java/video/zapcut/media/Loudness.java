package video.zapcut.media;

/** EBU R128 measurement: integrated loudness (LUFS), loudness range (LU) and true peak (dBTP). */
public record Loudness(double integratedLufs, double rangeLu, double truePeakDbtp) {}
