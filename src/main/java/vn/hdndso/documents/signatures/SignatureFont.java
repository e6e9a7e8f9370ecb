package vn.hdndso.documents.signatures;

import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.DSSFileFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The font of the visible signature: Liberation Sans (shipped with PDFBox; it has every precomposed
 * Vietnamese letter), read once and embedded as a subset in each signature, 8 pt.
 *
 * <p>Its glyph substitution table (GSUB: ligatures such as "fi") is hidden from PDFBox by renaming
 * the table's tag: with it, PDFBox parses the table and runs every line of the signature text
 * through it on every signature, about an eighth of the time of signing, for text that needs no
 * substitution (precomposed letters map to their glyphs directly).
 */
final class SignatureFont {

    static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float SIZE = 8f;

    private SignatureFont() {}

    static DSSFileFont load() {
        try (InputStream in = SignatureFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + RESOURCE);
            }
            var font = new DSSFileFont(
                    new InMemoryDocument(
                            withoutGlyphSubstitution(in.readAllBytes()),
                            "LiberationSans-Regular.ttf",
                            MimeTypeEnum.BINARY),
                    SIZE);
            font.setEmbedFontSubset(true);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The TrueType font with its GSUB table's tag renamed to {@code GSUa} (an unknown table, which
     * readers skip; the table directory stays sorted by tag).
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        ByteBuffer font = ByteBuffer.wrap(ttf);
        int tables = Short.toUnsignedInt(font.getShort(4));
        byte[] gsub = "GSUB".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (java.util.Arrays.equals(ttf, entry, entry + 4, gsub, 0, 4)) {
                byte[] renamed = ttf.clone();
                renamed[entry + 3] = 'a';
                return renamed;
            }
        }
        return ttf;
    }
}
