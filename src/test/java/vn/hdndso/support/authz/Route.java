package vn.hdndso.support.authz;

/**
 * One mapped route of the running application: an HTTP method ({@code *} where the handler takes
 * any) and the path pattern as Spring writes it, e.g. {@code GET /api/v1/councils/{slug}}.
 */
public record Route(String method, String pattern) implements Comparable<Route> {

    /** The form of the catalogue: method, a tab, the pattern. */
    public String key() {
        return method + "\t" + pattern;
    }

    @Override
    public int compareTo(Route other) {
        int byPattern = pattern.compareTo(other.pattern);
        return byPattern != 0 ? byPattern : method.compareTo(other.method);
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
