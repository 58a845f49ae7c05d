package video.zapcut.costs;

/**
 * What vendor clients report to: {@link #reserve} before a call (throws {@link BudgetExceededException}
 * when the ad's budget would be passed), {@link #charge} after it with what the vendor actually
 * billed (tokens, images, seconds). Calls outside a generation (e.g. `zapcut providers --check`)
 * are recorded without an ad.
 */
public interface CostMeter {
    /** Units: input_tokens, output_tokens, image, video_second, music_second. */
    void reserve(String capability, String provider, String model, double units, String unit);

    void charge(String capability, String provider, String model, double units, String unit, String requestId);

    CostMeter NONE = new CostMeter() {
        @Override public void reserve(String c, String p, String m, double u, String unit) {}
        @Override public void charge(String c, String p, String m, double u, String unit, String id) {}
    };
}
