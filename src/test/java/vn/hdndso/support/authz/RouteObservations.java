package vn.hdndso.support.authz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the authorisation tests of this test run called: for each route, which test classes called
 * it and as whom ({@link RouteRecorder} notes each request, {@link CurrentTestClass} says which test
 * is running). Only classes whose name contains {@code Authorisation} count: a route that only a
 * functional test calls has no authorisation row. Written to {@link #FILE} when the run ends, where
 * {@link RouteCatalogue} reads it to regenerate the catalogue.
 */
public final class RouteObservations {

    public static final Path FILE = Path.of("target", "authz", "observed-routes.tsv");

    /** A route, a test class and a caller seen calling it, with the statuses it got. */
    record Seen(Route route, String testClass, String caller) {}

    private static final Map<Seen, Set<Integer>> SEEN = new ConcurrentHashMap<>();

    private RouteObservations() {}

    static void note(Route route, String caller, int status) {
        String testClass = CurrentTestClass.name();
        if (testClass == null || !testClass.contains("Authorisation")) {
            return;
        }
        SEEN.computeIfAbsent(new Seen(route, testClass, caller), s -> ConcurrentHashMap.newKeySet())
                .add(status);
    }

    /** Adds this run's observations to the file (a run of some classes adds to an earlier run of others). */
    static synchronized void write() {
        if (SEEN.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(FILE.getParent());
            Set<String> lines = new TreeSet<>(Files.exists(FILE) ? Files.readAllLines(FILE) : List.of());
            SEEN.forEach((seen, statuses) -> lines.add(String.join(
                    "\t",
                    seen.route().method(),
                    seen.route().pattern(),
                    seen.testClass(),
                    seen.caller(),
                    new TreeSet<>(statuses).toString())));
            Files.write(FILE, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per route: test class (simple name) → callers seen, as read from {@link #FILE}. */
    public static Map<Route, Map<String, Set<String>>> read() {
        Map<Route, Map<String, Set<String>>> byRoute = new TreeMap<>();
        if (!Files.exists(FILE)) {
            return byRoute;
        }
        try {
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (cells.length < 4) {
                    continue;
                }
                String simpleName = cells[2].substring(cells[2].lastIndexOf('.') + 1);
                byRoute.computeIfAbsent(new Route(cells[0], cells[1]), r -> new TreeMap<>())
                        .computeIfAbsent(simpleName, c -> new TreeSet<>())
                        .add(cells[3]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byRoute;
    }
}
