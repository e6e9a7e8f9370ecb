package vn.hdndso.files;

/** Whether a stored file's text could be extracted for search. */
public enum TextStatus {
    /** Text layer read and stored. */
    EXTRACTED,
    /** A PDF with pages but (almost) no text: a scan without a text layer. */
    NO_TEXT,
    /** Not a PDF: no text is extracted. */
    NOT_APPLICABLE,
    /** A PDF whose text could not be read although the file opened. */
    FAILED
}
