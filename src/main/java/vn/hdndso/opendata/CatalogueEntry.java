package vn.hdndso.opendata;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A dataset another module publishes itself, for the city-wide DCAT catalogue ({@link
 * CatalogueContribution}): the indicators' open dataset, served by the portal.
 *
 * @param landingPage the page that presents the data, absolute
 * @param modified when its content last changed
 * @param licenceUrl the licence's address
 * @param distributions its files
 */
public record CatalogueEntry(
        String landingPage,
        String identifier,
        String title,
        String description,
        Instant modified,
        DatasetTheme theme,
        String licence,
        String licenceUrl,
        List<Distribution> distributions) {

    public CatalogueEntry {
        Objects.requireNonNull(landingPage, "landingPage");
        distributions = List.copyOf(distributions);
    }

    /**
     * One file of the dataset.
     *
     * @param url where to download it, absolute
     * @param mediaType its IANA media type ({@code text/csv})
     * @param format its EU file-type code ({@code CSV}, {@code JSON})
     */
    public record Distribution(String url, String mediaType, String format) {}
}
