package vn.hdndso.petitions.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Tracking codes: 10 symbols from an alphabet of 30 that cannot be mistaken for each other when
 * read aloud or copied from paper (no I, O, 0, 1; no S or Z beside 5 and 2), drawn from {@link SecureRandom}:
 * 30¹⁰ ≈ 5.9 × 10¹⁴ codes, so guessing one is hopeless. Shown in two groups of five.
 */
final class TrackingCodes {

    public static final String ALPHABET = "ABCDEFGHJKLMNPQRTUVWXY23456789";
    public static final int LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {}

    public static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** "abcde-fghjk", "ABCDE FGHJK" → "ABCDEFGHJK"; anything that cannot be a code → empty. */
    public static Optional<String> parse(String input) {
        String code = input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }

    /** "ABCDEFGHJK" → "ABCDE-FGHJK". */
    public static String display(String code) {
        return code.length() == LENGTH ? code.substring(0, 5) + "-" + code.substring(5) : code;
    }
}
