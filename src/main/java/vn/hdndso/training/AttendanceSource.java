package vn.hdndso.training;

/** How an attendance came in: entered by the clerk, imported from an attendance list, or checked in by the delegate. */
public enum AttendanceSource {
    ENTERED,
    IMPORTED,
    CHECK_IN;

    public String messageKey() {
        return "training.source." + name();
    }
}
