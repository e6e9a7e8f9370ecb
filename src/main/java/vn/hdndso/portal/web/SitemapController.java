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
import vn.hdndso.shared.InstallationProperties;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9: the front page, every council's home and document list,
 * every issued document) and {@code /robots.txt} (staff pages and the API stay out of search
 * engines).
 */
@RestController
class SitemapController {

    /** The sitemap protocol's limit per file is 50,000 addresses; councils and lists come first. */
    static final int MAX_DOCUMENTS = 45_000;

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final Councils councils;
    private final PublishedDocuments documents;
    private final String base;

    SitemapController(Councils councils, PublishedDocuments documents, InstallationProperties installation) {
        this.councils = councils;
        this.documents = documents;
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
        for (Council council : all) {
            url(xml, base + "/" + council.slug(), null);
            url(xml, base + "/" + council.slug() + "/van-ban", null);
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
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        var response = ResponseEntity.ok()
                .contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8));
        documents.lastChangeOfAllCouncils().map(Instant::toEpochMilli).ifPresent(response::lastModified);
        return response.body(out.toString());
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
