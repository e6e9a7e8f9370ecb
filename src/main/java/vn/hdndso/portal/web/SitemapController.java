package vn.hdndso.portal.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.PublishedDocuments;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.petitions.PetitionLinks;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.shared.web.Page;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9: the front page, every council's home and document list,
 * every issued document, every public session, every published answer to voters' petitions and
 * every published dataset, each with the day it last changed) and {@code /robots.txt} (staff pages and the API stay out of search
 * engines).
 */
@RestController
class SitemapController {

    /** The sitemap protocol's limit per file is 50,000 addresses; councils and lists come first. */
    static final int MAX_DOCUMENTS = 40_000;

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /**
     * Published answers per council in the sitemap (newest first; the council's answer list links
     * the older ones): with 115 councils at most 5,750 addresses, sessions and datasets a few
     * hundred, so the file stays under 50,000 addresses.
     */
    static final int MAX_ANSWERS = 50;

    private final Councils councils;
    private final PublishedDocuments documents;
    private final Sessions sessions;
    private final PetitionIssues answers;
    private final Datasets datasets;
    private final String base;

    SitemapController(
            Councils councils,
            PublishedDocuments documents,
            Sessions sessions,
            PetitionIssues answers,
            Datasets datasets,
            InstallationProperties installation) {
        this.councils = councils;
        this.documents = documents;
        this.sessions = sessions;
        this.answers = answers;
        this.datasets = datasets;
        this.base = Links.base(installation);
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    String robots() {
        return """
                User-agent: *
                Disallow: /app/
                Disallow: /api/
                Disallow: /login
                Allow: /

                Sitemap: %s/sitemap.xml
                """.formatted(base);
    }

    @GetMapping(value = "/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        List<Council> all = councils.all();
        List<OutgoingDocument> issued = documents.allIssued(0, MAX_DOCUMENTS);
        var out = new StringWriter();
        XMLStreamWriter xml = Xml.writer(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NS);
        url(xml, base + "/", null);
        url(xml, base + "/chi-so", null);
        for (Council council : all) {
            url(xml, base + "/" + council.slug(), null);
            url(xml, base + "/" + council.slug() + "/van-ban", null);
            url(xml, base + "/" + council.slug() + "/ky-hop", null);
            url(xml, base + PetitionLinks.publicAnswers(council.slug()), null);
            url(xml, base + "/" + council.slug() + "/du-lieu-mo", null);
            url(xml, base + "/" + council.slug() + "/chi-so", null);
        }
        var slugs = new java.util.HashMap<vn.hdndso.shared.CouncilId, String>();
        all.forEach(c -> slugs.put(c.id(), c.slug()));
        for (OutgoingDocument document : issued) {
            String slug = slugs.get(document.council());
            if (slug != null && document.issue() != null) {
                url(
                        xml,
                        base + "/" + slug + "/van-ban/" + document.id().value(),
                        document.issue().issueDate());
            }
        }
        Instant last = documents.lastChangeOfAllCouncils().orElse(null);
        for (Council council : all) {
            List<CouncilSession> publicSessions = Tenancy.call(
                    TenantScope.publicOf(council.id()),
                    () -> sessions.list(council.id()).stream()
                            .filter(CouncilSession::isPublic)
                            .toList());
            for (CouncilSession session : publicSessions) {
                Instant changed = session.closedAt() != null
                        ? session.closedAt()
                        : session.convenedAt() != null ? session.convenedAt() : session.startsAt();
                url(xml, base + "/" + council.slug() + "/ky-hop/" + session.id().value(), day(changed));
                last = later(last, changed);
            }
            List<PetitionIssue> published = Tenancy.call(
                    TenantScope.publicOf(council.id()),
                    () -> answers.published(council.id(), new Page.Request(0, MAX_ANSWERS))
                            .items());
            for (PetitionIssue issue : published) {
                url(xml, base + PetitionLinks.publicAnswer(council.slug(), issue.id()), day(issue.publishedAt()));
                last = later(last, issue.publishedAt());
            }
        }
        List<Dataset> open = Tenancy.call(
                TenantScope.allCouncils("public: sitemap of published datasets"), datasets::publishedEverywhere);
        for (Dataset dataset : open) {
            String slug = slugs.get(dataset.council());
            if (slug != null) {
                url(xml, base + "/" + slug + "/du-lieu-mo/" + dataset.id().value(), day(dataset.publishedAt()));
                last = later(last, dataset.publishedAt());
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        var response = ResponseEntity.ok()
                .contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8));
        if (last != null) {
            response.lastModified(last.toEpochMilli());
        }
        return response.body(out.toString());
    }

    private static @Nullable LocalDate day(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(VnTime.ZONE).toLocalDate();
    }

    private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static void url(XMLStreamWriter xml, String loc, @Nullable LocalDate lastModified)
            throws XMLStreamException {
        xml.writeStartElement("url");
        Xml.element(xml, "loc", loc);
        if (lastModified != null) {
            Xml.element(
                    xml,
                    "lastmod",
                    lastModified.atStartOfDay(ZoneOffset.UTC).toLocalDate().toString());
        }
        xml.writeEndElement();
    }
}
