package vn.hdndso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.hdndso.support.fuzz.FuzzRun;

/**
 * Hostile search queries (quotes, operators, wildcards, control characters, very long input)
 * through the query parser and planner of the public search: every query gives a Lucene query;
 * nothing escapes and nothing hangs. Corpus: {@code src/test/resources/fuzz/queries/}.
 */
class SearchQueryFuzzTest {

    @Test
    void everyTypedQueryIsPlanned() {
        var result = FuzzRun.of(
                        "queries",
                        input -> QueryPlanner.plan(ParsedQuery.of(new String(input, StandardCharsets.UTF_8))),
                        thrown -> false)
                .maxLength(4096)
                .run();
        assertThat(result.executions()).isGreaterThanOrEqualTo(result.corpus());
    }
}
