package vn.hdndso.documents;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How urgent a document is (Decree 30, Art. 8): thường, khẩn, thượng khẩn, hỏa tốc. */
public enum Urgency {
    NORMAL,
    URGENT,
    VERY_URGENT,
    FLASH;

    private static final String[] VIETNAMESE = {"THƯỜNG", "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"};

    /** By name ({@code URGENT}) or by its Vietnamese mark ({@code KHẨN}), ignoring case. */
    public static Optional<Urgency> parse(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .toUpperCase(Locale.forLanguageTag("vi"));
        for (Urgency urgency : values()) {
            if (urgency.name().equals(text) || VIETNAMESE[urgency.ordinal()].equals(text)) {
                return Optional.of(urgency);
            }
        }
        return Optional.empty();
    }

    /** The mark as printed on a document: THƯỜNG, KHẨN, THƯỢNG KHẨN, HỎA TỐC. */
    public String vietnamese() {
        return VIETNAMESE[ordinal()];
    }

    /** Khẩn, thượng khẩn and hỏa tốc are presented immediately. */
    public boolean isUrgent() {
        return this != NORMAL;
    }
}
