package vn.hdndso.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;
import vn.hdndso.councils.Councils;
import vn.hdndso.support.IntegrationTest;

/** The page cache holds at most so many bytes, whatever the number of entries. */
@IntegrationTest
class PageCacheBytesIntegrationTest {

    @Autowired
    Councils councils;

    @Autowired
    Clock clock;

    @Autowired
    PortalProperties configured;

    @Autowired
    PageCacheChannel channel;

    @Test
    void the_cache_is_bounded_in_bytes_not_only_in_entries() {
        var settings = new PortalProperties(
                true,
                Duration.ofMinutes(1),
                Duration.ofMinutes(1),
                Duration.ofMinutes(5),
                10_000,
                512 * 1024,
                DataSize.ofMegabytes(1));
        var small = new PageCache(settings, clock, councils, channel);
        for (int i = 0; i < 10; i++) {
            small.put("/page-" + i + "|", small.generation(), new byte[300 * 1024], "text/html", "\"e\"", List.of());
        }
        assertThat(small.bytes()).isLessThanOrEqualTo(1024 * 1024).isGreaterThan(600 * 1024);
        assertThat(small.get("/page-9|")).as("the newest stays").isPresent();
        assertThat(small.get("/page-0|")).as("the oldest went").isEmpty();
        small.clear();
        assertThat(small.bytes()).isZero();
    }

    @Test
    void the_default_bound_fits_a_256_MB_heap() {
        assertThat(configured.maxBytes().toMegabytes()).isBetween(8L, 64L);
    }
}
