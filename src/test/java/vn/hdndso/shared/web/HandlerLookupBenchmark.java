package vn.hdndso.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.hdndso.support.IntegrationTest;

/**
 * The handler look-up of hot public requests over the application's real mappings: the
 * application's indexed mapping and Spring MVC's own with the same mappings, side by side in one
 * run (rounds alternate), as nanoseconds per look-up and their ratio. Each look-up includes the
 * path parsing the dispatcher servlet does. Not part of the test suite:
 *
 * <pre>./mvnw -B test -Dspotless.check.skip=true -Dtest=HandlerLookupBenchmark</pre>
 */
@IntegrationTest
class HandlerLookupBenchmark {

    private static final List<String[]> REQUESTS = List.of(
            new String[] {"POST", "/api/v1/councils/thien-huong/petitions"},
            new String[] {"GET", "/thien-huong/van-ban"},
            new String[] {"GET", "/thien-huong"},
            new String[] {"GET", "/oparl/v1/system"},
            new String[] {"GET", "/oparl/v1/bodies/thien-huong/papers"});

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping product;

    @Autowired
    ApplicationContext context;

    @Test
    void handlerLookup() throws Exception {
        int iterations = Integer.getInteger("bench.lookups", 20_000);
        RequestMappingHandlerMapping plain = PlainRequestMappings.copyOf(product, context);
        System.out.printf(
                Locale.ROOT,
                "[bench] %d mappings; load %s%n",
                product.getHandlerMethods().size(),
                load());
        for (String[] request : REQUESTS) {
            assertThat(PlainRequestMappings.outcome(product, PlainRequestMappings.request(request[0], request[1])))
                    .as("the same handler")
                    .isEqualTo(
                            PlainRequestMappings.outcome(plain, PlainRequestMappings.request(request[0], request[1])));
            long indexed = Long.MAX_VALUE;
            long spring = Long.MAX_VALUE;
            for (int round = 0; round < 7; round++) {
                indexed = Math.min(indexed, nanosPerLookup(product, request, iterations));
                spring = Math.min(spring, nanosPerLookup(plain, request, iterations));
            }
            System.out.printf(
                    Locale.ROOT,
                    "[bench] %-4s %-40s indexed %,7d ns  Spring %,7d ns  indexed/Spring %.2f%n",
                    request[0],
                    request[1],
                    indexed,
                    spring,
                    (double) indexed / spring);
        }
    }

    /** The best of the rounds: the least disturbed by the other work of a shared machine. */
    private static long nanosPerLookup(RequestMappingHandlerMapping mappings, String[] request, int iterations)
            throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            var servletRequest = PlainRequestMappings.request(request[0], request[1]);
            if (mappings.getHandler(servletRequest) == null) {
                throw new IllegalStateException("no handler for " + request[1]);
            }
        }
        return (System.nanoTime() - start) / iterations;
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
