package vn.hdndso.shared.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The paged list envelope of the JSON API: {@code {"items":[…],"page":…,"size":…,"total":…}}.
 * Pages count from 0.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 500;

    /** Bound from {@code ?page=&size=}; out-of-range values are clamped, not refused. */
    public record Request(@Nullable Integer page, @Nullable Integer size) {

        public int pageOrDefault() {
            return page == null || page < 0 ? 0 : page;
        }

        public int sizeOr(int defaultSize) {
            if (size == null || size <= 0) {
                return defaultSize;
            }
            return Math.min(size, MAX_SIZE);
        }
    }

    /** One page of an in-memory list, 50 items by default. */
    public static <T> Page<T> of(List<T> all, Request request) {
        return of(all, request, 50);
    }

    public static <T> Page<T> of(List<T> all, Request request, int defaultSize) {
        int size = request.sizeOr(defaultSize);
        int page = request.pageOrDefault();
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return new Page<>(all.subList((int) from, (int) to), page, size, all.size());
    }
}
