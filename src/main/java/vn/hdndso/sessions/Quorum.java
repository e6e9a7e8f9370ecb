package vn.hdndso.sessions;

/**
 * Attendance against all delegates of the term: the sitting has its quorum when more than half of
 * them are present.
 */
public record Quorum(int present, int totalDelegates) {

    public boolean reached() {
        return 2L * present > totalDelegates;
    }
}
