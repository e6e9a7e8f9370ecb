package vn.hdndso.plans;

/**
 * What a task's evidence points at. A document, session or dataset must exist in the task's council
 * (checked through their modules); a training course is a titled reference until the training
 * module exists; a link is any web address.
 */
public enum EvidenceKind {
    DOCUMENT,
    SESSION,
    DATASET,
    COURSE,
    LINK;

    /** Whether the reference names a record of another module, checked to exist in the council. */
    public boolean isRecord() {
        return this == DOCUMENT || this == SESSION || this == DATASET;
    }

    public String messageKey() {
        return "tasks.evidence.kind." + name();
    }
}
