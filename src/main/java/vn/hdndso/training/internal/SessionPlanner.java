package vn.hdndso.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.councils.Delegates;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnDates;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.training.Course;
import vn.hdndso.training.NewTrainingSession;
import vn.hdndso.training.SessionFormat;
import vn.hdndso.training.TrainingSession;
import vn.hdndso.training.TrainingSessions;

/** Plans training sessions and answers which ones fall in a range or concern a delegate. */
@Service
class SessionPlanner implements TrainingSessions {

    private final TrainingSessionRepository sessions;
    private final CourseRepository courses;
    private final Delegates delegates;
    private final TermDelegates term;
    private final ApplicationEventPublisher events;

    SessionPlanner(
            TrainingSessionRepository sessions,
            CourseRepository courses,
            Delegates delegates,
            TermDelegates term,
            ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.courses = courses;
        this.delegates = delegates;
        this.term = term;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrainingSession> list(CouncilId council) {
        return sessions.list(council);
    }

    @Override
    @Transactional(readOnly = true)
    public TrainingSession require(CouncilId council, UUID id) {
        return sessions.find(council, id).orElseThrow(() -> new NotFoundException("training.session.notFound", id));
    }

    @Override
    @Transactional
    public TrainingSession plan(CouncilId council, NewTrainingSession draft) {
        return plan(council, draft, false);
    }

    @Override
    @Transactional
    public TrainingSession plan(CouncilId council, NewTrainingSession draft, boolean demo) {
        var problems = new InvalidInputException.Collector();
        Course course = null;
        if (draft.course() == null || draft.course().isBlank()) {
            problems.add("course", "training.session.courseRequired");
        } else {
            UUID id = CourseCatalogue.uuidOrNull(draft.course());
            course = (id != null
                            ? courses.find(council, id)
                            : courses.findByCode(council, draft.course().strip().toLowerCase(Locale.ROOT)))
                    .orElse(null);
            if (course == null) {
                problems.add("course", "training.course.notFound", draft.course());
            }
        }
        Instant starts = moment(draft.startsAt(), "startsAt", problems);
        Instant ends = moment(draft.endsAt(), "endsAt", problems);
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            problems.add("endsAt", "training.session.endBeforeStart");
        }
        SessionFormat format = null;
        if (draft.format() == null || draft.format().isBlank()) {
            problems.add("format", "training.session.formatRequired");
        } else {
            try {
                format = SessionFormat.valueOf(draft.format().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("format", "training.session.formatUnknown", draft.format());
            }
        }
        String place = blankToNull(draft.place());
        String link = blankToNull(draft.link());
        if (format == SessionFormat.IN_PERSON && place == null) {
            problems.add("place", "training.session.placeRequired");
        }
        if (format == SessionFormat.ONLINE && link == null) {
            problems.add("link", "training.session.linkRequired");
        } else if (link != null && !link.matches("https?://\\S+")) {
            problems.add("link", "training.session.linkInvalid");
        }
        if (place != null && place.length() > 300) {
            problems.add("place", "training.tooLong", 300);
        }
        if (link != null && link.length() > 500) {
            problems.add("link", "training.tooLong", 500);
        }
        problems.throwIfAny();
        Course c = Objects.requireNonNull(course, "checked above");
        TrainingSession session = new TrainingSession(
                UUID.randomUUID(),
                council,
                c.id(),
                c.title(),
                Objects.requireNonNull(starts, "checked above"),
                Objects.requireNonNull(ends, "checked above"),
                Objects.requireNonNull(format, "checked above"),
                place,
                link,
                0,
                demo);
        sessions.insert(session, CurrentUser.describe());
        events.publishEvent(AuditEvent.of(council, "training.session.planned", "trainingSession", session.id())
                .with("course", c.code())
                .with("startsAt", session.startsAt())
                .with("format", session.format()));
        events.publishEvent(new PublicContentChanged(council, CourseCatalogue.TRAINING));
        return session;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrainingSession> between(CouncilId council, LocalDate from, LocalDate to) {
        return sessions.overlapping(
                council,
                from.atStartOfDay(VnTime.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(VnTime.ZONE).toInstant());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrainingSession> invitationsOf(CouncilId council, DelegateId id, LocalDate from, LocalDate to) {
        Delegate delegate = term.active(council).stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElse(null);
        if (delegate == null) {
            delegates.ofCurrentTerm(council).stream()
                    .filter(d -> d.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("training.delegate.notFound", id));
            LocalDate ended = delegates.require(council, id).endedOn();
            return ended == null
                    ? List.of()
                    : between(council, from, to).stream()
                            .filter(s -> !s.startsAt()
                                    .atZone(VnTime.ZONE)
                                    .toLocalDate()
                                    .isAfter(ended))
                            .toList();
        }
        return between(council, from, to);
    }

    private static @Nullable Instant moment(
            @Nullable String text, String field, InvalidInputException.Collector problems) {
        if (text == null || text.isBlank()) {
            problems.add(field, "training.session." + field + "Required");
            return null;
        }
        try {
            LocalDateTime local = VnDates.parseDateTime(text);
            return local.atZone(VnTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(field, VnDates.INVALID, text);
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        String clean = VnText.normalize(text).strip();
        return clean.isEmpty() ? null : clean;
    }
}
