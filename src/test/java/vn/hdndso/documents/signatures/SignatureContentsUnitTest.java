package vn.hdndso.documents.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/** The signature written into the place a prepared revision reserved for it, and nowhere else. */
class SignatureContentsUnitTest {

    private static final int ROOM = 40; // hex digits between '<' and '>'

    @Test
    void theSignatureGoesIntoTheReservedPlaceAndNothingElseChanges() throws Exception {
        byte[] prepared = prepared();
        long[] range = SignatureContents.lastByteRange(prepared);

        byte[] signed = SignatureContents.insert(prepared, new byte[] {(byte) 0xCA, (byte) 0xFE}, digest(prepared));

        String text = new String(signed, StandardCharsets.US_ASCII);
        assertThat(text).contains("/Contents <CAFE" + "0".repeat(ROOM - 4) + ">");
        assertThat(signed).hasSameSizeAs(prepared);
        assertThat(digest(signed)).isEqualTo(digest(prepared)); // the signed bytes are untouched
        int placeholder = text.indexOf("/Contents <") + "/Contents ".length();
        int after = placeholder + ROOM + 2;
        assertThat(range).containsExactly(0, placeholder, after, signed.length - after);
    }

    @Test
    void aSignatureOverOtherBytesIsRefused() throws Exception {
        byte[] prepared = prepared();
        byte[] other =
                MessageDigest.getInstance("SHA-256").digest("another revision".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> SignatureContents.insert(prepared, new byte[] {1}, other))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not what the signature was made over");
    }

    @Test
    void aSignatureLargerThanTheReservedPlaceIsRefused() throws Exception {
        byte[] prepared = prepared();

        assertThatThrownBy(() -> SignatureContents.insert(prepared, new byte[ROOM / 2 + 1], digest(prepared)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no room");
    }

    @Test
    void theFontKeepsEveryTableButHidesGlyphSubstitution() {
        byte[] font = new byte[12 + 16 * 2];
        font[5] = 2; // two tables
        System.arraycopy("GPOS".getBytes(StandardCharsets.US_ASCII), 0, font, 12, 4);
        System.arraycopy("GSUB".getBytes(StandardCharsets.US_ASCII), 0, font, 28, 4);

        byte[] changed = SignatureFont.withoutGlyphSubstitution(font);

        assertThat(new String(changed, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("GPOS");
        assertThat(new String(changed, 28, 4, StandardCharsets.US_ASCII)).isEqualTo("GSUa");
        assertThat(new String(font, 28, 4, StandardCharsets.US_ASCII)).isEqualTo("GSUB");
    }

    /** A revision like the one PDFBox writes: the byte range around a reserved hex string. */
    private static byte[] prepared() {
        String head = "%%PDF-1.7\n1 0 obj\n<</Type /Sig /ByteRange [0 %-10d %-10d %-10d] /Contents ";
        String tail = " /M (D:20250905091500+07'00')>>\nendobj\n%%EOF\n";
        int placeholderStart = String.format(head, 0, 0, 0).length();
        int placeholderEnd = placeholderStart + ROOM + 2;
        int length = placeholderEnd + tail.length();
        String pdf = String.format(head, placeholderStart, placeholderEnd, length - placeholderEnd) + "<"
                + "0".repeat(ROOM) + ">" + tail;
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] digest(byte[] pdf) throws Exception {
        long[] range = SignatureContents.lastByteRange(pdf);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(pdf, 0, (int) range[1]);
        sha256.update(pdf, (int) range[2], (int) range[3]);
        return sha256.digest();
    }
}
