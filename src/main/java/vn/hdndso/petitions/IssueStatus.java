package vn.hdndso.petitions;

/** Where a petition issue stands. */
public enum IssueStatus {
    /** Received, being classified and aggregated. */
    OPEN,
    /** With a competent body, waiting for its answer until the deadline. */
    TRANSFERRED,
    /** The body answered. */
    ANSWERED,
    /** Routed out of the petition track (a complaint or denunciation) or withdrawn. */
    CLOSED
}
