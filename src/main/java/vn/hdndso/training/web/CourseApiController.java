package vn.hdndso.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.web.Page;
import vn.hdndso.training.Courses;
import vn.hdndso.training.NewCourse;
import vn.hdndso.training.NewTrainingSession;
import vn.hdndso.training.TrainingSession;
import vn.hdndso.training.TrainingSessions;
import vn.hdndso.training.web.TrainingViews.CourseView;
import vn.hdndso.training.web.TrainingViews.SessionView;

/** Courses and their sessions: the council office plans them, the council's accounts read them. */
@RestController
@RequestMapping("/api/v1/councils/{slug}/training")
@Tag(
        name = "Bồi dưỡng đại biểu",
        description = "Khóa bồi dưỡng kỹ năng số, buổi học, điểm danh, đánh giá (T9; docs/training.md)")
class CourseApiController {

    /** Every account of the council reads training. */
    static final String READERS =
            "@councilAccess.has('COUNCIL_ADMIN','CLERK','DELEGATE','COMMITTEE_MEMBER','EXECUTIVE_OFFICER','FRONT_OFFICER')";

    /** The council office records training. */
    static final String OFFICE = "@councilAccess.has('COUNCIL_ADMIN','CLERK')";

    static final String DELEGATE = "@councilAccess.has('DELEGATE')";

    private final Councils councils;
    private final Courses courses;
    private final TrainingSessions sessions;

    CourseApiController(Councils councils, Courses courses, TrainingSessions sessions) {
        this.councils = councils;
        this.courses = courses;
        this.sessions = sessions;
    }

    @Operation(summary = "Các khóa bồi dưỡng của Hội đồng")
    @GetMapping("/courses")
    @PreAuthorize(READERS)
    Page<CourseView> courses(@PathVariable String slug, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        return Page.of(courses.list(council.id()).stream().map(CourseView::of).toList(), page);
    }

    @Operation(
            summary = "Thêm khóa bồi dưỡng",
            description =
                    "{\"code\",\"title\",\"topic\":\"E_OFFICE\"|\"SIGNING\"|\"ONLINE_MEETINGS\"|\"DATA\"|\"PLATFORM\"|"
                            + "\"OTHER\",\"description\"} → 201. Thiếu tên, chủ đề: 400; mã đã dùng: 409.")
    @PostMapping("/courses")
    @PreAuthorize(OFFICE)
    ResponseEntity<CourseView> createCourse(
            @PathVariable String slug, @RequestBody(required = false) @Nullable NewCourse body) {
        Council council = councils.requireBySlug(slug);
        var course = courses.create(council.id(), body == null ? new NewCourse(null, null, null, null) : body);
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/training/courses/" + course.id()))
                .body(CourseView.of(course));
    }

    @Operation(summary = "Một khóa bồi dưỡng (theo id hoặc mã)")
    @GetMapping("/courses/{course}")
    @PreAuthorize(READERS)
    CourseView course(@PathVariable String slug, @PathVariable String course) {
        return CourseView.of(courses.require(councils.requireBySlug(slug).id(), course));
    }

    @Operation(
            summary = "Các buổi học, mới nhất trước; hoặc các buổi trong khoảng ngày from–to",
            description = "from, to: yyyy-MM-dd (cả hai hoặc không)")
    @GetMapping("/sessions")
    @PreAuthorize(READERS)
    Page<SessionView> sessions(
            @PathVariable String slug,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Page.Request page) {
        Council council = councils.requireBySlug(slug);
        if ((from == null) != (to == null)) {
            throw InvalidInputException.of(from == null ? "from" : "to", "training.range.both");
        }
        List<TrainingSession> list =
                from != null && to != null ? sessions.between(council.id(), from, to) : sessions.list(council.id());
        return Page.of(list.stream().map(SessionView::of).toList(), page);
    }

    @Operation(
            summary = "Lên lịch một buổi học",
            description = "{\"course\":\"<id hoặc mã>\",\"startsAt\":\"2026-12-10T08:00\",\"endsAt\",\"format\":"
                    + "\"IN_PERSON\"|\"ONLINE\",\"place\",\"link\"} (giờ Việt Nam) → 201. Trực tiếp cần địa điểm,"
                    + " trực tuyến cần đường dẫn; mỗi lỗi nêu tên trường (400).")
    @PostMapping("/sessions")
    @PreAuthorize(OFFICE)
    ResponseEntity<SessionView> plan(
            @PathVariable String slug, @RequestBody(required = false) @Nullable NewTrainingSession body) {
        Council council = councils.requireBySlug(slug);
        var session = sessions.plan(
                council.id(), body == null ? new NewTrainingSession(null, null, null, null, null, null) : body);
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/training/sessions/" + session.id()))
                .body(SessionView.of(session));
    }

    @Operation(summary = "Một buổi học")
    @GetMapping("/sessions/{id}")
    @PreAuthorize(READERS)
    SessionView session(@PathVariable String slug, @PathVariable java.util.UUID id) {
        return SessionView.of(sessions.require(councils.requireBySlug(slug).id(), id));
    }
}
