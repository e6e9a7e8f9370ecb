package vn.hdndso.documents;

/**
 * A Word file (DOCX) kept with an outgoing document so that a clerk can edit the text in Word: a
 * generated report's DOCX beside its PDF. Private to the council's staff; the PDF (and, once
 * issued, the signed PDF) remains the document of record.
 *
 * @param name the file name offered for download
 * @param sha256 the content's SHA-256 in the blob store
 * @param size its length in bytes
 */
public record EditableOriginal(String name, String sha256, long size) {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
