package video.zapcut.costs;

/** An amount of one billing unit: input_tokens, output_tokens, image, video_second or music_second. */
public record Units(double amount, String unit) {
    public Units {
        if (amount < 0 || Double.isNaN(amount)) throw new IllegalArgumentException("units must be >= 0, not " + amount);
    }

    public static Units of(double amount, String unit) { return new Units(amount, unit); }
}
