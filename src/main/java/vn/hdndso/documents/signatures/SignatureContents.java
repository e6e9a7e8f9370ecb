package vn.hdndso.documents.signatures;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Writes a signature (the DER CMS) into the place a new PDF revision reserved for it: the hex
 * string {@code <000…>} of the signature dictionary's {@code /Contents}, which the {@code
 * /ByteRange} [0 a b c] leaves out of what is signed (bytes a to b). Before writing, the digest of
 * the byte range is computed again and must be the one the CMS was built over, so a signature is
 * never written into bytes it does not cover.
 */
final class SignatureContents {

    private static final byte[] BYTE_RANGE = "/ByteRange".getBytes(StandardCharsets.US_ASCII);

    private SignatureContents() {}

    /**
     * The PDF with {@code cms} in its last signature's reserved place.
     *
     * @param sha256 the SHA-256 digest of the byte range the CMS signs
     */
    static byte[] insert(byte[] prepared, byte[] cms, byte[] sha256) {
        long[] range = lastByteRange(prepared);
        if (range[0] != 0 || range[2] + range[3] != prepared.length || range[1] >= range[2]) {
            throw new IllegalStateException("the signature's byte range does not cover the whole revision");
        }
        int from = Math.toIntExact(range[1]);
        int to = Math.toIntExact(range[2]);
        if (!Arrays.equals(digest(prepared, from, to), sha256)) {
            throw new IllegalStateException("the prepared revision is not what the signature was made over");
        }
        int room = to - from - 2; // between '<' and '>'
        byte[] hex = HexFormat.of().withUpperCase().formatHex(cms).getBytes(StandardCharsets.US_ASCII);
        if (prepared[from] != '<' || prepared[to - 1] != '>' || hex.length > room) {
            throw new IllegalStateException(
                    "no room for a signature of " + cms.length + " bytes (" + room / 2 + " reserved)");
        }
        byte[] signed = prepared.clone();
        System.arraycopy(hex, 0, signed, from + 1, hex.length);
        Arrays.fill(signed, from + 1 + hex.length, to - 1, (byte) '0');
        return signed;
    }

    /** The four numbers of the last {@code /ByteRange [a b c d]} of the file (the new revision's). */
    static long[] lastByteRange(byte[] pdf) {
        for (int at = pdf.length - BYTE_RANGE.length; at >= 0; at--) {
            if (pdf[at] == '/' && Arrays.equals(pdf, at, at + BYTE_RANGE.length, BYTE_RANGE, 0, BYTE_RANGE.length)) {
                return numbers(pdf, at + BYTE_RANGE.length);
            }
        }
        throw new IllegalStateException("the prepared revision has no /ByteRange");
    }

    private static long[] numbers(byte[] pdf, int at) {
        int i = at;
        while (i < pdf.length && pdf[i] != '[') {
            i++;
        }
        long[] values = new long[4];
        for (int n = 0; n < 4; n++) {
            while (i < pdf.length && (pdf[i] < '0' || pdf[i] > '9')) {
                if (pdf[i] == ']') {
                    throw new IllegalStateException("a /ByteRange of fewer than four numbers");
                }
                i++;
            }
            long value = 0;
            int digits = 0;
            while (i < pdf.length && pdf[i] >= '0' && pdf[i] <= '9') {
                value = value * 10 + (pdf[i] - '0');
                i++;
                digits++;
            }
            if (digits == 0) {
                throw new IllegalStateException("an unreadable /ByteRange");
            }
            values[n] = value;
        }
        return values;
    }

    private static byte[] digest(byte[] pdf, int from, int to) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(pdf, 0, from);
            sha256.update(pdf, to, pdf.length - to);
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
