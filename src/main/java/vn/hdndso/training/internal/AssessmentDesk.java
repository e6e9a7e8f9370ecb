package vn.hdndso.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnDates;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.training.Assessment;
import vn.hdndso.training.AssessmentRecorded;
import vn.hdndso.training.Assessments;
import vn.hdndso.training.Course;
import vn.hdndso.training.NewAssessment;
import vn.hdndso.training.SkillLevel;

/** Records assessments: one per delegate, course and day. */
@Service
class AssessmentDesk implements Assessments {

    private final AssessmentRepository assessments;
    private final CourseRepository courses;
    private final TermDelegates delegates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentDesk(
            AssessmentRepository assessments,
            CourseRepository courses,
            TermDelegates delegates,
            ApplicationEventPublisher events,
            Clock clock) {
        this.assessments = assessments;
        this.courses = courses;
        this.delegates = delegates;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Assessment> list(CouncilId council) {
        return assessments.list(council);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Assessment> of(CouncilId council, DelegateId delegate) {
        return assessments.of(council, delegate.value());
    }

    @Override
    @Transactional
    public Assessment record(CouncilId council, NewAssessment draft) {
        var problems = new InvalidInputException.Collector();
        UUID delegateId = null;
        if (draft.delegateId() == null || draft.delegateId().isBlank()) {
            problems.add("delegateId", "training.assessment.delegateRequired");
        } else {
            delegateId = CourseCatalogue.uuidOrNull(draft.delegateId());
            if (delegateId == null) {
                problems.add("delegateId", "training.assessment.delegateInvalid", draft.delegateId());
            }
        }
        if (draft.course() == null || draft.course().isBlank()) {
            problems.add("course", "training.session.courseRequired");
        }
        SkillLevel level = null;
        if (draft.level() == null || draft.level().isBlank()) {
            problems.add("level", "training.assessment.levelRequired");
        } else {
            try {
                level = SkillLevel.valueOf(draft.level().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("level", "training.assessment.levelUnknown", draft.level());
            }
        }
        LocalDate day = null;
        if (draft.assessedOn() == null || draft.assessedOn().isBlank()) {
            problems.add("assessedOn", "training.assessment.dayRequired");
        } else {
            try {
                day = VnDates.parseDate(draft.assessedOn());
                if (day.isAfter(VnTime.today(clock))) {
                    problems.add("assessedOn", "training.assessment.dayInFuture");
                }
            } catch (DateTimeParseException e) {
                problems.add("assessedOn", VnDates.INVALID, draft.assessedOn());
            }
        }
        problems.throwIfAny();
        Delegate delegate = delegates.require(council, new DelegateId(Objects.requireNonNull(delegateId, "checked")));
        String courseKey = Objects.requireNonNull(draft.course(), "checked").strip();
        UUID courseId = CourseCatalogue.uuidOrNull(courseKey);
        Course course = (courseId != null
                        ? courses.find(council, courseId)
                        : courses.findByCode(council, courseKey.toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> new NotFoundException("training.course.notFound", courseKey));
        LocalDate assessedOn = Objects.requireNonNull(day, "checked");
        Assessment assessment = new Assessment(
                UUID.randomUUID(),
                council,
                delegate.id().value(),
                delegate.fullName(),
                course.id(),
                course.title(),
                Objects.requireNonNull(level, "checked"),
                assessedOn,
                CurrentUser.describe());
        if (assessments.exists(council, delegate.id().value(), course.id(), assessedOn)
                || !assessments.insert(assessment)) {
            throw new BusinessRuleException(
                    "assessedOn", "training.assessment.duplicate", delegate.fullName(), course.title(), assessedOn);
        }
        events.publishEvent(new AssessmentRecorded(council, delegate.id().value(), course.id(), assessment.level()));
        events.publishEvent(AuditEvent.of(
                        council,
                        "training.assessment.recorded",
                        "delegate",
                        delegate.id().value())
                .with("course", course.code())
                .with("level", assessment.level())
                .with("assessedOn", assessedOn));
        events.publishEvent(new PublicContentChanged(council, CourseCatalogue.TRAINING));
        return assessment;
    }
}
