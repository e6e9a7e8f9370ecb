package vn.hdndso.reports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.BodyKind;
import vn.hdndso.councils.CouncilBodies;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.files.BlobStore;
import vn.hdndso.files.FileType;
import vn.hdndso.files.Files;
import vn.hdndso.files.StoredFile;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.Role;
import vn.hdndso.indicators.Period;
import vn.hdndso.reports.NewReportingRound;
import vn.hdndso.reports.ReportingPeriods;
import vn.hdndso.reports.ReportingRound;
import vn.hdndso.reports.ReportingRound.Reporter;
import vn.hdndso.reports.ReportingRound.ReporterKind;
import vn.hdndso.reports.ReportingRound.ReporterState;
import vn.hdndso.reports.ReportingRound.Submission;
import vn.hdndso.reports.ReportingRounds;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;

/** {@link ReportingRounds}: one transaction per call; the files go through the files module's checks. */
@Service
class RoundService implements ReportingRounds {

    static final int MAX_SUMMARY = 4000;

    private final RoundRepository repository;
    private final CouncilBodies bodies;
    private final ExecutiveUnits units;
    private final Files files;
    private final BlobStore blobs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundService(
            RoundRepository repository,
            CouncilBodies bodies,
            ExecutiveUnits units,
            Files files,
            BlobStore blobs,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.bodies = bodies;
        this.units = units;
        this.files = files;
        this.blobs = blobs;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReportingRound open(CouncilId council, NewReportingRound round) {
        var problems = new InvalidInputException.Collector();
        Period period = null;
        String periodText = round.period();
        if (periodText == null || periodText.isBlank()) {
            problems.add("period", "reports.period.required");
        } else {
            try {
                period = ReportingPeriods.parse(periodText);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(p.field(), p.messageKey(), p.arguments()));
            }
        }
        LocalDate dueOn = null;
        String dueText = round.dueOn();
        if (dueText == null || dueText.isBlank()) {
            problems.add("dueOn", "reports.round.dueOn.required");
        } else {
            try {
                dueOn = vn.hdndso.shared.VnDates.parseDate(dueText);
            } catch (DateTimeParseException e) {
                problems.add("dueOn", "reports.round.dueOn.invalid", dueText);
            }
        }
        if (period != null && dueOn != null && dueOn.isBefore(period.start())) {
            problems.add("dueOn", "reports.round.dueOn.beforePeriod", period.toString());
        }
        Map<UUID, Candidate> candidates =
                candidates(council).stream().collect(Collectors.toMap(Candidate::id, Function.identity()));
        List<UUID> asked = round.reporters() == null ? List.of() : round.reporters();
        Set<UUID> chosen = new LinkedHashSet<>();
        if (asked.isEmpty()) {
            problems.add("reporters", "reports.round.reporters.required");
        }
        for (int i = 0; i < asked.size(); i++) {
            UUID id = asked.get(i);
            if (id == null || !candidates.containsKey(id)) {
                problems.add("reporters[" + i + "]", "reports.round.reporters.unknown", String.valueOf(id));
            } else {
                chosen.add(id);
            }
        }
        problems.throwIfAny();

        var row = new RoundRepository.RoundRow(
                UUID.randomUUID(),
                council,
                java.util.Objects.requireNonNull(period),
                java.util.Objects.requireNonNull(dueOn),
                CurrentUser.describe(),
                Instant.now(clock));
        repository.insertRound(row);
        int position = 0;
        for (UUID id : chosen) {
            Candidate candidate = java.util.Objects.requireNonNull(candidates.get(id), "chosen among the candidates");
            repository.insertReporter(new RoundRepository.ReporterRow(
                    UUID.randomUUID(),
                    council,
                    row.id(),
                    candidate.kind(),
                    candidate.id(),
                    candidate.name(),
                    position++,
                    null,
                    null));
        }
        events.publishEvent(AuditEvent.of(council, "reports.round.opened", "round", row.id())
                .with("period", row.period().toString())
                .with("dueOn", row.dueOn().toString())
                .with("reporters", chosen.size()));
        return require(council, row.id());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportingRound> list(CouncilId council) {
        return repository.rounds(council).stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ReportingRound require(CouncilId council, UUID id) {
        return view(round(council, id));
    }

    @Override
    @Transactional
    public Submission submit(
            CouncilId council, UUID roundId, UUID reporterId, String fileName, byte[] content, String summary) {
        RoundRepository.RoundRow round = round(council, roundId);
        RoundRepository.ReporterRow reporter = repository.reporters(roundId).stream()
                .filter(r -> r.id().equals(reporterId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("reports.reporter.notFound", reporterId));
        requireMayReportFor(reporter.kind());
        var problems = new InvalidInputException.Collector();
        String text = VnText.normalize(summary).strip();
        if (text.isEmpty()) {
            problems.add("summary", "reports.submission.summary.required");
        } else if (text.length() > MAX_SUMMARY) {
            problems.add("summary", "reports.submission.summary.tooLong", MAX_SUMMARY);
        }
        if (content.length == 0) {
            problems.add("file", "reports.submission.file.empty");
        }
        problems.throwIfAny();

        StoredFile stored = files.store(
                council, fileName, new ByteArrayInputStream(content), EnumSet.of(FileType.PDF, FileType.DOCX));
        Instant now = Instant.now(clock);
        boolean late = VnTime.today(clock).isAfter(round.dueOn());
        var submission = new Submission(
                UUID.randomUUID(),
                reporterId,
                stored.originalName(),
                stored.mediaType(),
                stored.size(),
                stored.sha256(),
                text,
                late,
                CurrentUser.describe(),
                now);
        repository.insertSubmission(council, roundId, stored.id().value(), submission);
        events.publishEvent(AuditEvent.of(council, "reports.round.submitted", "round", roundId)
                .with("reporter", reporter.name())
                .with("late", late)
                .with("sha256", stored.sha256()));
        return submission;
    }

    @Override
    @Transactional(readOnly = true)
    public Submission requireSubmission(CouncilId council, UUID roundId, UUID submissionId) {
        round(council, roundId);
        return repository
                .submission(roundId, submissionId)
                .orElseThrow(() -> new NotFoundException("reports.submission.notFound", submissionId));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] file(CouncilId council, UUID roundId, UUID submissionId) {
        Submission submission = requireSubmission(council, roundId, submissionId);
        try (InputStream in = blobs.open(submission.sha256())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Candidate> candidates(CouncilId council) {
        List<Candidate> candidates = new ArrayList<>();
        bodies.ofCurrentTerm(council).stream()
                .filter(b -> b.kind() == BodyKind.COMMITTEE)
                .forEach(b -> candidates.add(new Candidate(b.id(), ReporterKind.COMMITTEE, b.name())));
        units.of(council).stream()
                .filter(u -> u.active())
                .forEach(u -> candidates.add(new Candidate(u.id(), ReporterKind.EXECUTIVE_UNIT, u.name())));
        return candidates;
    }

    /**
     * A committee reports through its members, an executive unit through its officers, and the
     * council office may hand in a report on behalf of either. Accounts are not tied to one
     * committee or unit, so any committee member of the council may report for any committee.
     */
    private static void requireMayReportFor(ReporterKind kind) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        boolean office = user.isCityAdmin() || user.has(Role.CLERK) || user.has(Role.COUNCIL_ADMIN);
        boolean member = switch (kind) {
            case COMMITTEE -> user.has(Role.COMMITTEE_MEMBER);
            case EXECUTIVE_UNIT -> user.has(Role.EXECUTIVE_OFFICER);
        };
        if (!office && !member) {
            throw new AccessDeniedException("may not report for a " + kind);
        }
    }

    private RoundRepository.RoundRow round(CouncilId council, UUID id) {
        return repository.round(council, id).orElseThrow(() -> new NotFoundException("reports.round.notFound", id));
    }

    private ReportingRound view(RoundRepository.RoundRow round) {
        LocalDate today = VnTime.today(clock);
        Map<UUID, List<Submission>> byReporter =
                repository.submissions(round.id()).stream().collect(Collectors.groupingBy(Submission::reporterId));
        List<Reporter> reporters = repository.reporters(round.id()).stream()
                .map(r -> {
                    List<Submission> submissions = byReporter.getOrDefault(r.id(), List.of());
                    return new Reporter(
                            r.id(),
                            r.kind(),
                            r.bodyId(),
                            r.name(),
                            submissions,
                            state(submissions.isEmpty() ? null : submissions.getLast(), round.dueOn(), today),
                            r.dueSoonSentAt(),
                            r.overdueSentAt());
                })
                .toList();
        return new ReportingRound(
                round.id(),
                round.council(),
                round.period(),
                round.dueOn(),
                reporters,
                round.createdBy(),
                round.createdAt());
    }

    static ReporterState state(@Nullable Submission latest, LocalDate dueOn, LocalDate today) {
        if (latest != null) {
            return latest.late() ? ReporterState.SUBMITTED_LATE : ReporterState.SUBMITTED;
        }
        return today.isAfter(dueOn) ? ReporterState.OVERDUE : ReporterState.PENDING;
    }
}
