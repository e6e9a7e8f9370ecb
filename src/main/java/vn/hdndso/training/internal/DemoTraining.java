package vn.hdndso.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilSetUp;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.Delegate;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.training.AttendanceSource;
import vn.hdndso.training.Course;
import vn.hdndso.training.Courses;
import vn.hdndso.training.NewAssessment;
import vn.hdndso.training.NewCourse;
import vn.hdndso.training.NewTrainingSession;
import vn.hdndso.training.TrainingSession;
import vn.hdndso.training.TrainingSessions;

/**
 * With {@code HDND_DEMO=true}: Xã Lạc Phượng's digital-skills courses (e-office, signing, online
 * meetings, data, this platform), two past sessions attended by most of its demo delegates, one
 * coming session, and assessments (some proficient), so that T9 and the delegates' profiles have
 * something to show. Every record is labelled demo; loaded once (a second start finds the courses).
 */
@Component
class DemoTraining implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);
    private static final String LAC_PHUONG = "11140";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private static final List<NewCourse> COURSES = List.of(
            new NewCourse(
                    "van-phong-dien-tu",
                    "[Mẫu] Văn phòng điện tử: nhận, xử lý và trả lời văn bản",
                    "E_OFFICE",
                    "Tiếp nhận văn bản đến, chuyển xử lý, theo dõi hạn, lưu hồ sơ điện tử."),
            new NewCourse(
                    "chu-ky-so",
                    "[Mẫu] Sử dụng chữ ký số cá nhân và chữ ký số từ xa",
                    "SIGNING",
                    "Ký văn bản PDF, kiểm tra chữ ký, ký trên điện thoại."),
            new NewCourse(
                    "hop-truc-tuyen",
                    "[Mẫu] Họp và tiếp xúc cử tri trực tuyến",
                    "ONLINE_MEETINGS",
                    "Tham gia, phát biểu, biểu quyết trong cuộc họp trực tuyến; an toàn thông tin."),
            new NewCourse(
                    "khai-thac-du-lieu",
                    "[Mẫu] Khai thác dữ liệu ngân sách và kiến nghị cử tri",
                    "DATA",
                    "Đọc bảng, biểu đồ, tải dữ liệu mở, theo dõi chỉ số."),
            new NewCourse(
                    "hdnd-so",
                    "[Mẫu] Sử dụng HĐND số trên điện thoại",
                    "PLATFORM",
                    "Đọc tài liệu kỳ họp, điểm danh, biểu quyết, chất vấn, theo dõi lịch."));

    private final CouncilSetUp setUp;
    private final Councils councils;
    private final Courses courses;
    private final TrainingSessions sessions;
    private final TrainingAttendanceRepository attendance;
    private final AssessmentDesk assessments;
    private final TermDelegates delegates;
    private final InstallationProperties installation;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoTraining(
            CouncilSetUp setUp,
            Councils councils,
            Courses courses,
            TrainingSessions sessions,
            TrainingAttendanceRepository attendance,
            AssessmentDesk assessments,
            TermDelegates delegates,
            InstallationProperties installation,
            TransactionTemplate transactions,
            Clock clock) {
        this.setUp = setUp;
        this.councils = councils;
        this.courses = courses;
        this.sessions = sessions;
        this.attendance = attendance;
        this.assessments = assessments;
        this.delegates = delegates;
        this.installation = installation;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!installation.demo()) {
            return;
        }
        setUp.ensureRegistered();
        councils.all().stream()
                .filter(c -> c.code().equals(LAC_PHUONG))
                .findFirst()
                .ifPresent(this::load);
    }

    private void load(Council council) {
        Tenancy.run(
                TenantScope.staffOf(council.id()),
                () -> transactions.executeWithoutResult(status -> {
                    if (courses.list(council.id()).stream().anyMatch(Course::demo)) {
                        return;
                    }
                    List<Delegate> term = delegates.active(council.id());
                    if (term.isEmpty()) {
                        return;
                    }
                    List<Course> made = COURSES.stream()
                            .map(c -> courses.create(council.id(), c, true))
                            .toList();
                    LocalDate today = VnTime.today(clock);
                    TrainingSession first = session(council, made.get(4), today.minusDays(40), false);
                    TrainingSession second = session(council, made.get(1), today.minusDays(12), true);
                    session(council, made.get(2), today.plusDays(9), true);
                    for (int i = 0; i < term.size(); i++) {
                        var id = term.get(i).id().value();
                        if (i < 11) {
                            attendance.insert(
                                    council.id(),
                                    first.id(),
                                    id,
                                    AttendanceSource.ENTERED,
                                    "hệ thống",
                                    first.startsAt());
                        }
                        if (i < 8) {
                            attendance.insert(
                                    council.id(),
                                    second.id(),
                                    id,
                                    AttendanceSource.IMPORTED,
                                    "hệ thống",
                                    second.startsAt());
                            assessments.record(
                                    council.id(),
                                    new NewAssessment(
                                            id.toString(),
                                            made.get(i % 2 == 0 ? 4 : 1).code(),
                                            i < 6 ? "PROFICIENT" : "BASIC",
                                            today.minusDays(10).toString()));
                        }
                    }
                    log.info("Demo training loaded for {}: {} courses, 3 sessions", council.name(), made.size());
                }));
    }

    private TrainingSession session(Council council, Course course, LocalDate day, boolean online) {
        return sessions.plan(
                council.id(),
                new NewTrainingSession(
                        course.id().toString(),
                        day.atTime(8, 0).format(MOMENT),
                        day.atTime(11, 0).format(MOMENT),
                        online ? "ONLINE" : "IN_PERSON",
                        online ? null : "[Mẫu] Hội trường UBND xã Lạc Phượng",
                        online ? "https://hop-truc-tuyen.example.vn/boi-duong-dai-bieu" : null),
                true);
    }
}
