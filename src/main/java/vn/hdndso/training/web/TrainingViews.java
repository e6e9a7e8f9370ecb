package vn.hdndso.training.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.training.Assessment;
import vn.hdndso.training.Attendee;
import vn.hdndso.training.Course;
import vn.hdndso.training.DelegateTraining;
import vn.hdndso.training.TrainingSession;

/** What the training API sends and receives. */
final class TrainingViews {

    private TrainingViews() {}

    record CourseView(UUID id, String code, String title, String topic, String description, boolean demo) {
        static CourseView of(Course c) {
            return new CourseView(c.id(), c.code(), c.title(), c.topic().name(), c.description(), c.demo());
        }
    }

    record SessionView(
            UUID id,
            UUID courseId,
            String courseTitle,
            Instant startsAt,
            Instant endsAt,
            String format,
            @Nullable String place,
            @Nullable String link,
            int attendees) {
        static SessionView of(TrainingSession s) {
            return new SessionView(
                    s.id(),
                    s.courseId(),
                    s.courseTitle(),
                    s.startsAt(),
                    s.endsAt(),
                    s.format().name(),
                    s.place(),
                    s.link(),
                    s.attendees());
        }
    }

    record AttendeeView(UUID delegateId, String delegateName, String source, String recordedBy, Instant recordedAt) {
        static AttendeeView of(Attendee a) {
            return new AttendeeView(
                    a.delegateId(), a.delegateName(), a.source().name(), a.recordedBy(), a.recordedAt());
        }
    }

    record AssessmentView(
            UUID id,
            UUID delegateId,
            String delegateName,
            UUID courseId,
            String courseTitle,
            String level,
            LocalDate assessedOn,
            String recordedBy) {
        static AssessmentView of(Assessment a) {
            return new AssessmentView(
                    a.id(),
                    a.delegateId(),
                    a.delegateName(),
                    a.courseId(),
                    a.courseTitle(),
                    a.level().name(),
                    a.assessedOn(),
                    a.recordedBy());
        }
    }

    record RecordView(
            UUID delegateId,
            boolean trained,
            @Nullable String level,
            List<SessionView> attended,
            List<AssessmentView> assessments) {
        static RecordView of(DelegateTraining t) {
            return new RecordView(
                    t.delegateId(),
                    t.trained(),
                    t.level() == null ? null : t.level().name(),
                    t.attended().stream().map(SessionView::of).toList(),
                    t.assessments().stream().map(AssessmentView::of).toList());
        }
    }

    /** {@code {"delegateId"}}: the clerk records a delegate as present. */
    record AttendanceRequest(@Nullable String delegateId) {}
}
