package vn.hdndso.councils;

/** The organs of a council within a term. */
public enum BodyKind {
    /** Thường trực HĐND. */
    STANDING_COMMITTEE,
    /** Ban của HĐND. */
    COMMITTEE,
    /** Tổ đại biểu. */
    DELEGATE_GROUP;

    public String messageKey() {
        return "council.body.kind." + name();
    }
}
