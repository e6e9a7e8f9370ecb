package vn.hdndso.sessions;

/** The three levels of a confidence vote (Resolution 96/2023/QH15). */
public enum ConfidenceLevel {
    /** tín nhiệm cao */
    HIGH,
    /** tín nhiệm */
    MEDIUM,
    /** tín nhiệm thấp */
    LOW;

    public String messageKey() {
        return "votes.confidence." + name();
    }
}
