package vn.hdndso.sessions.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;

/** Checks of what staff type into a session's fields; each problem is reported on its field. */
final class SessionInput {

    static final int MAX_TITLE = 300;
    static final int MAX_ITEM_TITLE = 500;
    static final int MAX_URL = 500;

    private SessionInput() {}

    /** The text normalised; empty for none. */
    static String clean(@Nullable String value) {
        return value == null ? "" : VnText.normalize(value);
    }

    /** An optional text of at most {@code max} characters; null when empty. */
    static @Nullable String optional(
            InvalidInputException.Collector problems, String field, @Nullable String value, int max) {
        String clean = clean(value);
        if (clean.length() > max) {
            problems.add(field, "sessions.field.tooLong", max);
        }
        return clean.isEmpty() ? null : clean;
    }

    /** An optional http(s) address; null when empty. */
    static @Nullable String url(InvalidInputException.Collector problems, String field, @Nullable String value) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(clean);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http"))
                    || uri.getHost() == null
                    || clean.length() > MAX_URL) {
                problems.add(field, "sessions.url.invalid");
            }
        } catch (URISyntaxException e) {
            problems.add(field, "sessions.url.invalid");
        }
        return clean;
    }
}
