package vn.hdndso.opendata;

import java.util.List;

/**
 * A module that publishes open data of its own (not imported as a dataset here) adds it to the
 * city-wide DCAT catalogue {@code /du-lieu-mo/catalog.jsonld} by implementing this as a bean; the
 * open-data module asks every such bean and so depends on none of them.
 */
public interface CatalogueContribution {

    /**
     * The datasets to list, with absolute addresses.
     *
     * @param baseUrl the installation's public address, without a trailing slash
     */
    List<CatalogueEntry> catalogueEntries(String baseUrl);
}
