package vn.hdndso.documents.signatures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Writes the number/symbol and the place and date into a PDF before it is signed, so that a
 * printed copy is complete. The placeholders are text form fields of the PDF (AcroForm), by name:
 *
 * <ul>
 *   <li>{@value #NUMBER_FIELD}: the number/symbol, {@code 03/KH-TTHĐND} (the template writes "Số:"
 *       before the field);
 *   <li>{@value #DATE_FIELD}: the place and date, {@code Lạc Phượng, ngày 05 tháng 9 năm 2025}.
 * </ul>
 *
 * The fields are filled in Liberation Sans (embedded, it covers Vietnamese) with the field's own
 * size (automatic when the template says 0) and flattened into the page, so that they are part of
 * the signed content. A PDF without these fields is returned unchanged: the visible signature
 * carries the number and the date instead ({@link PadesSigner}).
 */
public final class IssueMarks {

    public static final String NUMBER_FIELD = "so_ky_hieu";
    public static final String DATE_FIELD = "dia_danh_ngay";

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private IssueMarks() {}

    /**
     * The PDF with its placeholders filled.
     *
     * @param filled whether the PDF had placeholders
     * @param signatures how many signatures the PDF carries already (an upload signed elsewhere),
     *     read from the same parse, so that the signer need not parse the PDF again to place its own
     */
    public record Marked(byte[] pdf, boolean filled, int signatures) {}

    public static Marked write(byte[] pdf, String numberSymbol, String placeAndDate) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int signatures = document.getSignatureDictionaries().size();
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            if (form == null) {
                return new Marked(pdf, false, signatures);
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put(NUMBER_FIELD, numberSymbol);
            values.put(DATE_FIELD, placeAndDate);
            List<PDTextField> fields = new ArrayList<>();
            for (var value : values.entrySet()) {
                PDField field = form.getField(value.getKey());
                if (field instanceof PDTextField text) {
                    fields.add(text);
                }
            }
            if (fields.isEmpty()) {
                return new Marked(pdf, false, signatures);
            }
            PDType0Font font;
            try (InputStream in = IssueMarks.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the classpath: " + FONT);
                }
                // whole font: form appearances are generated after loading, a subset would miss glyphs
                font = PDType0Font.load(document, in, false);
            }
            PDResources resources = form.getDefaultResources();
            if (resources == null) {
                resources = new PDResources();
                form.setDefaultResources(resources);
            }
            String fontName = resources.add(font).getName();
            form.setNeedAppearances(false);
            for (PDTextField field : fields) {
                String appearance = field.getDefaultAppearance();
                field.setDefaultAppearance(
                        "/" + fontName + " " + size(appearance == null ? "" : appearance) + " Tf 0 g");
                field.setValue(values.get(field.getPartialName()));
            }
            form.flatten(new ArrayList<>(fields), true);
            var out = new ByteArrayOutputStream(pdf.length + 512 * 1024);
            document.save(out);
            return new Marked(out.toByteArray(), true, signatures);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the number and date into the PDF", e);
        }
    }

    /** The font size of a default appearance ({@code /Helv 12 Tf 0 g} → 12), 0 (automatic) when unknown. */
    static String size(String defaultAppearance) {
        var m = java.util.regex.Pattern.compile("([0-9.]+)\\s+Tf").matcher(defaultAppearance);
        return m.find() ? m.group(1) : "0";
    }
}
