package vn.hdndso.portal.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.PublishedDocuments;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InstallationProperties;

/**
 * Atom feeds (RFC 4287) of issued documents: one per council at {@code /{slug}/feed.atom} and one
 * for the whole installation at {@code /feed.atom}. Entries are identified by the document's UUID
 * ({@code urn:uuid:…}), so they stay the same if the site moves; each links to the public page and,
 * as an enclosure, to the signed PDF.
 */
@RestController
class AtomFeedController {

    static final int ENTRIES = 50;
    static final MediaType ATOM = new MediaType("application", "atom+xml", java.nio.charset.StandardCharsets.UTF_8);
    private static final String NS = "http://www.w3.org/2005/Atom";
    /** The feed's "updated" before anything was issued: the day the two-level local government began. */
    static final Instant BEFORE_ANYTHING = Instant.parse("2025-07-01T00:00:00Z");

    private final Councils councils;
    private final PublishedDocuments documents;
    private final MessageSource messages;
    private final String base;

    AtomFeedController(
            Councils councils,
            PublishedDocuments documents,
            MessageSource messages,
            InstallationProperties installation) {
        this.councils = councils;
        this.documents = documents;
        this.messages = messages;
        this.base = Links.base(installation);
    }

    @GetMapping("/{slug:[a-z0-9-]+}/feed.atom")
    ResponseEntity<String> council(@PathVariable String slug, WebRequest request) throws XMLStreamException {
        Council council = councils.requireBySlug(slug);
        Instant updated = documents.lastChange(council.id()).orElse(BEFORE_ANYTHING);
        if (request.checkNotModified(updated.toEpochMilli())) {
            return ResponseEntity.status(304).build();
        }
        List<OutgoingDocument> latest = documents.latest(council.id(), ENTRIES);
        var feed = new Feed(
                "urn:uuid:" + council.id().value(),
                message("portal.feed.council", council.name()),
                base + "/" + slug,
                base + "/" + slug + "/feed.atom",
                council.name(),
                updated);
        return atom(write(feed, latest, Map.of(council.id(), council)), updated);
    }

    @GetMapping("/feed.atom")
    ResponseEntity<String> city(WebRequest request) throws XMLStreamException {
        Instant updated = documents.lastChangeOfAllCouncils().orElse(BEFORE_ANYTHING);
        if (request.checkNotModified(updated.toEpochMilli())) {
            return ResponseEntity.status(304).build();
        }
        Map<CouncilId, Council> all =
                councils.all().stream().collect(Collectors.toMap(Council::id, Function.identity()));
        String place = councils.provincial().map(Council::name).orElse("");
        var feed = new Feed(
                base + "/feed.atom",
                message("portal.feed.city", place),
                base + "/",
                base + "/feed.atom",
                councils.provincial().map(Council::name).orElse(message("app.name")),
                updated);
        return atom(write(feed, documents.latestOfAllCouncils(ENTRIES), all), updated);
    }

    private record Feed(String id, String title, String alternate, String self, String author, Instant updated) {}

    private String write(Feed feed, List<OutgoingDocument> entries, Map<CouncilId, Council> councilsById)
            throws XMLStreamException {
        var out = new StringWriter();
        XMLStreamWriter xml = Xml.writer(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("xml:lang", LocaleContextHolder.getLocale().getLanguage());
        Xml.element(xml, "id", feed.id());
        Xml.element(xml, "title", feed.title());
        Xml.element(xml, "subtitle", message("portal.feed.subtitle"));
        Xml.element(xml, "updated", rfc3339(feed.updated()));
        link(xml, "self", feed.self(), ATOM.getType() + "/" + ATOM.getSubtype());
        link(xml, "alternate", feed.alternate(), "text/html");
        author(xml, feed.author(), feed.alternate());
        xml.writeStartElement("generator");
        xml.writeCharacters(message("app.name"));
        xml.writeEndElement();
        for (OutgoingDocument document : entries) {
            Council council = councilsById.get(document.council());
            var issue = document.issue();
            if (council == null || issue == null) {
                continue;
            }
            String page =
                    base + "/" + council.slug() + "/van-ban/" + document.id().value();
            xml.writeStartElement("entry");
            Xml.element(xml, "id", "urn:uuid:" + document.id().value());
            Xml.element(
                    xml,
                    "title",
                    document.type().vietnameseName() + " " + document.numberSymbol() + " — " + document.subject());
            Xml.element(xml, "published", rfc3339(issue.issuedAt()));
            Xml.element(xml, "updated", rfc3339(issue.issuedAt()));
            link(xml, "alternate", page, "text/html");
            xml.writeStartElement("link");
            xml.writeAttribute("rel", "enclosure");
            xml.writeAttribute("type", "application/pdf");
            xml.writeAttribute("href", page + "/signed.pdf");
            if (document.signed() != null) {
                xml.writeAttribute("length", Long.toString(document.signed().size()));
            }
            xml.writeEndElement();
            author(xml, council.name(), base + "/" + council.slug());
            xml.writeStartElement("category");
            xml.writeAttribute("term", document.type().code());
            xml.writeAttribute("label", document.type().vietnameseName());
            xml.writeEndElement();
            Xml.element(
                    xml,
                    "summary",
                    message(
                            "portal.feed.entry",
                            document.type().vietnameseName(),
                            document.numberSymbol(),
                            DateTimeFormatter.ofPattern("dd/MM/yyyy").format(issue.issueDate()),
                            document.subject()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeStartElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
        xml.writeEndElement();
    }

    private static void author(XMLStreamWriter xml, String name, String uri) throws XMLStreamException {
        xml.writeStartElement("author");
        Xml.element(xml, "name", name);
        Xml.element(xml, "uri", uri);
        xml.writeEndElement();
    }

    /** RFC 3339 in UTC, to the second. */
    static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private ResponseEntity<String> atom(String body, Instant updated) {
        return ResponseEntity.ok().contentType(ATOM).lastModified(updated).body(body);
    }

    private String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
