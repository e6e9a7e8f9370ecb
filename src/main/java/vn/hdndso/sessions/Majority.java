package vn.hdndso.sessions;

/**
 * The majority a motion needs, always counted against all delegates of the term, not those
 * present (Law 72/2025/QH15).
 */
public enum Majority {
    /** More than half of all delegates. */
    MORE_THAN_HALF_OF_ALL,
    /** At least two thirds of all delegates (dismissal and other special matters). */
    TWO_THIRDS_OF_ALL;

    /** Whether {@code yes} votes carry a motion in a term of {@code delegates} delegates. */
    public boolean carries(int yes, int delegates) {
        if (delegates <= 0) {
            return false;
        }
        return switch (this) {
            case MORE_THAN_HALF_OF_ALL -> 2L * yes > delegates;
            case TWO_THIRDS_OF_ALL -> 3L * yes >= 2L * delegates;
        };
    }

    /** The smallest number of YES votes that carries. */
    public int needed(int delegates) {
        return switch (this) {
            case MORE_THAN_HALF_OF_ALL -> delegates / 2 + 1;
            case TWO_THIRDS_OF_ALL -> (2 * delegates + 2) / 3;
        };
    }

    public String messageKey() {
        return "sessions.majority." + name();
    }
}
