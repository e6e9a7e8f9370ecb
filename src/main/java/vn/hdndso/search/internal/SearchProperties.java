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
 * @param feedPoll how often the search feed reads the change log without a notification (a
 *     notification lost while the listening connection was away)
 * @param feedBatch how many distinct changes the feed reads, applies and commits at a time
 * @param changeRetention how long the change log keeps a change; an index further behind (an
 *     instance down longer) is rebuilt at its start
 */
@ConfigurationProperties("hdnd.search")
record SearchProperties(
        @Nullable Path indexDir,
        Duration retryAfter,
        Duration keepCompletedEvents,
        Duration feedPoll,
        int feedBatch,
        Duration changeRetention) {

    /** Spring passes {@code null} (or 0) for a setting left out: the defaults apply. */
    public SearchProperties {
        retryAfter = retryAfter == null ? Duration.ofMinutes(5) : retryAfter;
        keepCompletedEvents = keepCompletedEvents == null ? Duration.ofDays(7) : keepCompletedEvents;
        feedPoll = feedPoll == null ? Duration.ofSeconds(5) : feedPoll;
        feedBatch = feedBatch <= 0 ? 500 : feedBatch;
        changeRetention = changeRetention == null ? Duration.ofDays(7) : changeRetention;
    }
}
