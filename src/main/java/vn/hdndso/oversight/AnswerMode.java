package vn.hdndso.oversight;

/** How a question was answered: directly in the session, or in writing. */
public enum AnswerMode {
    IN_SESSION,
    WRITTEN;

    public String messageKey() {
        return "oversight.answer.mode." + name();
    }
}
