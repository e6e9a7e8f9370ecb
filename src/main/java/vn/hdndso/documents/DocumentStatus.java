package vn.hdndso.documents;

/**
 * Where an outgoing document is in its life: DRAFT → IN_REVIEW → APPROVED → ISSUED → RECALLED; a
 * document in review or approved may be returned to DRAFT, and any before its issue WITHDRAWN.
 */
public enum DocumentStatus {
    DRAFT("dự thảo"),
    IN_REVIEW("chờ duyệt"),
    APPROVED("đã duyệt"),
    ISSUED("đã ban hành"),
    RECALLED("đã thu hồi"),
    WITHDRAWN("đã rút");

    private final String vietnameseLabel;

    DocumentStatus(String vietnameseLabel) {
        this.vietnameseLabel = vietnameseLabel;
    }

    /** The state as error messages name it ("dự thảo"). */
    public String vietnameseLabel() {
        return vietnameseLabel;
    }

    public String messageKey() {
        return "documents.status." + name();
    }
}
