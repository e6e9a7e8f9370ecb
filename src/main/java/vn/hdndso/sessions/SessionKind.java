package vn.hdndso.sessions;

/** What kind of meeting: a session of the whole council or a meeting of one of its bodies. */
public enum SessionKind {
    /** Kỳ họp thường lệ: at least two a year. */
    REGULAR,
    /** Kỳ họp chuyên đề. */
    THEMATIC,
    /** Phiên họp Thường trực HĐND. */
    STANDING_COMMITTEE,
    /** Phiên họp của một Ban. */
    COMMITTEE;

    public String messageKey() {
        return "sessions.kind." + name();
    }
}
