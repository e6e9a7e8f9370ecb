package vn.hdndso.opendata.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hdndso.councils.Council;
import vn.hdndso.opendata.CatalogueEntry;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.OpenDataProperties;

/**
 * A DCAT-AP catalogue as JSON-LD: {@code dcat:Catalog} with its {@code dcat:Dataset}s, each with
 * CSV and JSON {@code dcat:Distribution}s ({@code dcat:downloadURL}, {@code dcat:mediaType},
 * {@code dct:modified}, {@code dct:license}) and the council as {@code dct:publisher}.
 */
final class DcatCatalogue {

    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final String FORMATS = "http://publications.europa.eu/resource/authority/file-type/";

    private DcatCatalogue() {}

    static Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return context;
    }

    static Map<String, Object> catalogue(
            String id,
            String title,
            String description,
            String homepage,
            Map<String, Object> publisher,
            List<Map<String, Object>> datasets) {
        Map<String, Object> catalogue = new LinkedHashMap<>();
        catalogue.put("@context", context());
        catalogue.put("@id", id);
        catalogue.put("@type", "dcat:Catalog");
        catalogue.put("dct:title", Map.of("@value", title, "@language", "vi"));
        catalogue.put("dct:description", Map.of("@value", description, "@language", "vi"));
        catalogue.put("dct:language", ref("http://publications.europa.eu/resource/authority/language/VIE"));
        catalogue.put("dct:publisher", publisher);
        catalogue.put("foaf:homepage", ref(homepage));
        catalogue.put("dcat:dataset", datasets);
        return catalogue;
    }

    static Map<String, Object> publisher(String base, Council council) {
        Map<String, Object> agent = new LinkedHashMap<>();
        agent.put("@id", base + "/" + council.slug());
        agent.put("@type", "foaf:Agent");
        agent.put("foaf:name", "Hội đồng nhân dân " + council.name());
        return agent;
    }

    static Map<String, Object> dataset(String base, Council council, Dataset d, OpenDataProperties settings) {
        String page = base + "/" + council.slug() + "/du-lieu-mo/" + d.id();
        Map<String, Object> licence = licence(d.licence(), settings);
        String modified = d.updatedAt().toString();
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@id", page);
        dataset.put("@type", "dcat:Dataset");
        dataset.put("dct:identifier", d.id().toString());
        dataset.put("dct:title", Map.of("@value", d.title(), "@language", "vi"));
        dataset.put("dct:description", Map.of("@value", d.description(), "@language", "vi"));
        if (d.publishedAt() != null) {
            dataset.put("dct:issued", dateTime(d.publishedAt().toString()));
        }
        dataset.put("dct:modified", dateTime(modified));
        dataset.put("dct:publisher", publisher(base, council));
        dataset.put("dct:license", licence);
        dataset.put("dcat:theme", ref(d.theme().euThemeUri()));
        dataset.put("dct:accrualPeriodicity", ref(d.updateFrequency().euFrequencyUri()));
        if (!d.period().isBlank()) {
            dataset.put("dct:temporal", Map.of("@type", "dct:PeriodOfTime", "rdfs:label", d.period()));
        }
        if (!d.source().isBlank()) {
            dataset.put("dct:source", d.source());
        }
        dataset.put("dcat:version", String.valueOf(d.publishedVersion()));
        dataset.put("dcat:landingPage", ref(page));
        List<Map<String, Object>> distributions = new ArrayList<>();
        distributions.add(distribution(page + ".csv", "text/csv", "CSV", modified, licence, d.title() + " (CSV)"));
        distributions.add(
                distribution(page + ".json", "application/json", "JSON", modified, licence, d.title() + " (JSON)"));
        dataset.put("dcat:distribution", distributions);
        return dataset;
    }

    /** A dataset another module publishes ({@link CatalogueEntry}), published by {@code publisher}. */
    static Map<String, Object> contributed(CatalogueEntry entry, Map<String, Object> publisher) {
        String modified = entry.modified().toString();
        Map<String, Object> licence =
                Map.of("@id", entry.licenceUrl(), "@type", "dct:LicenseDocument", "rdfs:label", entry.licence());
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@id", entry.landingPage());
        dataset.put("@type", "dcat:Dataset");
        dataset.put("dct:identifier", entry.identifier());
        dataset.put("dct:title", Map.of("@value", entry.title(), "@language", "vi"));
        dataset.put("dct:description", Map.of("@value", entry.description(), "@language", "vi"));
        dataset.put("dct:modified", dateTime(modified));
        dataset.put("dct:publisher", publisher);
        dataset.put("dct:license", licence);
        dataset.put("dcat:theme", ref(entry.theme().euThemeUri()));
        dataset.put("dcat:landingPage", ref(entry.landingPage()));
        List<Map<String, Object>> distributions = new ArrayList<>();
        for (CatalogueEntry.Distribution d : entry.distributions()) {
            distributions.add(distribution(
                    d.url(), d.mediaType(), d.format(), modified, licence, entry.title() + " (" + d.format() + ")"));
        }
        dataset.put("dcat:distribution", distributions);
        return dataset;
    }

    private static Map<String, Object> distribution(
            String url, String mediaType, String format, String modified, Map<String, Object> licence, String title) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@id", url);
        d.put("@type", "dcat:Distribution");
        d.put("dct:title", title);
        d.put("dcat:downloadURL", ref(url));
        d.put("dcat:accessURL", ref(url));
        d.put("dcat:mediaType", ref(IANA + mediaType));
        d.put("dct:format", ref(FORMATS + format));
        d.put("dct:modified", dateTime(modified));
        d.put("dct:license", licence);
        return d;
    }

    private static Map<String, Object> licence(String licence, OpenDataProperties settings) {
        if (licence.equals(settings.licence())) {
            return Map.of("@id", settings.licenceAddress(), "@type", "dct:LicenseDocument", "rdfs:label", licence);
        }
        if (licence.startsWith("http://") || licence.startsWith("https://")) {
            return Map.of("@id", licence, "@type", "dct:LicenseDocument");
        }
        return Map.of("@type", "dct:LicenseDocument", "rdfs:label", licence);
    }

    private static Map<String, Object> ref(String id) {
        return Map.of("@id", id);
    }

    private static Map<String, Object> dateTime(String value) {
        return Map.of("@value", value, "@type", "xsd:dateTime");
    }
}
