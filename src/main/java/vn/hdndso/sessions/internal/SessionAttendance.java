package vn.hdndso.sessions.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Delegate;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.AttendanceStatus;
import vn.hdndso.sessions.Attendances;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Quorum;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;

/**
 * Check-in and check-out of delegates, counted against all delegates of the term. Attendance is
 * open only while the session is public, and its public page shows it.
 */
@Service
class SessionAttendance implements Attendances {

    private final CouncilSessionRepository sessions;
    private final VoteRepository votes;
    private final AbsenceRepository absences;
    private final DelegateRoll roll;
    private final LiveTallies live;
    private final ApplicationEventPublisher events;

    SessionAttendance(
            CouncilSessionRepository sessions,
            VoteRepository votes,
            AbsenceRepository absences,
            DelegateRoll roll,
            LiveTallies live,
            ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.votes = votes;
        this.absences = absences;
        this.roll = roll;
        this.live = live;
        this.events = events;
    }

    @Override
    @Transactional
    public Attendance checkInSelf(CouncilId council, SessionId id, UUID userId) {
        Delegate delegate = roll.ofUser(council, userId).orElseThrow(() -> new AccessDeniedException("not a delegate"));
        return checkIn(council, id, delegate, false);
    }

    @Override
    @Transactional
    public Attendance mark(CouncilId council, SessionId id, UUID delegateId, boolean present) {
        return record(council, id, delegateId, present ? AttendanceStatus.PRESENT : AttendanceStatus.NOT_RECORDED);
    }

    @Override
    @Transactional
    public Attendance record(CouncilId council, SessionId id, UUID delegateId, AttendanceStatus status) {
        Delegate delegate = roll.fresh(council).stream()
                .filter(d -> d.id().value().equals(delegateId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("sessions.delegate.notFound", delegateId));
        if (status == AttendanceStatus.PRESENT) {
            return checkIn(council, id, delegate, true);
        }
        CouncilSession session = openForAttendance(council, id);
        boolean changed = false;
        if (votes.checkOut(id, delegateId)) {
            events.publishEvent(SessionAudit.of(session, "checkedOut").with("delegate", delegate.fullName()));
            changed = true;
        }
        if (status == AttendanceStatus.NOT_RECORDED) {
            changed |= absences.clear(id, delegateId);
        } else {
            boolean excused = status == AttendanceStatus.EXCUSED;
            if (absences.record(council, id, delegateId, delegate.fullName(), excused, CurrentUser.describe())) {
                events.publishEvent(SessionAudit.of(session, excused ? "absentExcused" : "absent")
                        .with("delegate", delegate.fullName()));
                changed = true;
            }
        }
        if (changed) {
            events.publishEvent(new PublicContentChanged(council, PublicContentChanged.SESSIONS));
            live.changed(council, id);
        }
        return attendance(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public Attendance attendance(CouncilId council, SessionId id) {
        session(council, id);
        List<Delegate> delegates = roll.recent(council);
        Set<UUID> present = new HashSet<>(votes.present(id));
        Map<UUID, Boolean> absent = absences.absences(id);
        List<Attendee> list = delegates.stream()
                .map(d -> {
                    UUID delegate = d.id().value();
                    boolean here = present.contains(delegate);
                    Boolean excused = absent.get(delegate);
                    AttendanceStatus status = here
                            ? AttendanceStatus.PRESENT
                            : excused == null
                                    ? AttendanceStatus.NOT_RECORDED
                                    : excused ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
                    return new Attendee(delegate, d.fullName(), here, d.userId() != null, status);
                })
                .toList();
        int count = (int) list.stream().filter(Attendee::present).count();
        return new Attendance(count, delegates.size(), new Quorum(count, delegates.size()).reached(), list);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DelegateStatistics> statistics(CouncilId council) {
        Map<UUID, VoteRepository.DelegateActivity> activity = votes.activity(council).stream()
                .collect(Collectors.toMap(VoteRepository.DelegateActivity::delegateId, Function.identity()));
        return roll.fresh(council).stream()
                .map(d -> {
                    var a = activity.get(d.id().value());
                    return new DelegateStatistics(
                            d.id().value(),
                            d.fullName(),
                            a == null ? 0 : a.sessionsAttended(),
                            a == null ? 0 : a.votesCast());
                })
                .toList();
    }

    private Attendance checkIn(CouncilId council, SessionId id, Delegate delegate, boolean byClerk) {
        CouncilSession session = openForAttendance(council, id);
        absences.clear(id, delegate.id().value());
        if (votes.checkIn(council, id, delegate.id().value(), delegate.fullName(), CurrentUser.describe(), byClerk)) {
            events.publishEvent(SessionAudit.of(session, "checkedIn")
                    .with("delegate", delegate.fullName())
                    .with("byClerk", byClerk));
            events.publishEvent(new PublicContentChanged(council, PublicContentChanged.SESSIONS));
            live.changed(council, id);
        }
        return attendance(council, id);
    }

    private CouncilSession openForAttendance(CouncilId council, SessionId id) {
        CouncilSession session = session(council, id);
        session.state().requireOpenForAttendance();
        return session;
    }

    private CouncilSession session(CouncilId council, SessionId id) {
        return sessions.find(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
    }
}
