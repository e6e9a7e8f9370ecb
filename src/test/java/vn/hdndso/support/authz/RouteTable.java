package vn.hdndso.support.authz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every route the running application answers, read from its handler mappings: the annotated
 * controllers and the actuator endpoints ({@link RequestMappingInfoHandlerMapping}s) and the
 * URL-mapped handlers such as static resources ({@link AbstractUrlHandlerMapping}s). A route that
 * takes any method is listed once with the method {@code *}.
 */
public final class RouteTable {

    private record Entry(Route route, PathPattern pattern) {}

    private final List<Entry> entries;
    private final Set<Route> streams;

    private RouteTable(List<Entry> entries, Set<Route> streams) {
        this.entries = List.copyOf(entries);
        this.streams = Set.copyOf(streams);
    }

    /** Routes that answer with a never-ending {@code text/event-stream} (live pages): not for a simple GET. */
    public Set<Route> streams() {
        return streams;
    }

    public static RouteTable of(ApplicationContext context) {
        var parser = PathPatternParser.defaultInstance;
        List<Entry> entries = new ArrayList<>();
        Set<Route> streams = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                boolean stream = info.getProducesCondition().getProducibleMediaTypes().stream()
                        .anyMatch(type -> type.isCompatibleWith(org.springframework.http.MediaType.TEXT_EVENT_STREAM));
                for (String pattern : info.getPatternValues()) {
                    PathPattern parsed = parser.parse(pattern);
                    if (methods.isEmpty()) {
                        entries.add(new Entry(new Route("*", pattern), parsed));
                    }
                    for (RequestMethod method : methods) {
                        entries.add(new Entry(new Route(method.name(), pattern), parsed));
                    }
                    if (stream) {
                        streams.add(new Route(methods.isEmpty() ? "*" : "GET", pattern));
                    }
                }
            }
        }
        for (AbstractUrlHandlerMapping mapping :
                context.getBeansOfType(AbstractUrlHandlerMapping.class).values()) {
            for (String pattern : mapping.getHandlerMap().keySet()) {
                entries.add(new Entry(new Route("*", pattern), parser.parse(pattern)));
            }
        }
        entries.sort(Comparator.comparing(Entry::route));
        return new RouteTable(entries, streams);
    }

    public Set<Route> routes() {
        Set<Route> routes = new TreeSet<>();
        entries.forEach(entry -> routes.add(entry.route()));
        return routes;
    }

    /** A route matched: the route and the values of its path variables. */
    public record Match(Route route, Map<String, String> variables) {}

    /** The route Spring would choose for this method and path: the most specific pattern that matches. */
    public Optional<Match> match(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        Entry best = null;
        for (Entry entry : entries) {
            String routeMethod = entry.route().method();
            boolean methodMatches = routeMethod.equals("*")
                    || routeMethod.equals(method)
                    || (method.equals("HEAD") && routeMethod.equals("GET"));
            if (!methodMatches || !entry.pattern().matches(container)) {
                continue;
            }
            if (best == null || PathPattern.SPECIFICITY_COMPARATOR.compare(entry.pattern(), best.pattern()) < 0) {
                best = entry;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        var info = best.pattern().matchAndExtract(container);
        return Optional.of(new Match(best.route(), info == null ? Map.of() : info.getUriVariables()));
    }
}
