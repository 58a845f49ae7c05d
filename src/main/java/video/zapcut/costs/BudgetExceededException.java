package video.zapcut.costs;

/** A vendor call would take the ad past its budget; the job stops before spending it. Not retryable. */
public final class BudgetExceededException extends RuntimeException {
    private final long budgetCents;
    private final double committedCents;
    private final double callCents;

    public BudgetExceededException(long budgetCents, double committedCents, double callCents, String what) {
        super(String.format("budget of %d cents would be exceeded: %.2f spent or reserved, %s would cost %.2f",
                budgetCents, committedCents, what, callCents));
        this.budgetCents = budgetCents;
        this.committedCents = committedCents;
        this.callCents = callCents;
    }

    public long budgetCents() { return budgetCents; }
    public double committedCents() { return committedCents; }
    public double callCents() { return callCents; }
}
