package vn.hdndso.documents;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document's number and symbol (số, ký hiệu) as Decree 30 writes it (Annex I §II.3):
 * {@code 02/KH-TTHĐND}, {@code 15/NQ-HĐND}; a normative resolution may carry the year,
 * {@code 01/2025/NQ-HĐND}; a công văn names the issuer and the drafting unit, {@code 07/HĐND-VP}.
 * Numbers below 10 are zero-padded; there are no spaces.
 *
 * @param number the sequential number in its series, from 1
 * @param year the year of the series (Vietnam time)
 * @param type the document type
 * @param issuerSymbol the issuing body's symbol ("TTHĐND")
 * @param unitSymbol for a công văn, the drafting unit's symbol, if any
 * @param yearInNumber whether the year is written into the number (normative resolutions)
 */
public record DocumentNumber(
        int number,
        int year,
        DocumentType type,
        String issuerSymbol,
        @Nullable String unitSymbol,
        boolean yearInNumber) {

    public DocumentNumber {
        if (number < 1) {
            throw new IllegalArgumentException("a document number starts at 1: " + number);
        }
        Objects.requireNonNull(type, "type");
        if (issuerSymbol == null || issuerSymbol.isBlank() || issuerSymbol.contains(" ")) {
            throw new IllegalArgumentException("issuer symbol without spaces required: " + issuerSymbol);
        }
        if (unitSymbol != null && (unitSymbol.isBlank() || unitSymbol.contains(" "))) {
            throw new IllegalArgumentException("unit symbol without spaces: " + unitSymbol);
        }
    }

    /** A number of an ordinary series: {@code NN/TYPE-ISSUER}. */
    public static DocumentNumber of(int number, int year, DocumentType type, String issuerSymbol) {
        return new DocumentNumber(number, year, type, issuerSymbol, null, false);
    }

    /** {@code 02/KH-TTHĐND}, {@code 01/2025/NQ-HĐND}, {@code 07/HĐND-VP}. */
    public String format() {
        var text = new StringBuilder(padded(number)).append('/');
        if (yearInNumber) {
            text.append(year).append('/');
        }
        if (type.abbreviation().isPresent()) {
            text.append(type.abbreviation().get()).append('-').append(issuerSymbol);
        } else {
            text.append(issuerSymbol);
            if (unitSymbol != null) {
                text.append('-').append(unitSymbol);
            }
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    static String padded(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
