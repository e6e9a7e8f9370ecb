package vn.hdndso.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.documents.WorkingDays;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.petitions.internal.Deidentifier;
import vn.hdndso.petitions.internal.IssueRepository;
import vn.hdndso.petitions.internal.PetitionRepository;
import vn.hdndso.petitions.internal.PetitionsProperties;
import vn.hdndso.petitions.internal.TextFeatures;
import vn.hdndso.petitions.internal.TrackingCodes;
import vn.hdndso.petitions.internal.VoterNotifications;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.web.Page;

/**
 * Petition issues: one request and all the voters who raised it. Merges and splits by a clerk,
 * transfer to a competent body with a deadline, the body's answer in one of three classes, the
 * de-identified publication within the legal window, and the views of the standing committee
 * (overdue, backlog, figures). Runs in the caller's tenant scope.
 */
@Service
public class PetitionIssues {

    private static final int MAX_ANSWER = 10_000;
    private static final int MAX_BODY = 300;
    private static final int MAX_TITLE = 500;

    private final IssueRepository issues;
    private final PetitionRepository petitions;
    private final ExecutiveUnits executiveUnits;
    private final Councils councils;
    private final PetitionsProperties properties;
    private final VoterNotifications notifications;
    private final ApplicationEventPublisher events;

    PetitionIssues(
            IssueRepository issues,
            PetitionRepository petitions,
            ExecutiveUnits executiveUnits,
            Councils councils,
            PetitionsProperties properties,
            VoterNotifications notifications,
            ApplicationEventPublisher events) {
        this.issues = issues;
        this.petitions = petitions;
        this.executiveUnits = executiveUnits;
        this.councils = councils;
        this.properties = properties;
        this.notifications = notifications;
        this.events = events;
    }

    /**
     * What to list; nulls and {@code false} mean "any".
     *
     * @param overdue transferred, deadline passed, no answer
     * @param executiveInbox transferred to (or answered by) a People's Committee unit
     * @param published answer published
     */
    public record Filter(
            @Nullable IssueStatus status,
            @Nullable String field,
            boolean overdue,
            boolean executiveInbox,
            boolean published,
            @Nullable String q) {

        public static Filter all() {
            return new Filter(null, null, false, false, false, null);
        }

        public static Filter overdueOnly() {
            return new Filter(null, null, true, false, false, null);
        }
    }

    /** A field of the tree as the pages and the API show it. */
    public record Field(String code, String name, @Nullable String parent) {}

    public List<Field> fields() {
        return properties.fields().stream()
                .map(f -> new Field(f.code(), f.name(), f.parent()))
                .toList();
    }

    public String fieldName(String code) {
        return properties.fieldName(code);
    }

    public int answerDays() {
        return properties.answerDays();
    }

    @Transactional(readOnly = true)
    public Page<PetitionIssue> list(CouncilId council, Filter filter, Page.Request request) {
        int size = request.sizeOr(50);
        int page = request.pageOrDefault();
        var query = query(filter);
        return new Page<>(issues.list(council, query, page * size, size), page, size, issues.count(council, query));
    }

    @Transactional(readOnly = true)
    public PetitionIssue require(CouncilId council, UUID id) {
        return issues.find(council, id).orElseThrow(() -> new NotFoundException("petitions.issue.notFound", id));
    }

    /** A published issue as the public sees it; anything unpublished does not exist. */
    @Transactional(readOnly = true)
    public PetitionIssue requirePublished(CouncilId council, UUID id) {
        return issues.find(council, id)
                .filter(PetitionIssue::isPublished)
                .orElseThrow(() -> new NotFoundException("petitions.issue.notFound", id));
    }

    /** The published answers of a council, newest first (works in the public scope). */
    @Transactional(readOnly = true)
    public Page<PetitionIssue> published(CouncilId council, Page.Request request) {
        return list(council, new Filter(null, null, false, false, true, null), request);
    }

    /**
     * Merges {@code otherId} into {@code targetId}: the other issue's petitions join the target
     * (each keeps its record and tracking code) and the other issue goes. Only issues nobody
     * answered yet can be merged.
     */
    @Transactional
    public PetitionIssue merge(CouncilId council, UUID targetId, @Nullable UUID otherId) {
        if (otherId == null) {
            throw InvalidInputException.of("otherIssueId", "petitions.merge.otherRequired");
        }
        if (otherId.equals(targetId)) {
            throw InvalidInputException.of("otherIssueId", "petitions.merge.same");
        }
        PetitionIssue target = lock(council, targetId);
        PetitionIssue other = lock(council, otherId);
        if (other.answeredOn() != null || target.answeredOn() != null) {
            throw new BusinessRuleException("otherIssueId", "petitions.merge.answered");
        }
        petitions.moveAll(council, otherId, targetId);
        issues.delete(council, otherId);
        issues.touch(council, targetId);
        events.publishEvent(AuditEvent.of(council, "petitions.issue.merged", "issue", targetId)
                .with("merged", otherId)
                .with("mergedTitle", other.title())
                .with("petitions", other.petitionCount()));
        events.publishEvent(new PetitionIssueChanged(council, otherId, "mergedAway", false));
        events.publishEvent(new PetitionIssueChanged(council, targetId, "merged", false));
        return require(council, targetId);
    }

    /**
     * Takes one petition out of its issue into a new issue of its own (a wrong grouping), or into
     * another existing issue when {@code intoIssueId} is given.
     */
    @Transactional
    public PetitionIssue split(CouncilId council, UUID petitionId, @Nullable UUID intoIssueId) {
        Petition petition = petitions
                .find(council, petitionId)
                .orElseThrow(() -> new NotFoundException("petitions.petition.notFound", petitionId));
        PetitionIssue from = lock(council, petition.issueId());
        if (from.answeredOn() != null) {
            throw new BusinessRuleException("petitions.split.answered");
        }
        if (from.petitionCount() <= 1 && intoIssueId == null) {
            throw new BusinessRuleException("petitions.split.alone");
        }
        UUID target;
        if (intoIssueId != null) {
            PetitionIssue into = lock(council, intoIssueId);
            if (into.answeredOn() != null) {
                throw new BusinessRuleException("petitions.merge.answered");
            }
            target = into.id();
        } else {
            target = UUID.randomUUID();
            String text =
                    Deidentifier.scrub(petition.content(), Petitions.names(petition), Petitions.addresses(petition));
            issues.insert(
                    target,
                    council,
                    text.length() > 200 ? text.substring(0, 199) + "…" : text,
                    petition.field(),
                    petition.level(),
                    petition.complaint(),
                    Petitions.period(Petitions.today()),
                    petition.demo());
        }
        petitions.moveToIssue(council, petitionId, target);
        issues.touch(council, target);
        if (from.petitionCount() <= 1) {
            issues.delete(council, from.id());
        } else {
            issues.touch(council, from.id());
        }
        events.publishEvent(AuditEvent.of(council, "petitions.issue.split", "issue", from.id())
                .with("petition", petitionId)
                .with("into", target));
        events.publishEvent(new PetitionIssueChanged(council, from.id(), "split", false));
        events.publishEvent(new PetitionIssueChanged(council, target, "split", false));
        return require(council, target);
    }

    /** A clerk edits the issue's title, field and level. */
    @Transactional
    public PetitionIssue edit(
            CouncilId council,
            UUID id,
            @Nullable String title,
            @Nullable String field,
            @Nullable CompetentLevel level) {
        PetitionIssue issue = lock(council, id);
        var problems = new InvalidInputException.Collector();
        String t = Petitions.clean(title);
        if (t.isEmpty()) {
            problems.add("title", "petitions.title.required");
        } else if (t.length() > MAX_TITLE) {
            problems.add("title", "petitions.field.tooLong", MAX_TITLE);
        }
        if (field == null || properties.field(field) == null) {
            problems.add(
                    "field",
                    field == null ? "petitions.field.required" : "petitions.field.unknown",
                    String.valueOf(field));
        }
        if (level == null) {
            problems.add("level", "petitions.level.required");
        }
        problems.throwIfAny();
        issues.reclassify(
                council,
                id,
                t,
                java.util.Objects.requireNonNull(field),
                java.util.Objects.requireNonNull(level),
                issue.complaint());
        events.publishEvent(AuditEvent.of(council, "petitions.issue.edited", "issue", id)
                .with("title", t)
                .with("field", field)
                .with("level", level));
        events.publishEvent(new PetitionIssueChanged(council, id, "edited", false));
        return require(council, id);
    }

    /**
     * Transfers the issue to a competent body: a unit of the People's Committee, the city, or
     * another agency by name; the deadline defaults to {@code answer-days} from today.
     */
    @Transactional
    public PetitionIssue transfer(
            CouncilId council,
            UUID id,
            @Nullable CompetentBodyKind kind,
            @Nullable UUID executiveUnitId,
            @Nullable String bodyName,
            @Nullable LocalDate deadline) {
        PetitionIssue issue = lock(council, id);
        if (issue.complaint()) {
            throw new BusinessRuleException("petitions.transfer.complaint");
        }
        if (issue.answeredOn() != null) {
            throw new BusinessRuleException("petitions.transfer.answered");
        }
        var problems = new InvalidInputException.Collector();
        LocalDate today = Petitions.today();
        String name = Petitions.clean(bodyName);
        UUID unitId = null;
        if (kind == null) {
            problems.add("bodyKind", "petitions.transfer.kind.required");
        } else if (kind == CompetentBodyKind.EXECUTIVE_UNIT) {
            if (executiveUnitId == null) {
                problems.add("executiveUnitId", "petitions.transfer.unit.required");
            } else {
                try {
                    ExecutiveUnit unit = executiveUnits.require(council, executiveUnitId);
                    if (!unit.active()) {
                        problems.add("executiveUnitId", "petitions.transfer.unit.inactive", unit.name());
                    }
                    name = unit.name();
                    unitId = unit.id();
                } catch (NotFoundException e) {
                    problems.add("executiveUnitId", "petitions.transfer.unit.unknown");
                }
            }
        } else if (kind == CompetentBodyKind.CITY && name.isEmpty()) {
            name = councils.provincial()
                    .map(Council::name)
                    .map(n -> "UBND " + n.replace("Thành phố ", "thành phố "))
                    .orElse("UBND thành phố");
        } else if (name.isEmpty()) {
            problems.add("bodyName", "petitions.transfer.body.required");
        }
        if (name.length() > MAX_BODY) {
            problems.add("bodyName", "petitions.field.tooLong", MAX_BODY);
        }
        LocalDate due = deadline == null ? today.plusDays(properties.answerDays()) : deadline;
        if (due.isBefore(today)) {
            problems.add("deadline", "petitions.transfer.deadline.past");
        }
        problems.throwIfAny();
        CompetentBodyKind k = java.util.Objects.requireNonNull(kind);
        issues.transfer(council, id, k, unitId, name, today, due);
        events.publishEvent(
                new IssueTransferred(council, id, issue.title(), issue.field(), k, name, today, due, false));
        events.publishEvent(AuditEvent.of(council, "petitions.issue.transferred", "issue", id)
                .with("body", name)
                .with("deadline", due));
        return require(council, id);
    }

    /**
     * The competent body's answer: resolved, in progress (with the date it will be done) or
     * explained. Each voter with a contact is told their petition was answered.
     */
    @Transactional
    public PetitionIssue answer(
            CouncilId council,
            UUID id,
            @Nullable AnswerClass answerClass,
            @Nullable String text,
            @Nullable LocalDate promisedOn) {
        PetitionIssue issue = lock(council, id);
        if (issue.status() != IssueStatus.TRANSFERRED) {
            throw new BusinessRuleException("petitions.answer.notTransferred");
        }
        var problems = new InvalidInputException.Collector();
        String answer = Petitions.clean(text);
        if (answerClass == null) {
            problems.add("answerClass", "petitions.answer.class.required");
        }
        if (answer.isEmpty()) {
            problems.add("answer", "petitions.answer.required");
        } else if (answer.length() > MAX_ANSWER) {
            problems.add("answer", "petitions.field.tooLong", MAX_ANSWER);
        }
        LocalDate today = Petitions.today();
        if (answerClass == AnswerClass.IN_PROGRESS) {
            if (promisedOn == null) {
                problems.add("promisedOn", "petitions.answer.promisedOn.required");
            } else if (promisedOn.isBefore(today)) {
                problems.add("promisedOn", "petitions.answer.promisedOn.past");
            }
        }
        problems.throwIfAny();
        AnswerClass cls = java.util.Objects.requireNonNull(answerClass);
        LocalDate deadline = java.util.Objects.requireNonNull(issue.deadline());
        LocalDate publishBy = WorkingDays.plus(deadline, properties.publishWorkingDays());
        String by = CurrentUser.get()
                .map(u -> u.fullName() + " (" + u.username() + ")")
                .orElse(String.valueOf(issue.bodyName()));
        issues.answer(
                council, id, cls, answer, cls == AnswerClass.IN_PROGRESS ? promisedOn : null, today, by, publishBy);
        boolean onTime = !today.isAfter(deadline);
        events.publishEvent(new IssueAnswered(
                council, id, issue.title(), issue.field(), cls, today, onTime, issue.petitionCount(), false));
        events.publishEvent(AuditEvent.of(council, "petitions.issue.answered", "issue", id)
                .with("class", cls)
                .with("onTime", onTime));
        notifyVoters(
                council,
                id,
                VoterNotifications.Kind.ANSWERED,
                "đã được cơ quan có thẩm quyền trả lời; kết quả sẽ được công khai trên trang của HĐND.");
        return require(council, id);
    }

    /**
     * Publishes the answer on the council's site, de-identified: the names, contacts and
     * addresses of every voter of the issue are scrubbed from the title and answer.
     */
    @Transactional
    public PetitionIssue publish(CouncilId council, UUID id) {
        PetitionIssue issue = lock(council, id);
        if (issue.answeredOn() == null) {
            throw new BusinessRuleException("petitions.publish.notAnswered");
        }
        if (issue.isPublished()) {
            throw new BusinessRuleException("petitions.publish.already");
        }
        List<Petition> members = petitions.ofIssue(council, id);
        List<String> names = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (Petition p : members) {
            names.addAll(Petitions.names(p));
            addresses.addAll(Petitions.addresses(p));
        }
        String text = Deidentifier.scrub(java.util.Objects.requireNonNull(issue.answerText()), names, addresses);
        issues.publish(council, id, text);
        String title = Deidentifier.scrub(issue.title(), names, addresses);
        if (!title.equals(issue.title())) {
            issues.reclassify(council, id, title, issue.field(), issue.level(), issue.complaint());
        }
        Instant now = Instant.now();
        boolean within = issue.publishBy() == null || !Petitions.today().isAfter(issue.publishBy());
        events.publishEvent(new AnswerPublished(
                council,
                id,
                title,
                issue.field(),
                java.util.Objects.requireNonNull(issue.answerClass()),
                text,
                now,
                within,
                true));
        events.publishEvent(
                AuditEvent.of(council, "petitions.issue.published", "issue", id).with("withinLegalWindow", within));
        notifyVoters(
                council,
                id,
                VoterNotifications.Kind.PUBLISHED,
                "đã có câu trả lời công khai. Tra cứu bằng mã của Ông/Bà trên trang của HĐND.");
        return require(council, id);
    }

    private void notifyVoters(CouncilId council, UUID issueId, VoterNotifications.Kind kind, String what) {
        for (Petition p : petitions.ofIssue(council, issueId)) {
            if (p.contact() != null) {
                notifications.send(
                        council,
                        p.id(),
                        issueId,
                        kind,
                        p.contact(),
                        "Kiến nghị mã " + TrackingCodes.display(p.trackingCode()) + " " + what);
            }
        }
    }

    /** Figures for the dashboard and KPIs. */
    public record Statistics(
            long petitions,
            long issues,
            long classified,
            Map<String, Long> byField,
            Map<String, Long> byLevel,
            Map<String, Long> byChannel,
            Map<String, Long> byArea,
            Map<String, Long> issuesByStatus,
            long answeredOnTime,
            long answeredLate,
            long overdue,
            long backlog,
            Map<String, Long> meetingsByFormat) {

        /** Share of issues aggregating more than one voter, of all petitions: how much grouping saved. */
        public long grouped() {
            return petitions - issues;
        }

        public long maxField() {
            return byField.values().stream().mapToLong(Long::longValue).max().orElse(1);
        }
    }

    @Transactional(readOnly = true)
    public Statistics statistics(CouncilId council, Map<String, Long> meetingsByFormat) {
        LocalDate today = Petitions.today();
        Map<String, Long> status = counts(issues.countByStatus(council));
        long[] timeliness = issues.timeliness(council);
        long overdue = issues.count(council, query(Filter.overdueOnly()));
        long backlog = status.getOrDefault("OPEN", 0L) + status.getOrDefault("TRANSFERRED", 0L);
        return new Statistics(
                petitions.count(council, false),
                status.values().stream().mapToLong(Long::longValue).sum(),
                petitions.count(council, false) - petitions.count(council, true),
                counts(petitions.countBy(council, "field")),
                counts(petitions.countBy(council, "level")),
                counts(petitions.countBy(council, "channel")),
                counts(petitions.countBy(council, "area")),
                status,
                timeliness[0],
                timeliness[1],
                overdue,
                backlog,
                meetingsByFormat);
    }

    /** Marks issues unresolved from earlier half-years as carried over; returns how many. */
    @Transactional
    public int carryOver(CouncilId council) {
        int carried = issues.carryOver(council, Petitions.period(Petitions.today()));
        if (carried > 0) {
            events.publishEvent(AuditEvent.of(council, "petitions.issue.carriedOver", "council", council.value())
                    .with("issues", carried));
        }
        return carried;
    }

    /** A group of similar city-level issues from several councils of the city. */
    public record CityLevelGroup(
            String title, String field, int petitionCount, List<String> councils, List<UUID> issueIds) {}

    /**
     * City-level issues of every council, grouped by similarity: what the city council's office
     * forwards to the city as one request. Must run in a cross-council scope (the city's office).
     */
    @Transactional(readOnly = true)
    public List<CityLevelGroup> cityLevelGroups() {
        List<IssueRepository.Candidate> all = issues.cityLevelEverywhere();
        List<List<IssueRepository.Candidate>> groups = new ArrayList<>();
        List<Set<String>> fingerprints = new ArrayList<>();
        for (IssueRepository.Candidate c : all) {
            Set<String> fp = TextFeatures.fingerprint(c.text().replace('\u001f', ' '));
            int best = -1;
            double bestSimilarity = 0;
            for (int g = 0; g < groups.size(); g++) {
                double s = TextFeatures.similarity(fp, fingerprints.get(g));
                if (s > bestSimilarity) {
                    bestSimilarity = s;
                    best = g;
                }
            }
            if (best >= 0 && bestSimilarity >= properties.suggestThreshold()) {
                groups.get(best).add(c);
            } else {
                groups.add(new ArrayList<>(List.of(c)));
                fingerprints.add(fp);
            }
        }
        return groups.stream()
                .map(g -> new CityLevelGroup(
                        g.get(0).title(),
                        g.get(0).field(),
                        g.stream()
                                .mapToInt(IssueRepository.Candidate::petitionCount)
                                .sum(),
                        g.stream()
                                .map(c -> councils.require(c.council()).name())
                                .distinct()
                                .toList(),
                        g.stream().map(IssueRepository.Candidate::id).toList()))
                .sorted((a, b) -> Integer.compare(b.petitionCount(), a.petitionCount()))
                .toList();
    }

    private static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] row : rows) {
            out.put(row[0] == null || ((String) row[0]).isEmpty() ? "—" : (String) row[0], (Long) row[1]);
        }
        return out;
    }

    private PetitionIssue lock(CouncilId council, UUID id) {
        return issues.findForUpdate(council, id)
                .orElseThrow(() -> new NotFoundException("petitions.issue.notFound", id));
    }

    private static IssueRepository.Filter query(Filter f) {
        return new IssueRepository.Filter(
                f.status(), f.field(), f.overdue(), f.executiveInbox(), f.published(), f.q(), Petitions.today());
    }
}
