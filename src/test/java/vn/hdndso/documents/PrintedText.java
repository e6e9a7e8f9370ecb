package vn.hdndso.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a printed copy of a PDF shows, as text: the pages' text and the text of every visible
 * annotation's appearance (a visible signature prints, but text extraction skips annotations).
 */
public final class PrintedText {

    private PrintedText() {}

    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf);
                PDDocument appearances = new PDDocument()) {
            var stripper = new PDFTextStripper();
            String pages = stripper.getText(document);
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    var appearance = annotation.getNormalAppearanceStream();
                    if (appearance == null || annotation.isHidden() || annotation.isNoView()) {
                        continue;
                    }
                    var copy = new PDPage(appearance.getBBox());
                    appearances.addPage(copy);
                    try (var content = new PDPageContentStream(appearances, copy)) {
                        content.drawForm(appearance);
                    }
                }
            }
            return pages + "\n" + stripper.getText(appearances);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
