package vn.hdndso.oparl.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilOrganisation;
import vn.hdndso.councils.CouncilProfile;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.Term;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.documents.PublishedDocuments;
import vn.hdndso.oparl.OparlLinks;
import vn.hdndso.oparl.OparlMeetings;

/**
 * A council's public data as OParl 1.1 objects (JSON maps in the spec's field names). Reads run in
 * the caller's tenant scope, which for {@code /oparl} is always the public one: staff-only data
 * (drafts, contact details, incoming documents) cannot appear.
 */
@Component
public class OparlGraph {

    public static final String SCHEMA = "https://schema.oparl.org/1.1/";
    /** Licence of the published data (the portal's open-data licence). */
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    private static final int MAX_PAPERS = 10_000;
    private static final Locale VIETNAMESE = Locale.of("vi");

    private final CouncilOrganisation organisation;
    private final PublishedDocuments published;
    private final OutgoingDocuments documents;
    private final FileChecksums checksums;
    private final MessageSource messages;
    private final List<OparlMeetings> meetingSources;

    OparlGraph(
            CouncilOrganisation organisation,
            PublishedDocuments published,
            OutgoingDocuments documents,
            FileChecksums checksums,
            MessageSource messages,
            org.springframework.beans.factory.ObjectProvider<OparlMeetings> meetingSources) {
        this.organisation = organisation;
        this.published = published;
        this.documents = documents;
        this.checksums = checksums;
        this.messages = messages;
        List<OparlMeetings> provided = meetingSources.orderedStream().toList();
        this.meetingSources = provided.isEmpty() ? List.of(OparlMeetings.NONE) : provided;
    }

    public Map<String, Object> body(Council council, OparlLinks links) {
        var body = object("Body", links.body());
        body.put("system", links.system());
        body.put("name", "Hội đồng nhân dân " + council.name());
        body.put("shortName", "HĐND " + council.name());
        body.put("website", links.web(""));
        body.put("license", LICENSE);
        body.put("classification", message("council.type." + council.type().name()));
        body.put("keyword", List.of(council.code()));
        body.put("organization", links.of("organizations"));
        body.put("person", links.of("persons"));
        body.put("meeting", links.of("meetings"));
        body.put("paper", links.of("papers"));
        body.put("legislativeTerm", legislativeTerms(council, links));
        body.put("legislativeTermList", links.of("legislative-terms"));
        body.put("agendaItem", links.of("agenda-items"));
        body.put("membership", links.of("memberships"));
        body.put("file", links.of("files"));
        body.put("locationList", links.of("locations"));
        body.put("web", links.web(""));
        return body;
    }

    public List<Map<String, Object>> legislativeTerms(Council council, OparlLinks links) {
        return organisation.terms(council.id()).stream()
                .map(term -> legislativeTerm(term, links))
                .toList();
    }

    private static Map<String, Object> legislativeTerm(Term term, OparlLinks links) {
        var object = object("LegislativeTerm", links.of("legislative-terms", term.id()));
        object.put("body", links.body());
        object.put("name", term.name());
        object.put("startDate", term.startsOn().toString());
        if (term.endsOn() != null) {
            object.put("endDate", term.endsOn().toString());
        }
        return object;
    }

    public List<Map<String, Object>> organizations(Council council, OparlLinks links) {
        CouncilProfile profile = organisation.profile(council.id());
        var list = new ArrayList<Map<String, Object>>();
        for (var body : profile.bodies()) {
            var object =
                    object("Organization", links.of("organizations", body.body().id()));
            object.put("body", links.body());
            object.put("name", body.body().name());
            if (body.body().symbol() != null) {
                object.put("shortName", body.body().symbol());
            }
            object.put("organizationType", "Gremium");
            object.put("classification", message(body.body().kind().messageKey()));
            object.put(
                    "membership",
                    body.seats().stream()
                            .map(seat -> links.of(
                                    "memberships", membershipId(body.body().id(), seat.delegate())))
                            .toList());
            if (profile.term() != null) {
                object.put("startDate", profile.term().startsOn().toString());
                if (profile.term().endsOn() != null) {
                    object.put("endDate", profile.term().endsOn().toString());
                }
            }
            if (body.body().description() != null) {
                object.put("keyword", List.of(body.body().description()));
            }
            object.put("memberCount", body.seats().size());
            object.put("web", links.web(""));
            list.add(object);
        }
        return list;
    }

    public List<Map<String, Object>> memberships(Council council, OparlLinks links) {
        CouncilProfile profile = organisation.profile(council.id());
        var list = new ArrayList<Map<String, Object>>();
        for (var body : profile.bodies()) {
            for (var seat : body.seats()) {
                var object = object(
                        "Membership",
                        links.of("memberships", membershipId(body.body().id(), seat.delegate())));
                object.put("person", links.of("persons", seat.delegate().id().value()));
                object.put("organization", links.of("organizations", body.body().id()));
                object.put(
                        "role",
                        message(body.body().kind().roleKeyPrefix() + seat.role().name()));
                object.put("votingRight", true);
                list.add(object);
            }
        }
        return list;
    }

    public List<Map<String, Object>> persons(Council council, OparlLinks links) {
        CouncilProfile profile = organisation.profile(council.id());
        var memberships = memberships(council, links);
        var list = new ArrayList<Map<String, Object>>();
        for (Delegate delegate : profile.delegates()) {
            String id = links.of("persons", delegate.id().value());
            var object = object("Person", id);
            object.put("body", links.body());
            object.put("name", delegate.fullName());
            var status = new ArrayList<String>();
            status.add(delegate.active() ? "Đại biểu Hội đồng nhân dân" : "Đã thôi làm đại biểu");
            if (delegate.position() != null && !delegate.position().isBlank()) {
                status.add(delegate.position());
            }
            object.put("status", status);
            if (delegate.gender() != null) {
                object.put(
                        "gender",
                        switch (delegate.gender()) {
                            case NAM -> "male";
                            case NU -> "female";
                            case KHAC -> "other";
                        });
            }
            object.put(
                    "membership",
                    memberships.stream().filter(m -> id.equals(m.get("person"))).toList());
            if (delegate.demo()) {
                object.put("keyword", List.of("demo"));
            }
            object.put("web", links.web(""));
            list.add(object);
        }
        return list;
    }

    /**
     * Issued documents as papers, then recalled ones as deleted papers ({@code deleted: true}, as
     * OParl asks, so that an incremental sync removes them).
     */
    public List<Map<String, Object>> papers(Council council, OparlLinks links) {
        var papers = new ArrayList<Map<String, Object>>();
        published.changedSince(council.id(), null, 0, MAX_PAPERS).forEach(d -> papers.add(paper(d, links)));
        published
                .recallNotices(council.id(), MAX_PAPERS)
                .forEach(n -> papers.add(deleted("Paper", "papers", n, links)));
        return papers;
    }

    /** The signed PDFs of issued documents; those of recalled documents as deleted files. */
    public List<Map<String, Object>> files(Council council, OparlLinks links) {
        var files = new ArrayList<Map<String, Object>>();
        published.changedSince(council.id(), null, 0, MAX_PAPERS).forEach(d -> files.add(file(d, links)));
        published.recallNotices(council.id(), MAX_PAPERS).forEach(n -> {
            var file = deleted("File", "files", n, links);
            file.put("accessUrl", links.web("/van-ban/" + n.id().value()));
            files.add(file);
        });
        meetingSources.forEach(s -> files.addAll(s.files(council.id(), links)));
        return files;
    }

    private static LinkedHashMap<String, Object> deleted(
            String type, String list, vn.hdndso.documents.RecallNotice notice, OparlLinks links) {
        var object = object(type, links.of(list, notice.id().value()));
        object.put("created", dateTime(notice.issuedAt()));
        object.put("modified", dateTime(notice.recalledAt()));
        object.put("web", links.web("/van-ban/" + notice.id().value()));
        object.put("deleted", true);
        return object;
    }

    private Map<String, Object> paper(OutgoingDocument document, OparlLinks links) {
        var issue = Objects.requireNonNull(document.issue());
        var object = object("Paper", links.of("papers", document.id().value()));
        object.put("body", links.body());
        object.put("name", document.subject());
        object.put("reference", document.numberSymbol());
        object.put("date", issue.issueDate().toString());
        object.put("paperType", document.type().vietnameseName());
        object.put("mainFile", file(document, links));
        object.put("license", LICENSE);
        if (document.demo()) {
            object.put("keyword", List.of("demo"));
        }
        object.put("created", dateTime(issue.issuedAt()));
        object.put("modified", dateTime(issue.issuedAt()));
        object.put("web", links.web("/van-ban/" + document.id().value()));
        return object;
    }

    private Map<String, Object> file(OutgoingDocument document, OparlLinks links) {
        var issue = Objects.requireNonNull(document.issue());
        var signed = Objects.requireNonNull(document.signed());
        var sums = checksums.of(signed.sha256(), () -> documents.signedPdf(document.council(), document.id()));
        String pdf = links.web("/van-ban/" + document.id().value() + "/signed.pdf");
        var object = object("File", links.of("files", document.id().value()));
        object.put("name", document.type().vietnameseName() + " " + document.numberSymbol());
        object.put("fileName", Objects.requireNonNull(document.numberSymbol()).replace('/', '-') + ".pdf");
        object.put("mimeType", "application/pdf");
        object.put("date", issue.issueDate().toString());
        object.put("size", signed.size());
        object.put("sha1Checksum", sums.sha1());
        object.put("sha512Checksum", sums.sha512());
        object.put("accessUrl", pdf);
        object.put("downloadUrl", pdf);
        object.put("paper", List.of(links.of("papers", document.id().value())));
        object.put("license", LICENSE);
        object.put("created", dateTime(issue.issuedAt()));
        object.put("modified", dateTime(issue.issuedAt()));
        object.put("web", links.web("/van-ban/" + document.id().value()));
        return object;
    }

    public List<Map<String, Object>> meetings(Council council, OparlLinks links) {
        return meetingSources.stream()
                .flatMap(s -> s.meetings(council.id(), links).stream())
                .toList();
    }

    public List<Map<String, Object>> agendaItems(Council council, OparlLinks links) {
        return meetingSources.stream()
                .flatMap(s -> s.agendaItems(council.id(), links).stream())
                .toList();
    }

    public List<Map<String, Object>> locations(Council council, OparlLinks links) {
        return meetingSources.stream()
                .flatMap(s -> s.locations(council.id(), links).stream())
                .toList();
    }

    /** One object of a list by the last segment of its id. */
    public static Optional<Map<String, Object>> find(
            List<Map<String, Object>> objects, String list, String id, OparlLinks links) {
        String wanted = links.of(list, id);
        return objects.stream().filter(o -> wanted.equals(o.get("id"))).findFirst();
    }

    /** When an object was created or last changed, if it says so. */
    public static @Nullable Instant instant(Map<String, Object> object, String field) {
        Object value = object.get(field);
        return value instanceof String s ? java.time.OffsetDateTime.parse(s).toInstant() : null;
    }

    public static String dateTime(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    private static String membershipId(java.util.UUID body, Delegate delegate) {
        return body + "_" + delegate.id().value();
    }

    private static LinkedHashMap<String, Object> object(String type, String id) {
        var object = new LinkedHashMap<String, Object>();
        object.put("id", id);
        object.put("type", SCHEMA + type);
        return object;
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, VIETNAMESE);
    }
}
