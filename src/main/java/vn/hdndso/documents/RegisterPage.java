package vn.hdndso.documents;

import java.util.List;

/**
 * A page of the staff register with its total counted only as far as it matters: exactly up to
 * {@link #COUNT_LIMIT} documents (or to the end of the page asked for, if that is further); beyond
 * that the total is "more than {@link #total}" ({@code more}). Counting every document of a big
 * council on every page read all of them (docs/city-scale.md).
 */
public record RegisterPage(List<OutgoingDocument> items, int page, int size, long total, boolean more) {

    /** How far the register's total is counted exactly. */
    public static final int COUNT_LIMIT = 1000;

    /** How many documents to count at most to show the page {@code page} of {@code size}: one past the limit. */
    public static long countUpTo(int page, int size) {
        return Math.max(COUNT_LIMIT, ((long) page + 1) * size) + 1;
    }

    /** The page from the documents counted up to {@link #countUpTo}. */
    public static RegisterPage of(List<OutgoingDocument> items, int page, int size, long counted) {
        long limit = countUpTo(page, size) - 1;
        return counted > limit
                ? new RegisterPage(items, page, size, limit, true)
                : new RegisterPage(items, page, size, counted, false);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return more || ((long) page + 1) * size < total;
    }
}
