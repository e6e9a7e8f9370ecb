package vn.hdndso.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler mapping with an index of the mappings by the literal segments their paths
 * begin with. Spring matches a path with variables ({@code /api/v1/councils/{slug}/petitions})
 * against every registered mapping, several hundred here (8 % of a public submission's CPU, see
 * docs/benchmarks.md); this mapping asks only those whose leading literal segments are the
 * request's own ({@code /api/v1/councils/…}, {@code /api/v1/…}, {@code /api/…}) and those that
 * begin with a variable ({@code /{slug}/…}). A mapping left out has a literal segment the path does
 * not have, so it could not have matched: the best match is the one Spring would choose.
 *
 * <p>Whatever is not a plain match goes to Spring's own look-up unchanged: a path without
 * variables (Spring's direct-path map), a CORS pre-flight, no match (so 404, 405 and 415 are
 * decided as before), and two equally good matches (Spring's error).
 */
final class IndexedRequestMappings extends RequestMappingHandlerMapping {

    /** The key of the mappings whose first path segment is not a literal one. */
    private static final String VARIABLE = "";

    /** The key's suffix for patterns that match paths of any number of segments ({@code **}, {@code {*rest}}). */
    private static final String ANY_LENGTH = "#*";

    private volatile @Nullable Index index;

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        index = null;
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        index = null;
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        index = null;
    }

    @Override
    protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
            throws Exception {
        Index current = index();
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)
                || CorsUtils.isPreFlightRequest(request)
                || current.directPaths().contains(lookupPath)) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        List<String> segments = segments(request);
        String length = "#" + segments.size();
        List<Candidate> matches = new ArrayList<>();
        addMatches(current.byPrefix().get(VARIABLE + length), request, matches);
        addMatches(current.byPrefix().get(VARIABLE + ANY_LENGTH), request, matches);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < segments.size() && i < current.depth(); i++) {
            prefix.append('/').append(segments.get(i));
            addMatches(current.byPrefix().get(prefix + length), request, matches);
            addMatches(current.byPrefix().get(prefix + ANY_LENGTH), request, matches);
        }
        if (matches.isEmpty()) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        Candidate best = matches.getFirst();
        if (matches.size() > 1) {
            Comparator<RequestMappingInfo> order = getMappingComparator(request);
            matches.sort((a, b) -> order.compare(a.match(), b.match()));
            best = matches.getFirst();
            if (order.compare(best.match(), matches.get(1).match()) == 0) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
        }
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, best.handler());
        handleMatch(best.match(), lookupPath, request);
        return best.handler();
    }

    private void addMatches(@Nullable List<Entry> entries, HttpServletRequest request, List<Candidate> matches) {
        if (entries == null) {
            return;
        }
        for (Entry entry : entries) {
            RequestMappingInfo match = getMatchingMapping(entry.mapping(), request);
            if (match != null) {
                matches.add(new Candidate(match, entry.handler()));
            }
        }
    }

    /** The request path's segments as the patterns' literals are compared with them (decoded). */
    private static List<String> segments(HttpServletRequest request) {
        List<String> segments = new ArrayList<>();
        for (PathContainer.Element element : ServletRequestPathUtils.getParsedRequestPath(request)
                .pathWithinApplication()
                .elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                segments.add(segment.valueToMatch());
            }
        }
        return segments;
    }

    private Index index() {
        Index current = index;
        if (current == null) {
            current = Index.of(getHandlerMethods());
            index = current;
        }
        return current;
    }

    record Entry(RequestMappingInfo mapping, HandlerMethod handler) {}

    private record Candidate(RequestMappingInfo match, HandlerMethod handler) {}

    /**
     * The mappings by the literal segments each of their patterns begins with ({@code "/api/v1"};
     * {@code ""} for a pattern that begins with a variable or a wildcard) and the number of segments
     * they match ({@code "/api/v1#5"}), and the paths without variables.
     */
    record Index(Map<String, List<Entry>> byPrefix, Set<String> directPaths, int depth) {

        static Index of(Map<RequestMappingInfo, HandlerMethod> mappings) {
            Map<String, List<Entry>> byPrefix = new HashMap<>();
            Set<String> direct = new HashSet<>();
            int depth = 0;
            for (var mapping : mappings.entrySet()) {
                RequestMappingInfo info = mapping.getKey();
                direct.addAll(info.getDirectPaths());
                Set<String> prefixes = new HashSet<>();
                PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
                if (patterns == null || patterns.isEmptyPathMapping()) {
                    prefixes.add(VARIABLE + ANY_LENGTH);
                } else {
                    for (PathPattern pattern : patterns.getPatterns()) {
                        String text = pattern.getPatternString();
                        List<String> literals = literalPrefix(text);
                        depth = Math.max(depth, literals.size());
                        prefixes.add((literals.isEmpty() ? VARIABLE : "/" + String.join("/", literals)) + length(text));
                    }
                }
                for (String prefix : prefixes) {
                    byPrefix.computeIfAbsent(prefix, p -> new ArrayList<>()).add(new Entry(info, mapping.getValue()));
                }
            }
            byPrefix.replaceAll((prefix, entries) -> List.copyOf(entries));
            return new Index(Map.copyOf(byPrefix), Set.copyOf(direct), depth);
        }

        /**
         * "#n" for a pattern that matches paths of n segments only; {@link #ANY_LENGTH} for one with
         * a wildcard over several segments, or that ends with a separator.
         */
        static String length(String pattern) {
            if (!pattern.startsWith("/")
                    || pattern.endsWith("/")
                    || pattern.contains("**")
                    || pattern.contains("{*")
                    || pattern.contains("\\")
                    || pattern.matches(".*\\{[^}]*/.*")) {
                return ANY_LENGTH;
            }
            return "#" + (pattern.split("/", -1).length - 1);
        }

        /**
         * The segments before the first one with a variable, a wildcard or an escape; the last
         * segment is left out (it may be matched with a trailing separator or be empty).
         */
        static List<String> literalPrefix(String pattern) {
            String[] parts = pattern.split("/", -1);
            List<String> literals = new ArrayList<>();
            for (int i = 1; i < parts.length - 1; i++) {
                String part = parts[i];
                if (part.isEmpty() || part.chars().anyMatch(c -> "{}*?%;\\".indexOf(c) >= 0)) {
                    break;
                }
                literals.add(part);
            }
            return literals;
        }
    }
}
