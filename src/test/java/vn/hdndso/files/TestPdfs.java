package vn.hdndso.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** Real PDFs for tests, made with PDFBox: Vietnamese text with an embedded font, scans, protected. */
public final class TestPdfs {

    /** Real resolutions of People's Councils, as text. */
    public static final Path RESOLUTIONS = Path.of("testdata/documents/hdnd-resolutions");

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private TestPdfs() {}

    /** The text of a resolution file without Markdown marks. */
    public static String resolution(String fileName) {
        try {
            return java.nio.file.Files.readString(RESOLUTIONS.resolve(fileName), StandardCharsets.UTF_8)
                    .replaceAll("(?m)^#+\\s*", "")
                    .replace("**", "")
                    .replace("*", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text PDF of the given lines (wrapped, paginated), saved without compression. */
    public static byte[] textPdf(String text) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font;
            try (InputStream in = TestPdfs.class.getResourceAsStream(FONT)) {
                font = PDType0Font.load(document, in);
            }
            List<String> lines = wrap(text, 95);
            int perPage = 50;
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(14);
                    content.newLineAtOffset(50, 800);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A "scan": pages carrying only an image, no text layer. */
    public static byte[] scannedPdf(int pages) {
        try (PDDocument document = new PDDocument()) {
            BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 200, 280);
            g.setColor(java.awt.Color.BLACK);
            for (int y = 20; y < 260; y += 12) {
                g.fillRect(20, y, 160, 4);
            }
            g.dispose();
            var picture = LosslessFactory.createFromImage(document, image);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that opens only with a user password. */
    public static byte[] passwordPdf() {
        return protectedPdf("mat-khau");
    }

    /** A PDF encrypted with an owner password only: it opens, but is encrypted. */
    public static byte[] ownerEncryptedPdf() {
        return protectedPdf("");
    }

    private static byte[] protectedPdf(String userPassword) {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            var policy = new StandardProtectionPolicy("chu-so-huu", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        var out = new ByteArrayOutputStream();
        document.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            String rest = paragraph.strip();
            if (rest.isEmpty()) {
                lines.add("");
                continue;
            }
            while (rest.length() > width) {
                int cut = rest.lastIndexOf(' ', width);
                cut = cut <= 0 ? width : cut;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut).strip();
            }
            lines.add(rest);
        }
        return lines;
    }
}
