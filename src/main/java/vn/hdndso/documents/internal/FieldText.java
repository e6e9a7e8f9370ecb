package vn.hdndso.documents.internal;

import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;

/** The checks every form of the module makes on a text field. */
final class FieldText {

    private FieldText() {}

    /** The text as stored: normalised, empty for null. */
    static String clean(@Nullable String value) {
        return value == null ? "" : VnText.normalize(value);
    }

    /**
     * Reports an empty value as {@code <keyPrefix>.<field>.required} and one longer than {@code
     * max} as {@code documents.field.tooLong}.
     */
    static void requireText(
            InvalidInputException.Collector problems, String keyPrefix, String field, String value, int max) {
        if (value.isEmpty()) {
            problems.add(field, keyPrefix + "." + field + ".required");
        } else if (value.length() > max) {
            problems.add(field, "documents.field.tooLong", max);
        }
    }
}
