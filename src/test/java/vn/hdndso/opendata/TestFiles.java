package vn.hdndso.opendata;

import java.nio.charset.Charset;
import java.text.Normalizer;

/** Test input as real offices produce it. */
public final class TestFiles {

    public static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private TestFiles() {}

    /** Vietnamese ANSI as Windows writes it: precomposed vowels, tone marks as combining characters. */
    public static byte[] windows1258(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String tones = decomposed.replaceAll("[^\\u0300\\u0301\\u0303\\u0309\\u0323]", "");
            String base = Normalizer.normalize(
                    decomposed.replaceAll("[\\u0300\\u0301\\u0303\\u0309\\u0323]", ""), Normalizer.Form.NFC);
            out.append(base).append(tones);
        }
        byte[] bytes = out.toString().getBytes(WINDOWS_1258);
        if (new String(bytes, WINDOWS_1258).contains("?")) {
            throw new IllegalArgumentException("not representable in Windows-1258: " + text);
        }
        return bytes;
    }
}
