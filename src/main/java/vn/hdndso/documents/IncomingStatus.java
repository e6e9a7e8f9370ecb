package vn.hdndso.documents;

/** Where an incoming document is in its handling. */
public enum IncomingStatus {
    /** Registered with its arrival number, not yet passed on. */
    RECEIVED,
    /** Passed on to a handler, with or without a deadline. */
    ASSIGNED,
    /** The handler reported progress. */
    IN_PROGRESS,
    /** Handled; perhaps answered by a reply document. */
    DONE
}
