package vn.hdndso.shared.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One byte range of a representation of known size, read from a {@code Range} header (RFC 9110
 * §14.1.2): {@code bytes=first-last}, {@code bytes=first-} or the suffix {@code bytes=-length}.
 * Positions beyond any real size (more digits than a {@code long} holds) are read as "beyond the
 * end", never as an error: a first position past the end is unsatisfiable, a last position past
 * the end means "to the end", a suffix longer than the content is the whole content.
 *
 * @param first the first byte sent
 * @param last the last byte sent (inclusive)
 */
public record ByteRange(long first, long last) {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    public ByteRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("not a byte range: " + first + "-" + last);
        }
    }

    /** How many bytes the range holds. */
    public long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} value of this range of content of {@code size} bytes. */
    public String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /** The {@code Content-Range} value of a {@code 416} answer. */
    public static String unsatisfied(long size) {
        return "bytes */" + size;
    }

    /**
     * The range the header asks of content of {@code size} bytes; empty when it cannot be satisfied
     * (or is not a single byte range), which is answered with {@code 416}.
     */
    public static Optional<ByteRange> of(String header, long size) {
        Matcher m = RANGE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty()) || size <= 0) {
            return Optional.empty();
        }
        if (m.group(1).isEmpty()) {
            long suffix = position(m.group(2));
            if (suffix == 0) {
                return Optional.empty();
            }
            return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long first = position(m.group(1));
        @Nullable String lastText = m.group(2).isEmpty() ? null : m.group(2);
        long last = lastText == null ? size - 1 : Math.min(size - 1, position(lastText));
        if (first >= size || first > last) {
            return Optional.empty();
        }
        return Optional.of(new ByteRange(first, last));
    }

    /** A position; {@link Long#MAX_VALUE} for one too large for a {@code long}. */
    private static long position(String digits) {
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        if (significant.length() > 18) {
            return Long.MAX_VALUE;
        }
        return Long.parseLong(significant);
    }
}
