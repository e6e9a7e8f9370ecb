package vn.hdndso.petitions;

/** The three classes of an answer in the answer report (Joint Resolution 72/2025). */
public enum AnswerClass {
    /** Đã giải quyết xong. */
    RESOLVED,
    /** Đang giải quyết: with a roadmap and a date. */
    IN_PROGRESS,
    /** Giải trình, thông tin: explained or informed. */
    EXPLAINED
}
