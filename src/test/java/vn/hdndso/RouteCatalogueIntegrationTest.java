package vn.hdndso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.authz.Route;
import vn.hdndso.support.authz.RouteCatalogue;
import vn.hdndso.support.authz.RouteTable;

/**
 * Every route of the running application has an authorisation row: the route table (controllers,
 * actuator, static resources) is compared with the reviewed {@link RouteCatalogue}, which names for
 * each route the authorisation tests that call it and the callers they call it as. A new endpoint
 * fails this test until the catalogue lists it; a removed one fails it until its line goes.
 *
 * <p>The catalogue is generated, then reviewed: run the authorisation tests with {@code
 * -Dauthz.catalogue.write=true} (docs/reliability.md, "Authorisation matrix from the route
 * table"). A route no test calls yet is written as {@code GAP}; {@link #MAX_GAPS} may only go down.
 */
@IntegrationTest
class RouteCatalogueIntegrationTest {

    /** Routes without an authorisation row yet, each listed as GAP in the catalogue; only ever lower it. */
    static final int MAX_GAPS = 69;

    @Autowired
    ApplicationContext context;

    @Test
    void everyRouteHasAnAuthorisationRow() throws IOException {
        Set<Route> routes = RouteTable.of(context).routes();
        if (RouteCatalogue.writing()) {
            RouteCatalogue.regenerate(routes);
        }
        Map<Route, RouteCatalogue.Line> catalogue = RouteCatalogue.read();

        Set<Route> missing = new TreeSet<>(routes);
        missing.removeAll(catalogue.keySet());
        assertThat(missing)
                .as(
                        "routes without a line in %s: add authorisation rows for them and regenerate the catalogue"
                                + " (docs/reliability.md)",
                        RouteCatalogue.FILE)
                .isEmpty();

        Set<Route> stale = new TreeSet<>(catalogue.keySet());
        stale.removeAll(routes);
        assertThat(stale)
                .as("catalogue lines of routes the application no longer has")
                .isEmpty();

        Set<String> testClasses = testClassNames();
        List<String> unknown = new ArrayList<>();
        long gaps = 0;
        for (RouteCatalogue.Line line : catalogue.values()) {
            if (line.gap()) {
                gaps++;
            } else if (!line.exempt()) {
                for (String name : line.coveredBy().split(",")) {
                    if (!testClasses.contains(name.strip())) {
                        unknown.add(line.route() + " → " + name);
                    }
                }
            }
        }
        assertThat(unknown)
                .as("catalogue lines naming test classes that do not exist")
                .isEmpty();
        assertThat(gaps).as("routes listed as GAP (no authorisation row yet)").isLessThanOrEqualTo(MAX_GAPS);
    }

    /** Simple names of the compiled test classes. */
    private static Set<String> testClassNames() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("target/test-classes"))) {
            Set<String> names = new TreeSet<>();
            files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .forEach(name -> names.add(name.substring(0, name.length() - ".class".length())));
            return names;
        }
    }
}
