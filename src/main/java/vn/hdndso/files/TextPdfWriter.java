package vn.hdndso.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * Writes lines of text top to bottom on A4 pages, starting a new page when one is full: the
 * margins of Decree 30 (30 mm left, 20 mm right and top), 11 pt Liberation Sans (shipped with
 * PDFBox, embedded as a subset) so that Vietnamese is drawn, 15 pt leading. The caller lays out the
 * page with {@link #line}, {@link #centred}, {@link #paragraph} and {@link #y}, then takes {@link
 * #toBytes}. Not thread-safe; close it when done.
 */
public final class TextPdfWriter implements AutoCloseable {

    public static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    public static final float LEFT = 85f; // 30 mm, Decree 30
    public static final float RIGHT = 57f; // 20 mm
    public static final float LEADING = 15f;

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float TOP = 57f;
    private static final float SIZE = 11f;

    private final PDDocument pdf;
    private final PDFont font;
    private final float bottom;
    private final boolean dropUnprintable;
    private @Nullable PDPageContentStream content;
    private float y;

    /**
     * @param bottom the bottom margin in points: no line starts below it
     * @param dropUnprintable whether characters the font cannot draw are dropped (control
     *     characters) or drawn as '?' instead of failing; OCR text wants this
     */
    public TextPdfWriter(float bottom, boolean dropUnprintable) {
        this.bottom = bottom;
        this.dropUnprintable = dropUnprintable;
        this.pdf = new PDDocument();
        try (InputStream fontBytes = TextPdfWriter.class.getResourceAsStream(FONT)) {
            if (fontBytes == null) {
                throw new IllegalStateException("font missing: " + FONT);
            }
            this.font = PDType0Font.load(pdf, fontBytes, true);
            newPage();
        } catch (IOException e) {
            closeQuietly();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    /** Where the next line's baseline stands, in points from the bottom of the page. */
    public float y() {
        return y;
    }

    public void y(float y) {
        this.y = y;
    }

    /** Moves the next line down by the given points (half a {@link #LEADING} for a gap). */
    public void down(float points) {
        y -= points;
    }

    /** One line at x, unwrapped. */
    public void line(String text, float x) {
        try {
            if (y < bottom) {
                newPage();
            }
            var stream = content();
            stream.beginText();
            stream.setFont(font, SIZE);
            stream.newLineAtOffset(x, y);
            stream.showText(printable(text));
            stream.endText();
            y -= LEADING;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line centred between from and to, unwrapped; a line wider than that starts at from. */
    public void centred(String text, float from, float to) {
        float textWidth = width(printable(text));
        line(text, from + Math.max(0, (to - from - textWidth) / 2));
    }

    /** The text wrapped to the width between from and to, each line centred there. */
    public void centredWrapped(String text, float from, float to) {
        for (String line : wrap(text, to - from)) {
            line(line, from + (to - from - width(line)) / 2);
        }
    }

    /** The text wrapped to the width between from and to, each line starting at from. */
    public void paragraph(String text, float from, float to) {
        for (String line : wrap(text, to - from)) {
            line(line, from);
        }
    }

    /** The text's words in lines no wider than max (a word wider than that stands alone). */
    public List<String> wrap(String text, float max) {
        List<String> lines = new ArrayList<>();
        var line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate) > max) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Finishes the last page and returns the PDF. */
    public byte[] toBytes() {
        try {
            content().close();
            content = null;
            var out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
                content = null;
            }
            pdf.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeQuietly() {
        try {
            pdf.close();
        } catch (IOException ignored) {
            // already failing
        }
    }

    private PDPageContentStream content() {
        var stream = content;
        if (stream == null) {
            throw new IllegalStateException("the PDF is finished");
        }
        return stream;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        var page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        content = new PDPageContentStream(pdf, page);
        y = PDRectangle.A4.getHeight() - TOP;
    }

    private float width(String text) {
        try {
            return font.getStringWidth(text) / 1000 * SIZE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops characters the font cannot draw (OCR debris such as control characters), if asked. */
    private String printable(String text) {
        if (!dropUnprintable) {
            return text;
        }
        var out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += Character.charCount(cp);
            if (Character.isISOControl(cp)) {
                continue;
            }
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IllegalArgumentException e) {
                out.append('?');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }
}
