package vn.hdndso.petitions;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.files.FileType;
import vn.hdndso.files.Files;
import vn.hdndso.files.StoredFile;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.petitions.internal.Deidentifier;
import vn.hdndso.petitions.internal.DuplicateFinder;
import vn.hdndso.petitions.internal.FieldModel;
import vn.hdndso.petitions.internal.IssueRepository;
import vn.hdndso.petitions.internal.PetitionClassifier;
import vn.hdndso.petitions.internal.PetitionRepository;
import vn.hdndso.petitions.internal.PetitionsProperties;
import vn.hdndso.petitions.internal.SubmissionLimits;
import vn.hdndso.petitions.internal.TrackingCodes;
import vn.hdndso.petitions.internal.VoterNotifications;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.shared.web.Page;

/**
 * Petitions of voters: intake from every channel with a tracking code, the classification a clerk
 * confirms, grouping into issues, and the voter's rights over their data (see, correct, anonymise).
 *
 * <p>Intake works like the council office's reception desk: whoever hands a petition in (a member
 * of the public on the site, another system, a clerk) it is registered by the office, in the
 * council's staff scope, in one transaction — the petition, its issue, the consent, the audit entry
 * and the events, or nothing. The public scope itself cannot read or write any petition row.
 */
@Service
public class Petitions {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final int MAX_NAME = 200;
    private static final int MAX_CONTACT = 200;
    private static final int MAX_ADDRESS = 300;
    private static final int MAX_AREA = 200;
    private static final int MAX_TITLE = 200;
    private static final int MAX_PHOTO = 8 * 1024 * 1024;

    private final PetitionRepository petitions;
    private final IssueRepository issues;
    private final PetitionClassifier classifier;
    private final DuplicateFinder duplicates;
    private final SubmissionLimits limits;
    private final VoterNotifications notifications;
    private final PetitionsProperties properties;
    private final Files files;
    private final Councils councils;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    Petitions(
            PetitionRepository petitions,
            IssueRepository issues,
            PetitionClassifier classifier,
            DuplicateFinder duplicates,
            SubmissionLimits limits,
            VoterNotifications notifications,
            PetitionsProperties properties,
            Files files,
            Councils councils,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.petitions = petitions;
        this.issues = issues;
        this.classifier = classifier;
        this.duplicates = duplicates;
        this.limits = limits;
        this.notifications = notifications;
        this.properties = properties;
        this.files = files;
        this.councils = councils;
        this.events = events;
        this.transactions = transactions;
    }

    /** What a sender gets back: the tracking code, and what the office made of the petition. */
    public record Receipt(
            String trackingCode,
            UUID petitionId,
            UUID issueId,
            String field,
            CompetentLevel level,
            boolean complaint,
            boolean grouped) {}

    /** Today in Vietnam. */
    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    /** The purpose voters consent to, as shown on the form and recorded with each petition. */
    public String consentPurpose() {
        return properties.consentPurpose();
    }

    /**
     * Registers a petition from any channel: checks it (all problems together, each naming its
     * field), applies the spam limits on public channels, suggests field and level, joins it to an
     * issue it duplicates (or opens one), stores the photo, records the consent, and queues the
     * tracking code to the contact. Runs in the council's staff scope whatever the caller's scope.
     */
    public Receipt submit(CouncilId council, NewPetition petition) {
        return submit(council, petition, false);
    }

    /** As {@link #submit(CouncilId, NewPetition)}, marked as demo content. */
    public Receipt submit(CouncilId council, NewPetition petition, boolean demo) {
        Checked checked = check(petition);
        boolean publicChannel = petition.channel().needsConsent();
        if (publicChannel && petition.clientAddress() != null && !limits.tryAcquire(petition.clientAddress())) {
            throw new SubmissionsLimited("content", "petitions.submit.tooMany");
        }
        return Tenancy.call(
                TenantScope.staffOf(council),
                () -> java.util.Objects.requireNonNull(
                        transactions.execute(status -> register(council, petition, checked, demo))));
    }

    private record Checked(
            String content,
            @Nullable String name,
            @Nullable String contact,
            @Nullable String address,
            String area) {}

    private Checked check(NewPetition petition) {
        var problems = new InvalidInputException.Collector();
        String honeypot = clean(petition.honeypot());
        if (!honeypot.isEmpty()) {
            throw InvalidInputException.of("content", "petitions.submit.rejected");
        }
        String content = clean(petition.content());
        if (content.isEmpty()) {
            problems.add("content", "petitions.content.required");
        } else if (content.length() > properties.maxContent()) {
            problems.add("content", "petitions.content.tooLong", properties.maxContent(), content.length());
        } else if (letters(content) < 5) {
            problems.add("content", "petitions.content.tooShort");
        }
        String name = optional(problems, "submitterName", petition.submitterName(), MAX_NAME);
        String contact = optional(problems, "contact", petition.contact(), MAX_CONTACT);
        String address = optional(problems, "address", petition.address(), MAX_ADDRESS);
        String area = optional(problems, "area", petition.area(), MAX_AREA);
        if (petition.channel().needsConsent() && !petition.consent()) {
            problems.add("consent", "petitions.consent.required");
        }
        if (contact != null && !contact.matches("(?U)[+0-9 .()-]{8,20}|[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add("contact", "petitions.contact.invalid");
        }
        if ((petition.latitude() == null) != (petition.longitude() == null)) {
            problems.add("latitude", "petitions.location.incomplete");
        } else if (petition.latitude() != null
                && (Math.abs(petition.latitude()) > 90
                        || Math.abs(java.util.Objects.requireNonNull(petition.longitude())) > 180)) {
            problems.add("latitude", "petitions.location.invalid");
        }
        if (petition.photo() != null && petition.photo().length > MAX_PHOTO) {
            problems.add("photo", "petitions.photo.tooLarge", MAX_PHOTO / (1024 * 1024));
        }
        if (petition.receivedOn() != null && petition.receivedOn().isAfter(today())) {
            problems.add("receivedOn", "petitions.receivedOn.future");
        }
        problems.throwIfAny();
        return new Checked(content, name, contact, address, area == null ? "" : area);
    }

    private static int letters(String content) {
        int letters = 0;
        for (int i = 0; i < content.length(); i++) {
            if (Character.isLetter(content.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    private Receipt register(CouncilId council, NewPetition petition, Checked checked, boolean demo) {
        if (petition.sourceKey() != null && petitions.sourceKeyTaken(council, petition.sourceKey())) {
            throw new BusinessRuleException("sourceKey", "petitions.import.duplicate");
        }
        if (petition.channel().needsConsent() && checked.contact() != null) {
            int recent = petitions.countFromContactSince(
                    council, checked.contact(), Instant.now().minus(java.time.Duration.ofDays(1)));
            if (recent >= properties.perContactPerDay()) {
                throw new SubmissionsLimited("contact", "petitions.submit.tooManyFromContact");
            }
        }
        UUID meetingId = petition.meetingId();
        FieldModel.Suggestion suggestion = classifier.suggest(council, checked.content());
        List<DuplicateSuggestion> similar = suggestion.complaint()
                ? List.of()
                : duplicates.similar(council, checked.content(), properties.autoGroupThreshold(), 1);
        UUID issueId;
        boolean grouped = !similar.isEmpty();
        if (grouped) {
            issueId = similar.get(0).issueId();
        } else {
            issueId = UUID.randomUUID();
            issues.insert(
                    issueId,
                    council,
                    title(checked),
                    suggestion.field(),
                    suggestion.level(),
                    suggestion.complaint(),
                    period(today()),
                    demo);
        }
        StoredFile photo = null;
        if (petition.photo() != null && petition.photo().length > 0) {
            photo = files.store(
                    council,
                    petition.photoName() == null ? "anh-kien-nghi" : petition.photoName(),
                    new ByteArrayInputStream(petition.photo()),
                    EnumSet.of(FileType.PNG, FileType.JPEG));
        }
        Instant now = Instant.now();
        Instant receivedAt = petition.receivedOn() == null
                ? now
                : petition.receivedOn().atTime(8, 0).atZone(VIETNAM).toInstant();
        String code = freshCode();
        boolean consent = petition.consent() && (petition.channel().needsConsent() || checked.contact() != null);
        var record = new Petition(
                UUID.randomUUID(),
                council,
                code,
                issueId,
                meetingId,
                petition.channel(),
                checked.content(),
                checked.area(),
                checked.name(),
                checked.contact(),
                checked.address(),
                petition.latitude(),
                petition.longitude(),
                photo == null ? null : photo.id().value(),
                consent ? properties.consentPurpose() : null,
                consent ? now : null,
                suggestion.field(),
                suggestion.level(),
                suggestion.field(),
                suggestion.level(),
                suggestion.score(),
                false,
                suggestion.complaint(),
                receivedAt,
                null,
                demo);
        petitions.insert(
                record,
                petition.sourceKey(),
                petition.clientAddress() == null ? null : limits.hash(petition.clientAddress()),
                actor());
        issues.touch(council, issueId);
        events.publishEvent(new PetitionReceived(
                council,
                record.id(),
                issueId,
                record.channel(),
                Deidentifier.scrub(record.content(), names(record), addresses(record)),
                record.field(),
                record.level(),
                record.complaint(),
                receivedAt,
                false));
        events.publishEvent(AuditEvent.of(council, "petitions.petition.received", "petition", record.id())
                .with("trackingCode", code)
                .with("channel", record.channel())
                .with("issue", issueId)
                .with("grouped", grouped)
                .with("personalData", record.hasPersonalData())
                .with("consent", consent ? properties.consentPurpose() : ""));
        if (checked.contact() != null) {
            Council c = councils.require(council);
            notifications.send(
                    council,
                    record.id(),
                    issueId,
                    VoterNotifications.Kind.RECEIVED,
                    checked.contact(),
                    "HĐND " + c.name() + " đã tiếp nhận kiến nghị của Ông/Bà. Mã tra cứu: "
                            + TrackingCodes.display(code) + ".");
        }
        return new Receipt(code, record.id(), issueId, record.field(), record.level(), record.complaint(), grouped);
    }

    private String freshCode() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = TrackingCodes.next();
            // the column is unique across councils; a collision elsewhere (odds ~1e-15) fails the insert
            if (!petitions.codeTaken(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free tracking code after 5 attempts");
    }

    /**
     * What anyone holding a tracking code may see, from any council: status, field, the published
     * answer; nothing personal. An unknown or malformed code gives nothing, whatever exists.
     */
    public Optional<PublicPetitionStatus> track(String trackingCode) {
        Optional<String> code = TrackingCodes.parse(trackingCode);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return Tenancy.call(
                TenantScope.allCouncils("public lookup of a petition by its tracking code"),
                () -> transactions.execute(status -> petitions
                        .findByCode(code.get())
                        .flatMap(p -> issues.find(p.council(), p.issueId()).map(issue -> publicStatus(p, issue)))));
    }

    private PublicPetitionStatus publicStatus(Petition petition, PetitionIssue issue) {
        Council council = councils.require(petition.council());
        boolean published = issue.isPublished();
        return new PublicPetitionStatus(
                TrackingCodes.display(petition.trackingCode()),
                council.slug(),
                council.name(),
                issue.status(),
                issue.field(),
                properties.fieldName(issue.field()),
                issue.level(),
                LocalDate.ofInstant(petition.receivedAt(), VIETNAM),
                issue.petitionCount(),
                issue.bodyName(),
                issue.deadline(),
                published ? issue.answerClass() : null,
                published ? issue.publishedText() : null,
                published ? issue.answerPromisedOn() : null,
                published ? issue.answeredOn() : null,
                published ? LocalDate.ofInstant(java.util.Objects.requireNonNull(issue.publishedAt()), VIETNAM) : null);
    }

    /** One petition with its personal data: the read is audited. */
    @Transactional
    public Petition require(CouncilId council, UUID id) {
        Petition petition =
                petitions.find(council, id).orElseThrow(() -> new NotFoundException("petitions.petition.notFound", id));
        if (petition.hasPersonalData()) {
            events.publishEvent(AuditEvent.of(council, "petitions.petition.read", "petition", id)
                    .with("trackingCode", petition.trackingCode()));
        }
        return petition;
    }

    /** A page of petitions, newest first; only the unconfirmed ones if asked. Personal data is not in the list. */
    @Transactional(readOnly = true)
    public Page<Petition> list(CouncilId council, boolean unclassifiedOnly, Page.Request request) {
        int size = request.sizeOr(50);
        int page = request.pageOrDefault();
        List<Petition> items = petitions.list(council, unclassifiedOnly, page * size, size).stream()
                .map(Petitions::withoutPersonalData)
                .toList();
        return new Page<>(items, page, size, petitions.count(council, unclassifiedOnly));
    }

    /** The petitions of an issue, without personal data. */
    @Transactional(readOnly = true)
    public List<Petition> ofIssue(CouncilId council, UUID issueId) {
        return petitions.ofIssue(council, issueId).stream()
                .map(Petitions::withoutPersonalData)
                .toList();
    }

    /** A clerk confirms or corrects the field and level (and the complaint flag): the classifier learns from it. */
    @Transactional
    public Petition classify(
            CouncilId council,
            UUID id,
            @Nullable String field,
            @Nullable CompetentLevel level,
            @Nullable Boolean complaint) {
        Petition petition =
                petitions.find(council, id).orElseThrow(() -> new NotFoundException("petitions.petition.notFound", id));
        var problems = new InvalidInputException.Collector();
        if (field == null || field.isBlank()) {
            problems.add("field", "petitions.field.required");
        } else if (properties.field(field) == null) {
            problems.add("field", "petitions.field.unknown", field);
        }
        if (level == null) {
            problems.add("level", "petitions.level.required");
        }
        problems.throwIfAny();
        boolean isComplaint = complaint == null ? petition.complaint() : complaint;
        petitions.classify(
                council,
                id,
                java.util.Objects.requireNonNull(field),
                java.util.Objects.requireNonNull(level),
                isComplaint);
        List<Petition> members = petitions.ofIssue(council, petition.issueId());
        if (members.size() == 1 || members.get(0).id().equals(id)) {
            PetitionIssue issue = issues.find(council, petition.issueId()).orElseThrow();
            issues.reclassify(council, issue.id(), issue.title(), field, level, isComplaint);
        }
        boolean corrected = !field.equals(petition.suggestedField()) || level != petition.suggestedLevel();
        events.publishEvent(new PetitionClassified(council, id, petition.issueId(), field, level, corrected, false));
        events.publishEvent(AuditEvent.of(council, "petitions.petition.classified", "petition", id)
                .with("field", field)
                .with("level", level)
                .with("complaint", isComplaint)
                .with("suggested", petition.suggestedField() + "/" + petition.suggestedLevel()));
        return petitions.find(council, id).orElseThrow();
    }

    /** Issues that probably ask for the same thing as this petition (its own issue left out). */
    @Transactional(readOnly = true)
    public List<DuplicateSuggestion> duplicatesOf(CouncilId council, UUID id) {
        Petition petition =
                petitions.find(council, id).orElseThrow(() -> new NotFoundException("petitions.petition.notFound", id));
        return duplicates.similar(council, petition.content(), properties.suggestThreshold(), 6).stream()
                .filter(s -> !s.issueId().equals(petition.issueId()))
                .toList();
    }

    /** The data subject's request to see their data: every petition sent from a contact (audited). */
    @Transactional
    public List<Petition> ofContact(CouncilId council, String contact) {
        String clean = clean(contact);
        if (clean.isEmpty()) {
            throw InvalidInputException.of("contact", "petitions.contact.required");
        }
        List<Petition> found = petitions.ofContact(council, clean);
        events.publishEvent(AuditEvent.of(council, "petitions.contact.read", "contact", OutboxMask.mask(clean))
                .with("petitions", found.size()));
        return found;
    }

    /** The data subject's request to correct their name, contact or address. */
    @Transactional
    public Petition correct(
            CouncilId council, UUID id, @Nullable String name, @Nullable String contact, @Nullable String address) {
        Petition petition =
                petitions.find(council, id).orElseThrow(() -> new NotFoundException("petitions.petition.notFound", id));
        if (petition.anonymisedAt() != null) {
            throw new BusinessRuleException("petitions.petition.anonymised");
        }
        var problems = new InvalidInputException.Collector();
        String n = optional(problems, "submitterName", name, MAX_NAME);
        String c = optional(problems, "contact", contact, MAX_CONTACT);
        String a = optional(problems, "address", address, MAX_ADDRESS);
        problems.throwIfAny();
        petitions.correct(council, id, n, c, a);
        events.publishEvent(AuditEvent.of(council, "petitions.petition.corrected", "petition", id));
        return petitions.find(council, id).orElseThrow();
    }

    /**
     * The data subject's request to delete: the petition keeps its de-identified text, field and
     * issue (the voter count stays right), and loses the name, contact, address, location, photo.
     */
    @Transactional
    public Petition anonymise(CouncilId council, UUID id) {
        Petition petition =
                petitions.find(council, id).orElseThrow(() -> new NotFoundException("petitions.petition.notFound", id));
        petitions.anonymise(council, id, Deidentifier.scrub(petition.content(), names(petition), addresses(petition)));
        events.publishEvent(AuditEvent.of(council, "petitions.petition.anonymised", "petition", id)
                .with("trackingCode", petition.trackingCode()));
        events.publishEvent(new PetitionIssueChanged(council, petition.issueId(), "anonymised", false));
        return petitions.find(council, id).orElseThrow();
    }

    static Petition withoutPersonalData(Petition p) {
        return new Petition(
                p.id(),
                p.council(),
                p.trackingCode(),
                p.issueId(),
                p.meetingId(),
                p.channel(),
                Deidentifier.scrub(p.content(), names(p), addresses(p)),
                p.area(),
                null,
                null,
                null,
                null,
                null,
                p.photoFileId(),
                p.consentPurpose(),
                p.consentAt(),
                p.field(),
                p.level(),
                p.suggestedField(),
                p.suggestedLevel(),
                p.suggestedScore(),
                p.classified(),
                p.complaint(),
                p.receivedAt(),
                p.anonymisedAt(),
                p.demo());
    }

    static List<String> names(Petition p) {
        return p.submitterName() == null ? List.of() : List.of(p.submitterName());
    }

    static List<String> addresses(Petition p) {
        return p.address() == null ? List.of() : List.of(p.address());
    }

    /** "2026-1" (January–June) or "2026-2": the reporting half-year, before and after mid-year sessions. */
    public static String period(LocalDate day) {
        return day.getYear() + "-" + (day.getMonthValue() <= 6 ? 1 : 2);
    }

    private static String title(Checked checked) {
        String text = Deidentifier.scrub(
                checked.content(),
                checked.name() == null ? List.of() : List.of(checked.name()),
                checked.address() == null ? List.of() : List.of(checked.address()));
        int end = text.length();
        for (int i = 40; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '.' || ch == '!' || ch == '?' || ch == ';' || ch == '\n') {
                end = i;
                break;
            }
        }
        String title = text.substring(0, end).strip();
        if (title.length() > MAX_TITLE) {
            int cut = title.lastIndexOf(' ', MAX_TITLE - 1);
            title = title.substring(0, cut > 100 ? cut : MAX_TITLE - 1) + "…";
        }
        return title;
    }

    private static @Nullable String optional(
            InvalidInputException.Collector problems, String field, @Nullable String value, int max) {
        String clean = clean(value);
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.length() > max) {
            problems.add(field, "petitions.field.tooLong", max);
        }
        return clean;
    }

    static String clean(@Nullable String value) {
        return value == null ? "" : VnText.normalize(value);
    }

    static String actor() {
        return CurrentUser.get()
                .map(u -> u.fullName() + " (" + u.username() + ")")
                .orElse("cử tri");
    }

    /** Masks a contact for the audit trail's subject. */
    static final class OutboxMask {
        private OutboxMask() {}

        static String mask(String contact) {
            return contact.length() <= 3 ? "***" : "***" + contact.substring(contact.length() - 3);
        }
    }
}
