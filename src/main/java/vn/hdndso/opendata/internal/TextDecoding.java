package vn.hdndso.opendata.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns the bytes of a text file into NFC text: a byte-order mark decides first (UTF-8, UTF-16);
 * without one, zero bytes in alternate positions mean UTF-16, valid UTF-8 means UTF-8, and
 * anything else is read as Windows-1258 (Vietnamese ANSI, which writes tone marks as combining
 * characters: NFC composes them).
 */
final class TextDecoding {

    public static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private TextDecoding() {}

    /** The text and the encoding it was read in ("UTF-8", "UTF-8 (BOM)", "UTF-16LE", "windows-1258"). */
    record Decoded(String text, String encoding) {}

    public static Decoded decode(byte[] bytes) {
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            return nfc(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (starts(bytes, 0xFF, 0xFE)) {
            return nfc(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            return nfc(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        int sample = Math.min(bytes.length, 4096);
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        if (sample >= 4 && zeroOdd > sample / 8 && zeroEven == 0) {
            return nfc(new String(bytes, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (sample >= 4 && zeroEven > sample / 8 && zeroOdd == 0) {
            return nfc(new String(bytes, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return nfc(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return nfc(new String(bytes, WINDOWS_1258), "windows-1258");
        }
    }

    private static Decoded nfc(String text, String encoding) {
        return new Decoded(Normalizer.normalize(text, Normalizer.Form.NFC), encoding);
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
