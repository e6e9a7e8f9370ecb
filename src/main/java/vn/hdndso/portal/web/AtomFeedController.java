package vn.hdndso.portal.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
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
import vn.hdndso.documents.RecallNotice;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.VnTime;

/**
 * Atom feeds (RFC 4287) of published documents: one per council at {@code /{slug}/feed.atom} and
 * one for the whole installation at {@code /feed.atom}. Entries are identified by the document's
 * UUID ({@code urn:uuid:…}), so they stay the same if the site moves; each links to the public page
 * and, as an enclosure, to the signed PDF. A recall updates the document's entry (same id, new
 * {@code updated}, "[Đã thu hồi]" and the reason) instead of letting it vanish.
 */
@RestController
class AtomFeedController {

    static final int ENTRIES = 50;
    static final MediaType ATOM = new MediaType("application", "atom+xml", java.nio.charset.StandardCharsets.UTF_8);
    private static final String NS = "http://www.w3.org/2005/Atom";
    /** The feed's "updated" before anything was issued: the day the two-level local government began. */
    static final Instant BEFORE_ANYTHING = Instant.parse("2025-07-01T00:00:00Z");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
        Map<CouncilId, Council> byId = Map.of(council.id(), council);
        var feed = new Feed(
                "urn:uuid:" + council.id().value(),
                message("portal.feed.council", council.name()),
                base + "/" + slug,
                base + "/" + slug + "/feed.atom",
                council.name(),
                updated);
        return atom(
                write(
                        feed,
                        entries(
                                documents.latest(council.id(), ENTRIES),
                                documents.recallNotices(council.id(), ENTRIES),
                                byId)),
                updated);
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
        return atom(
                write(
                        feed,
                        entries(
                                documents.latestOfAllCouncils(ENTRIES),
                                documents.recallNoticesOfAllCouncils(ENTRIES),
                                all)),
                updated);
    }

    private record Feed(String id, String title, String alternate, String self, String author, Instant updated) {}

    /** One entry: an issued document, or the recall of one. */
    private record Entry(
            String id,
            String title,
            Instant published,
            Instant updated,
            String page,
            @Nullable String pdf,
            long pdfLength,
            Council council,
            String typeCode,
            String typeName,
            String summary) {}

    private List<Entry> entries(
            List<OutgoingDocument> issued, List<RecallNotice> recalled, Map<CouncilId, Council> councilsById) {
        var entries = new ArrayList<Entry>();
        for (OutgoingDocument document : issued) {
            Council council = councilsById.get(document.council());
            var issue = document.issue();
            if (council == null || issue == null) {
                continue;
            }
            String page = page(council, document.id().value());
            entries.add(new Entry(
                    "urn:uuid:" + document.id().value(),
                    document.type().vietnameseName() + " " + document.numberSymbol() + " — " + document.subject(),
                    issue.issuedAt(),
                    issue.issuedAt(),
                    page,
                    page + "/signed.pdf",
                    document.signed() == null ? 0 : document.signed().size(),
                    council,
                    document.type().code(),
                    document.type().vietnameseName(),
                    message(
                            "portal.feed.entry",
                            document.type().vietnameseName(),
                            document.numberSymbol(),
                            DAY.format(issue.issueDate()),
                            document.subject())));
        }
        for (RecallNotice notice : recalled) {
            Council council = councilsById.get(notice.council());
            if (council == null) {
                continue;
            }
            entries.add(new Entry(
                    "urn:uuid:" + notice.id().value(),
                    message(
                            "portal.recalled.entryTitle",
                            notice.type().vietnameseName(),
                            notice.numberSymbol(),
                            notice.subject()),
                    notice.issuedAt(),
                    notice.recalledAt(),
                    page(council, notice.id().value()),
                    null,
                    0,
                    council,
                    notice.type().code(),
                    notice.type().vietnameseName(),
                    message(
                            "portal.recalled.entry",
                            notice.type().vietnameseName(),
                            notice.numberSymbol(),
                            DAY.format(notice.recalledAt().atZone(VnTime.ZONE)),
                            notice.reason())));
        }
        return entries.stream()
                .sorted(Comparator.comparing(Entry::updated).reversed())
                .limit(ENTRIES)
                .toList();
    }

    private String page(Council council, java.util.UUID document) {
        return base + "/" + council.slug() + "/van-ban/" + document;
    }

    private String write(Feed feed, List<Entry> entries) throws XMLStreamException {
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
        link(xml, "self", feed.self(), "application/atom+xml");
        link(xml, "alternate", feed.alternate(), "text/html");
        author(xml, feed.author(), feed.alternate());
        Xml.element(xml, "generator", message("app.name"));
        for (Entry entry : entries) {
            xml.writeStartElement("entry");
            Xml.element(xml, "id", entry.id());
            Xml.element(xml, "title", entry.title());
            Xml.element(xml, "published", rfc3339(entry.published()));
            Xml.element(xml, "updated", rfc3339(entry.updated()));
            link(xml, "alternate", entry.page(), "text/html");
            if (entry.pdf() != null) {
                xml.writeEmptyElement("link");
                xml.writeAttribute("rel", "enclosure");
                xml.writeAttribute("type", "application/pdf");
                xml.writeAttribute("href", entry.pdf());
                xml.writeAttribute("length", Long.toString(entry.pdfLength()));
            }
            author(xml, entry.council().name(), base + "/" + entry.council().slug());
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", entry.typeCode());
            xml.writeAttribute("label", entry.typeName());
            Xml.element(xml, "summary", entry.summary());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
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

    private String message(String key, @Nullable Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return java.util.Objects.requireNonNullElse(messages.getMessage(key, args, key, locale), key);
    }
}
