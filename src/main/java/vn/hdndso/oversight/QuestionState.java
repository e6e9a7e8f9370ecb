package vn.hdndso.oversight;

/** Where a question stands: asked, scheduled on an agenda item, answered. */
public enum QuestionState {
    ASKED,
    SCHEDULED,
    ANSWERED;

    public String messageKey() {
        return "oversight.question.state." + name();
    }
}
