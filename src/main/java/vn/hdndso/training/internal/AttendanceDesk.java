package vn.hdndso.training.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.training.AttendanceList;
import vn.hdndso.training.AttendanceRecorded;
import vn.hdndso.training.AttendanceSource;
import vn.hdndso.training.Attendee;
import vn.hdndso.training.TrainingAttendance;
import vn.hdndso.training.TrainingSession;

/** Records attendance at training sessions: by the clerk, from a list, or by the delegate checking in. */
@Service
class AttendanceDesk implements TrainingAttendance {

    private final TrainingAttendanceRepository attendance;
    private final TrainingSessionRepository sessions;
    private final TermDelegates delegates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttendanceDesk(
            TrainingAttendanceRepository attendance,
            TrainingSessionRepository sessions,
            TermDelegates delegates,
            ApplicationEventPublisher events,
            Clock clock) {
        this.attendance = attendance;
        this.sessions = sessions;
        this.delegates = delegates;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attendee> of(CouncilId council, UUID sessionId) {
        session(council, sessionId);
        return attendance.of(council, sessionId);
    }

    @Override
    @Transactional
    public Attendee enter(CouncilId council, UUID sessionId, DelegateId id) {
        session(council, sessionId);
        Delegate delegate = delegates.require(council, id);
        return record(council, sessionId, delegate, AttendanceSource.ENTERED);
    }

    @Override
    @Transactional
    public Attendee checkIn(CouncilId council, UUID sessionId, UUID userId) {
        TrainingSession session = session(council, sessionId);
        Delegate delegate = delegates
                .ofUser(council, userId)
                .orElseThrow(() -> new AccessDeniedException("not a delegate of the current term"));
        if (!session.openForCheckIn(clock.instant())) {
            throw new BusinessRuleException("training.checkIn.closed");
        }
        return record(council, sessionId, delegate, AttendanceSource.CHECK_IN);
    }

    @Override
    @Transactional
    public ImportResult importList(CouncilId council, UUID sessionId, String fileName, byte[] content) {
        session(council, sessionId);
        List<AttendanceList.Line> lines = AttendanceSheet.read(content);
        List<UUID> named = AttendanceList.match(lines, delegates.active(council));
        String by = CurrentUser.describe();
        int recorded = 0;
        for (UUID delegate : named) {
            if (attendance.insert(council, sessionId, delegate, AttendanceSource.IMPORTED, by, clock.instant())) {
                recorded++;
            }
        }
        if (recorded > 0) {
            published(council, sessionId, recorded, AttendanceSource.IMPORTED);
        }
        return new ImportResult(lines.size(), recorded, named.size() - recorded);
    }

    private Attendee record(CouncilId council, UUID sessionId, Delegate delegate, AttendanceSource source) {
        UUID id = delegate.id().value();
        if (attendance.insert(council, sessionId, id, source, CurrentUser.describe(), clock.instant())) {
            published(council, sessionId, 1, source);
        }
        return attendance
                .find(council, sessionId, id)
                .orElseThrow(() -> new IllegalStateException("attendance just recorded is missing"));
    }

    private void published(CouncilId council, UUID sessionId, int count, AttendanceSource source) {
        events.publishEvent(new AttendanceRecorded(council, sessionId, count, source));
        events.publishEvent(AuditEvent.of(council, "training.attendance.recorded", "trainingSession", sessionId)
                .with("source", source)
                .with("count", count));
        events.publishEvent(new PublicContentChanged(council, CourseCatalogue.TRAINING));
    }

    private TrainingSession session(CouncilId council, UUID id) {
        return sessions.find(council, id).orElseThrow(() -> new NotFoundException("training.session.notFound", id));
    }
}
