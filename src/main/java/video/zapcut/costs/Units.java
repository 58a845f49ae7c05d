package video.zapcut.costs;

/**
 * An amount of one billing unit: input_tokens, output_tokens, image, video_second, music_second,
 * voice_character (a character of text spoken) or transcription_second (a second of audio transcribed,
 * for a voiceover's word timings).
 */
public record Units(double amount, String unit) {
    public Units {
        if (amount < 0 || Double.isNaN(amount)) throw new IllegalArgumentException("units must be >= 0, not " + amount);
    }

    public static Units of(double amount, String unit) { return new Units(amount, unit); }
}
