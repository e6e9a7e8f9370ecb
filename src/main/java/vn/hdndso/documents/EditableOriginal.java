package vn.hdndso.documents;

/**
 * A Word file (DOCX, or an ODT) kept with an outgoing document so that a clerk can edit the text in
 * Word: a generated report's DOCX beside its PDF, or the DOCX/ODT a clerk uploaded, which was
 * converted to the PDF. Private to the council's staff; the PDF (and, once
 * issued, the signed PDF) remains the document of record.
 *
 * @param name the file name offered for download
 * @param sha256 the content's SHA-256 in the blob store
 * @param size its length in bytes
 * @param mediaType DOCX's ({@link #MEDIA_TYPE}) or ODT's
 */
public record EditableOriginal(String name, String sha256, long size, String mediaType) {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** A DOCX. */
    public EditableOriginal(String name, String sha256, long size) {
        this(name, sha256, size, MEDIA_TYPE);
    }
}
