package vn.hdndso.files;

/**
 * A word-processing document and the PDF LibreOffice made of it.
 *
 * @param sourceType DOCX or ODT
 * @param pdf the converted PDF
 */
public record ConvertedDocument(FileType sourceType, byte[] pdf) {

    /** The name of the PDF for a source file name: its extension replaced by {@code .pdf}. */
    public static String pdfName(String sourceName) {
        String base = sourceName.replaceAll("(?i)\\.(docx|odt)$", "");
        return (base.isBlank() ? "van-ban" : base) + ".pdf";
    }
}
