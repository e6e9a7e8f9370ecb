package vn.hdndso.indicators.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How hard the live indicators may work while a council is busy ({@code hdnd.indicators.live.*}).
 *
 * @param interval a council's current values are measured again at most once per this interval,
 *     however many changes arrive (default 250 ms: a vote of 500 delegates or a flood of public
 *     petitions costs at most four measures of each code a second, not one after another, and a
 *     change still shows within a second: a change that arrives during or just after a run waits
 *     at most this long more than it did)
 * @param concurrentMeasures how many codes may be measured at once across the engine, each holding
 *     one database connection (default 2; the pool has 10 for every request of the node)
 */
@ConfigurationProperties("hdnd.indicators.live")
record LiveProperties(@Nullable Duration interval, int concurrentMeasures) {

    LiveProperties {
        if (interval == null || interval.isNegative()) {
            interval = Duration.ofMillis(250);
        }
        if (concurrentMeasures <= 0) {
            concurrentMeasures = 2;
        }
    }

    long intervalMillis() {
        return interval == null ? 250 : interval.toMillis();
    }
}
