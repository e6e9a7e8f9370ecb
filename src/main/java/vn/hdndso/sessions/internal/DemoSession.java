package vn.hdndso.sessions.internal;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
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
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Majority;
import vn.hdndso.sessions.NewSession;
import vn.hdndso.sessions.Packs;
import vn.hdndso.sessions.Recordings;
import vn.hdndso.sessions.SessionKind;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.sessions.VoteChoice;
import vn.hdndso.sessions.Votes;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * The labelled demo session of Phường Nhị Chiểu (with {@code HDND_DEMO=true}): an agenda with
 * three motions, a document pack, attendance, closed votes (one of them failing the two-thirds
 * rule) and a short generated recording with a jump to each item. Registered once, in one
 * transaction; the people are the demo delegates of the councils module.
 */
@Component
class DemoSession implements SmartInitializingSingleton {

    static final String COUNCIL_CODE = "10714";

    private static final Logger log = LoggerFactory.getLogger(DemoSession.class);

    private final InstallationProperties installation;
    private final CouncilSetUp setUp;
    private final Councils councils;
    private final CouncilSessionRepository repository;
    private final VoteRepository ballots;
    private final DelegateRoll roll;
    private final Sessions sessions;
    private final Votes votes;
    private final Packs packs;
    private final Recordings recordings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoSession(
            InstallationProperties installation,
            CouncilSetUp setUp,
            Councils councils,
            CouncilSessionRepository repository,
            VoteRepository ballots,
            DelegateRoll roll,
            Sessions sessions,
            Votes votes,
            Packs packs,
            Recordings recordings,
            TransactionTemplate transactions,
            Clock clock) {
        this.installation = installation;
        this.setUp = setUp;
        this.councils = councils;
        this.repository = repository;
        this.ballots = ballots;
        this.roll = roll;
        this.sessions = sessions;
        this.votes = votes;
        this.packs = packs;
        this.recordings = recordings;
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
                .filter(c -> c.code().equals(COUNCIL_CODE))
                .findFirst()
                .ifPresent(council -> Tenancy.run(
                        TenantScope.staffOf(council.id()),
                        () -> transactions.executeWithoutResult(s -> {
                            if (!repository.existsDemo(council.id())) {
                                register(council);
                            }
                        })));
    }

    private void register(Council council) {
        List<Delegate> delegates = roll.fresh(council.id());
        if (delegates.size() < 3) {
            return;
        }
        String title = "Kỳ họp thứ ba HĐND phường Nhị Chiểu (dữ liệu mẫu)";
        CouncilSession session = sessions.plan(
                council.id(),
                new NewSession(
                        title,
                        LocalDateTime.of(2026, 7, 10, 8, 0).atZone(VnTime.ZONE).toInstant(),
                        SessionKind.REGULAR,
                        "Hội trường UBND phường Nhị Chiểu",
                        null,
                        null),
                true);
        var report = sessions.addItem(
                council.id(),
                session.id(),
                "Báo cáo kết quả thực hiện nhiệm vụ kinh tế - xã hội 6 tháng đầu năm 2026",
                false,
                null,
                null);
        var budget = sessions.addItem(
                council.id(),
                session.id(),
                "Tờ trình điều chỉnh dự toán ngân sách phường năm 2026",
                true,
                Majority.MORE_THAN_HALF_OF_ALL,
                null);
        var works = sessions.addItem(
                council.id(),
                session.id(),
                "Tờ trình danh mục công trình chỉnh trang đô thị năm 2027",
                true,
                Majority.MORE_THAN_HALF_OF_ALL,
                null);
        var dismissal = sessions.addItem(
                council.id(),
                session.id(),
                "Tờ trình miễn nhiệm một Ủy viên UBND phường",
                true,
                Majority.TWO_THIRDS_OF_ALL,
                null);
        for (var paper : List.of(
                new String[] {"Tờ trình điều chỉnh dự toán ngân sách năm 2026", budget.title()},
                new String[] {"Báo cáo kinh tế - xã hội 6 tháng đầu năm 2026", report.title()})) {
            byte[] pdf = SessionPdf.render(
                    List.of("UBND PHƯỜNG NHỊ CHIỂU"),
                    "Nhị Chiểu, ngày 01 tháng 7 năm 2026",
                    List.of(paper[0].toUpperCase(java.util.Locale.forLanguageTag("vi")), "(Dữ liệu mẫu)"),
                    List.of(
                            "Kính gửi: Hội đồng nhân dân phường Nhị Chiểu.",
                            "Đây là tài liệu mẫu của HĐND số, tạo tự động để minh họa bộ tài liệu kỳ họp; nội dung"
                                    + " không phải văn bản thật.",
                            "Nội dung trình: " + paper[1] + ".",
                            "",
                            "Đại biểu đọc tài liệu trên điện thoại (ảnh từng trang), tải PDF hoặc tải cả bộ tài"
                                    + " liệu dạng ZIP; Thường trực HĐND xem ai đã mở tài liệu."));
            packs.upload(
                    council.id(), session.id(), paper[0] + " (mẫu)", "tai-lieu-mau.pdf", new ByteArrayInputStream(pdf));
        }
        sessions.start(council.id(), session.id());
        int present = delegates.size() - 2;
        for (int i = 0; i < present; i++) {
            Delegate d = delegates.get(i);
            ballots.checkIn(council.id(), session.id(), d.id().value(), d.fullName(), "Văn thư (dữ liệu mẫu)", true);
        }
        vote(council, session, budget, delegates, present, present - 1, 1);
        vote(council, session, works, delegates, present, present - 3, 2);
        vote(
                council,
                session,
                dismissal,
                delegates,
                present,
                delegates.size() / 2 + 1,
                present - delegates.size() / 2 - 1);
        List<AgendaItem> agenda = sessions.agenda(council.id(), session.id());
        for (int i = 0; i < agenda.size(); i++) {
            recordings.setRecordingOffset(
                    council.id(), session.id(), agenda.get(i).id(), i * DemoRecording.SECONDS_PER_ITEM);
        }
        sessions.close(council.id(), session.id());
        Path video = DemoRecording.make(
                installation.dataDir().resolve("cache"),
                title,
                agenda.stream().map(a -> a.number() + ". " + a.title()).toList());
        recordings.publish(council.id(), session.id(), video);
        log.info("Demo session registered for {}", council.name());
    }

    /** The first {@code yes} present delegates vote YES, the next {@code no} NO, the rest ABSTAIN. */
    private void vote(
            Council council,
            CouncilSession session,
            AgendaItem item,
            List<Delegate> delegates,
            int present,
            int yes,
            int no) {
        votes.open(council.id(), session.id(), item.id());
        for (int i = 0; i < present; i++) {
            Delegate d = delegates.get(i);
            VoteChoice choice = i < yes ? VoteChoice.YES : i < yes + no ? VoteChoice.NO : VoteChoice.ABSTAIN;
            ballots.cast(council.id(), item.id(), d.id().value(), d.fullName(), choice, Instant.now(clock));
        }
        votes.close(council.id(), session.id(), item.id());
    }
}
