package vn.hdndso.sessions;

/** Where a session stands: planned (staff only), convened (public, notices sent), in progress, closed. */
public enum SessionState {
    PLANNED,
    CONVENED,
    IN_PROGRESS,
    CLOSED;

    public String messageKey() {
        return "sessions.state." + name();
    }
}
