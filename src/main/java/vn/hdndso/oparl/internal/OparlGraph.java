package vn.hdndso.oparl.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilOrganisation;
import vn.hdndso.councils.CouncilProfile;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.Term;
import vn.hdndso.oparl.OparlLinks;
import vn.hdndso.oparl.OparlMeetings;
import vn.hdndso.oparl.OparlObjects;
import vn.hdndso.shared.VnTime;

/**
 * A council's public data as OParl 1.1 objects (JSON maps in the spec's field names). Reads run in
 * the caller's tenant scope, which for {@code /oparl} is always the public one: staff-only data
 * (drafts, contact details, incoming documents) cannot appear.
 */
@Component
class OparlGraph implements OparlObjects {

    private static final Locale VIETNAMESE = Locale.of("vi");

    private final CouncilOrganisation organisation;
    private final OparlPapers papers;
    private final MessageSource messages;
    private final List<OparlMeetings> meetingSources;

    OparlGraph(
            CouncilOrganisation organisation,
            OparlPapers papers,
            MessageSource messages,
            org.springframework.beans.factory.ObjectProvider<OparlMeetings> meetingSources) {
        this.organisation = organisation;
        this.papers = papers;
        this.messages = messages;
        List<OparlMeetings> provided = meetingSources.orderedStream().toList();
        this.meetingSources = provided.isEmpty() ? List.of(OparlMeetings.NONE) : provided;
    }

    @Override
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

    @Override
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

    @Override
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

    @Override
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

    @Override
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

    @Override
    public List<Map<String, Object>> papers(Council council, OparlLinks links) {
        return papers.papers(council, links);
    }

    @Override
    public List<Map<String, Object>> files(Council council, OparlLinks links) {
        var files = papers.files(council, links);
        meetingSources.forEach(source -> files.addAll(source.files(council.id(), links)));
        return files;
    }

    @Override
    public List<Map<String, Object>> meetings(Council council, OparlLinks links) {
        return meetingSources.stream()
                .flatMap(s -> s.meetings(council.id(), links).stream())
                .toList();
    }

    @Override
    public List<Map<String, Object>> agendaItems(Council council, OparlLinks links) {
        return meetingSources.stream()
                .flatMap(s -> s.agendaItems(council.id(), links).stream())
                .toList();
    }

    @Override
    public List<Map<String, Object>> locations(Council council, OparlLinks links) {
        return meetingSources.stream()
                .flatMap(s -> s.locations(council.id(), links).stream())
                .toList();
    }

    /** An OParl date-time: Vietnam's offset, whole seconds. */
    public static String dateTime(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(VnTime.ZONE));
    }

    private static String membershipId(java.util.UUID body, Delegate delegate) {
        return body + "_" + delegate.id().value();
    }

    static LinkedHashMap<String, Object> object(String type, String id) {
        var object = new LinkedHashMap<String, Object>();
        object.put("id", id);
        object.put("type", SCHEMA + type);
        return object;
    }

    private String message(String key) {
        return java.util.Objects.requireNonNullElse(messages.getMessage(key, null, key, VIETNAMESE), key);
    }
}
