package vn.hdndso.search.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the search module ({@code hdnd.search.*}).
 *
 * @param indexDir where the Lucene index lives (default {@code ${hdnd.data-dir}/index})
 * @param retryAfter how old an incomplete event publication must be before it is published again
 *     while the application runs (restarts publish all of them again at once)
 * @param keepCompletedEvents how long completed event publications are kept before being purged
 */
@ConfigurationProperties("hdnd.search")
record SearchProperties(@Nullable Path indexDir, Duration retryAfter, Duration keepCompletedEvents) {

    /** Spring passes {@code null} for a setting left out: the defaults apply. */
    public SearchProperties {
        retryAfter = retryAfter == null ? Duration.ofMinutes(5) : retryAfter;
        keepCompletedEvents = keepCompletedEvents == null ? Duration.ofDays(7) : keepCompletedEvents;
    }
}
