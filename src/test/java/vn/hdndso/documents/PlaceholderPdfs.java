package vn.hdndso.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import vn.hdndso.documents.signatures.IssueMarks;

/** PDFs with the placeholders of docs/signing.md: text fields for the number/symbol and the place and date. */
public final class PlaceholderPdfs {

    private PlaceholderPdfs() {}

    /** A template as a clerk's office prepares it: "Số:" followed by a field, the place and date a field. */
    public static byte[] template() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(helvetica, 12);
                content.newLineAtOffset(60, 760);
                content.showText("So:");
                content.newLineAtOffset(0, -60);
                content.showText("KE HOACH");
                content.endText();
            }
            var form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            var resources = new PDResources();
            resources.put(org.apache.pdfbox.cos.COSName.getPDFName("Helv"), helvetica);
            form.setDefaultResources(resources);
            form.setDefaultAppearance("/Helv 0 Tf 0 g");
            form.getFields().add(field(form, page, IssueMarks.NUMBER_FIELD, new PDRectangle(90, 752, 150, 20)));
            form.getFields().add(field(form, page, IssueMarks.DATE_FIELD, new PDRectangle(300, 752, 260, 20)));
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static PDTextField field(PDAcroForm form, PDPage page, String name, PDRectangle where) throws IOException {
        var field = new PDTextField(form);
        field.setPartialName(name);
        field.setDefaultAppearance("/Helv 12 Tf 0 g");
        PDAnnotationWidget widget = field.getWidgets().getFirst();
        widget.setRectangle(where);
        widget.setPage(page);
        widget.setPrinted(true);
        page.getAnnotations().add(widget);
        return field;
    }
}
