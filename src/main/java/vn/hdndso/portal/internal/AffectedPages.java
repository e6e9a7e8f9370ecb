package vn.hdndso.portal.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.hdndso.shared.PublicContentChanged;

/**
 * Which cached public responses a change of public content may have made stale: every page of the
 * council (its home lists documents, sessions, answers, datasets and its organisation), and the
 * installation-wide pages that list that kind of content (the front page, the city feed, the
 * sitemap, the site-wide search, open data, OParl).
 *
 * @param slug the changed council's address segment
 * @param kind one of {@link PublicContentChanged}'s kinds
 */
record AffectedPages(String slug, String kind) implements Predicate<String> {

    private static final Set<String> ALL = Set.of(
            PublicContentChanged.COUNCIL,
            PublicContentChanged.DOCUMENTS,
            PublicContentChanged.SESSIONS,
            PublicContentChanged.PETITIONS,
            PublicContentChanged.DATASETS);

    /** Installation-wide addresses (exact, or a prefix when ending in "/") and the kinds they show. */
    private static final Map<String, Set<String>> CITY_PAGES = Map.of(
            "/",
            Set.of(PublicContentChanged.COUNCIL, PublicContentChanged.DOCUMENTS),
            "/feed.atom",
            Set.of(PublicContentChanged.DOCUMENTS),
            "/sitemap.xml",
            ALL,
            "/tim-kiem",
            ALL,
            "/du-lieu-mo",
            Set.of(PublicContentChanged.DATASETS),
            "/du-lieu-mo/",
            Set.of(PublicContentChanged.DATASETS),
            "/oparl/v1/",
            Set.of(PublicContentChanged.COUNCIL, PublicContentChanged.DOCUMENTS, PublicContentChanged.SESSIONS));

    /**
     * What a change to a council's work may have made stale through its live indicators: the
     * council's home (the summary), its indicator pages ({@code /{slug}/chi-so…}) and the city's
     * ({@code /chi-so…}: the table and the open dataset), and the city's DCAT catalogue, which
     * lists that dataset with its modification time.
     */
    static Predicate<String> indicatorPages(String slug) {
        return key -> {
            String path = pathOf(key);
            return path.equals("/" + slug)
                    || path.equals("/" + slug + "/chi-so")
                    || path.startsWith("/" + slug + "/chi-so/")
                    || path.equals("/chi-so")
                    || path.startsWith("/chi-so/")
                    || path.equals("/du-lieu-mo/catalog.jsonld");
        };
    }

    /** Whether the response kept under this cache key may be stale. */
    @Override
    public boolean test(String key) {
        String path = pathOf(key);
        if (path.equals("/" + slug) || path.startsWith("/" + slug + "/")) {
            return true;
        }
        return CITY_PAGES.entrySet().stream()
                .anyMatch(page -> page.getValue().contains(kind) && matches(path, page.getKey()));
    }

    private static boolean matches(String path, String page) {
        return page.length() > 1 && page.endsWith("/") ? path.startsWith(page) : path.equals(page);
    }

    /** The request path of a cache key (path, then {@code ?query} and {@code |…} parts). */
    static String pathOf(String key) {
        int end = key.length();
        for (char c : new char[] {'?', '|'}) {
            int at = key.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return key.substring(0, end);
    }
}
