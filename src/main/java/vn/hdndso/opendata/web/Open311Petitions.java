package vn.hdndso.opendata.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.petitions.IssueStatus;
import vn.hdndso.petitions.NewPetition;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.petitions.PetitionLinks;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.petitions.PublicPetitionStatus;
import vn.hdndso.petitions.SubmissionsLimited;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.shared.web.Page;
import vn.hdndso.shared.web.Problems;

/**
 * Everything Open311 asks of the petitions module, in one place: the fields (services), sending a
 * petition, following one by tracking code and reading the published, de-identified issues, each
 * already as a GeoReport request. No other Open311 class calls the petitions module.
 */
@Component
class Open311Petitions {

    private final Petitions petitions;
    private final PetitionIssues issues;
    private final Problems messages;

    Open311Petitions(Petitions petitions, PetitionIssues issues, Problems messages) {
        this.petitions = petitions;
        this.issues = issues;
        this.messages = messages;
    }

    /** A petition field as a service: its code, name and the name of its group. */
    record Field(String code, String name, String group) {}

    /** What an Open311 client sends, already read from the form. */
    record Submission(
            @Nullable String description,
            @Nullable String name,
            @Nullable String contact,
            @Nullable String address,
            @Nullable String area,
            boolean consent,
            @Nullable Double latitude,
            @Nullable Double longitude,
            String clientAddress) {}

    /** A published issue as a request, with what the listing filters on. */
    record Published(String field, String status, Instant createdAt, GeoReport.ServiceRequest request) {}

    List<Field> fields() {
        return issues.fields().stream()
                .map(f -> new Field(f.code(), f.name(), f.parent() == null ? f.name() : issues.fieldName(f.parent())))
                .toList();
    }

    boolean isField(String code) {
        return issues.fields().stream().anyMatch(field -> field.code().equals(code));
    }

    String consentPurpose() {
        return petitions.consentPurpose();
    }

    /** Registers the petition (channel OPEN311); its tracking code as voters see it. */
    String submit(Council council, Submission s) {
        try {
            var receipt = petitions.submit(
                    council.id(),
                    NewPetition.fromOpen311(
                            s.description(),
                            new NewPetition.Submitter(s.name(), s.contact(), s.address(), s.area()),
                            s.consent(),
                            new NewPetition.Location(s.latitude(), s.longitude()),
                            s.clientAddress()));
            return display(receipt.trackingCode());
        } catch (SubmissionsLimited e) {
            throw new Open311Problem(
                    HttpStatus.TOO_MANY_REQUESTS, List.of(messages.message(e.messageKey(), e.arguments())));
        }
    }

    /** The voter's page that follows a petition by its tracking code. */
    static String trackingPage(Council council, String code) {
        return PetitionLinks.tracking(council.slug(), code);
    }

    /** A tracking code of a petition of this council, or the id of one of its published issues. */
    Optional<GeoReport.ServiceRequest> find(Council council, String id) {
        Optional<PublicPetitionStatus> tracked =
                petitions.track(id).filter(s -> s.councilSlug().equals(council.slug()));
        if (tracked.isPresent()) {
            return tracked.map(Open311Petitions::request);
        }
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(Tenancy.call(
                    TenantScope.publicOf(council.id()), () -> request(issues.requirePublished(council.id(), uuid))));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The council's published issues, newest first, at most {@code limit}. */
    List<Published> published(Council council, int limit) {
        return Tenancy.call(TenantScope.publicOf(council.id()), () -> {
            List<Published> all = new ArrayList<>();
            for (int page = 0; all.size() < limit; page++) {
                Page<PetitionIssue> batch = issues.published(council.id(), new Page.Request(page, Page.MAX_SIZE));
                batch.items()
                        .forEach(i -> all.add(new Published(i.field(), status(i.status()), i.createdAt(), request(i))));
                if (batch.items().size() < Page.MAX_SIZE || all.size() >= batch.total()) {
                    break;
                }
            }
            return all;
        });
    }

    /** A published issue: the de-identified title and answer, never a voter's data or location. */
    private GeoReport.ServiceRequest request(PetitionIssue issue) {
        return new GeoReport.ServiceRequest(
                issue.id().toString(),
                status(issue.status()),
                issue.publishedText(),
                issues.fieldName(issue.field()),
                issue.field(),
                issue.title(),
                issue.bodyName(),
                dateTime(issue.createdAt()),
                issue.publishedAt() == null ? null : dateTime(issue.publishedAt()),
                issue.answerPromisedOn() == null ? null : dateTime(issue.answerPromisedOn()),
                issue.petitionCount());
    }

    /** One petition by its tracking code: status and field; its text is the voter's and stays private. */
    private static GeoReport.ServiceRequest request(PublicPetitionStatus s) {
        LocalDate expected =
                s.answerPromisedOn() != null ? s.answerPromisedOn() : s.answer() == null ? s.deadline() : null;
        return new GeoReport.ServiceRequest(
                s.trackingCode(),
                status(s.status()),
                s.answer(),
                s.fieldName(),
                s.field(),
                null,
                s.competentBody(),
                dateTime(s.receivedOn()),
                s.publishedOn() == null ? null : dateTime(s.publishedOn()),
                expected == null ? null : dateTime(expected),
                s.petitionCount());
    }

    /** A tracking code as voters see it: two groups of five, {@code ABCDE-FGHJK}. */
    static String display(String code) {
        return code.length() == 10 ? code.substring(0, 5) + "-" + code.substring(5) : code;
    }

    static String status(IssueStatus status) {
        return status == IssueStatus.ANSWERED || status == IssueStatus.CLOSED ? "closed" : "open";
    }

    private static String dateTime(Instant instant) {
        return OffsetDateTime.ofInstant(instant, VnTime.ZONE)
                .withNano(0)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String dateTime(LocalDate day) {
        return day.atStartOfDay(VnTime.ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
