package video.zapcut.media;

/**
 * Facts about a media file as FFmpeg reports them (the bundled ffmpeg has no ffprobe, so these are
 * read from {@code ffmpeg -i}). Fields that do not apply (no audio stream, say) are null.
 */
public record MediaInfo(double durationSeconds, String videoCodec, String pixelFormat, Integer width, Integer height,
                        Double fps, String audioCodec, Integer sampleRate, Integer channels, long sizeBytes) {}
