package vn.hdndso.training.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.training.Course;
import vn.hdndso.training.CourseTopic;
import vn.hdndso.training.Courses;
import vn.hdndso.training.NewCourse;

/** The council's courses: checked, stored, public. */
@Service
class CourseCatalogue implements Courses {

    static final String TRAINING = "training";

    private final CourseRepository courses;
    private final ApplicationEventPublisher events;

    CourseCatalogue(CourseRepository courses, ApplicationEventPublisher events) {
        this.courses = courses;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Course> list(CouncilId council) {
        return courses.list(council);
    }

    @Override
    @Transactional(readOnly = true)
    public Course require(CouncilId council, String idOrCode) {
        String key = idOrCode.strip();
        UUID id = uuidOrNull(key);
        return (id != null ? courses.find(council, id) : courses.findByCode(council, key.toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> new NotFoundException("training.course.notFound", key));
    }

    @Override
    @Transactional(readOnly = true)
    public Course require(CouncilId council, UUID id) {
        return courses.find(council, id).orElseThrow(() -> new NotFoundException("training.course.notFound", id));
    }

    @Override
    @Transactional
    public Course create(CouncilId council, NewCourse course) {
        return create(council, course, false);
    }

    @Override
    @Transactional
    public Course create(CouncilId council, NewCourse draft, boolean demo) {
        var problems = new InvalidInputException.Collector();
        String title = VnText.normalize(draft.title()).strip();
        if (title.isEmpty()) {
            problems.add("title", "training.course.titleRequired");
        } else if (title.length() > 300) {
            problems.add("title", "training.tooLong", 300);
        }
        CourseTopic topic = null;
        if (draft.topic() == null || draft.topic().isBlank()) {
            problems.add("topic", "training.course.topicRequired");
        } else {
            try {
                topic = CourseTopic.valueOf(draft.topic().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("topic", "training.course.topicUnknown", draft.topic());
            }
        }
        String code = draft.code() == null || draft.code().isBlank()
                ? VnText.slug(title)
                : draft.code().strip().toLowerCase(Locale.ROOT);
        if (code.length() > 40) {
            code = code.substring(0, 40).replaceAll("-+$", "");
        }
        if (!title.isEmpty() && !code.matches("[a-z0-9][a-z0-9-]*")) {
            problems.add("code", "training.course.codeInvalid", code);
        }
        String description = VnText.normalize(draft.description()).strip();
        if (description.length() > 4000) {
            problems.add("description", "training.tooLong", 4000);
        }
        problems.throwIfAny();
        if (courses.findByCode(council, code).isPresent()) {
            throw new BusinessRuleException("code", "training.course.codeTaken", code);
        }
        Course course = new Course(
                UUID.randomUUID(),
                council,
                code,
                title,
                java.util.Objects.requireNonNull(topic, "checked above"),
                description,
                demo);
        courses.insert(course, CurrentUser.describe());
        events.publishEvent(AuditEvent.of(council, "training.course.created", "course", course.id())
                .with("code", code)
                .with("topic", course.topic()));
        events.publishEvent(new PublicContentChanged(council, TRAINING));
        return course;
    }

    static @Nullable UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
