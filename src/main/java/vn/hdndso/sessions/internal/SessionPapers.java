package vn.hdndso.sessions.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.PlaceAndDate;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.Attendances;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Majority;
import vn.hdndso.sessions.Minutes;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.sessions.Tally;
import vn.hdndso.sessions.VoteMode;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;

/** The module's {@link Minutes}: the minutes and the convening notice as PDFs. */
@Service
class SessionPapers implements Minutes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH 'giờ' mm 'ngày' dd/MM/yyyy");

    private final Councils councils;
    private final Sessions sessions;
    private final Attendances attendances;
    private final Clock clock;

    SessionPapers(Councils councils, Sessions sessions, Attendances attendances, Clock clock) {
        this.councils = councils;
        this.sessions = sessions;
        this.attendances = attendances;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] minutesPdf(CouncilId councilId, SessionId id) {
        Council council = councils.require(councilId);
        CouncilSession session = sessions.require(councilId, id);
        return minutesPdf(council, session, minutesLines(councilId, id));
    }

    /** The minutes with the given text, dated the day of the session (not the day they are made). */
    byte[] minutesPdf(Council council, CouncilSession session, List<String> text) {
        return SessionPdf.render(
                heading(council),
                new PlaceAndDate(
                                PlaceAndDate.placeOf(council.name()),
                                session.startsAt().atZone(VnTime.ZONE).toLocalDate())
                        .format(),
                List.of("BIÊN BẢN", session.title()),
                text);
    }

    /** The minutes' text drawn up from the session's data: agenda, attendance, every vote's result. */
    List<String> minutesLines(CouncilId councilId, SessionId id) {
        CouncilSession session = sessions.require(councilId, id);
        List<AgendaItem> agenda = sessions.agenda(councilId, id);
        Attendances.Attendance attendance = attendances.attendance(councilId, id);
        List<String> text = new ArrayList<>();
        text.add("Thời gian: " + WHEN.format(session.startsAt().atZone(VnTime.ZONE)) + ".");
        if (session.place() != null) {
            text.add("Địa điểm: " + session.place() + ".");
        }
        text.add("Số đại biểu Hội đồng nhân dân: " + attendance.totalDelegates() + "; có mặt: " + attendance.present()
                + (attendance.quorum() ? " (đủ số lượng để khai mạc kỳ họp)." : " (chưa đủ quá nửa)."));
        List<String> absent = attendance.delegates().stream()
                .filter(a -> !a.present())
                .map(Attendances.Attendee::fullName)
                .toList();
        if (!absent.isEmpty()) {
            text.add("Vắng mặt: " + String.join(", ", absent) + ".");
        }
        text.add("");
        text.add("NỘI DUNG VÀ KẾT QUẢ");
        for (AgendaItem item : agenda) {
            text.add(item.number() + ". " + item.title());
            if (item.motion()) {
                Tally t = item.result();
                if (t == null) {
                    text.add("   Chưa biểu quyết.");
                } else {
                    text.add("   Biểu quyết" + (item.voteMode() == VoteMode.ANALOG ? " bằng giơ tay" : " điện tử")
                            + ": tán thành " + t.yes() + "/" + t.totalDelegates() + " (" + t.percent(t.yes())
                            + "%), không tán thành " + t.no() + ", không biểu quyết " + t.abstain()
                            + ", chưa biểu quyết " + t.notVoted() + ". Yêu cầu: "
                            + (item.majority() == Majority.TWO_THIRDS_OF_ALL ? "ít nhất hai phần ba" : "quá nửa")
                            + " tổng số đại biểu. Kết quả: " + (t.passed() ? "THÔNG QUA." : "KHÔNG THÔNG QUA."));
                }
            }
        }
        text.add("");
        text.add(session.isClosed() ? "Kỳ họp bế mạc." : "(Dự thảo: kỳ họp chưa bế mạc.)");
        text.add("Biên bản được lập tự động từ dữ liệu kỳ họp trên HĐND số.");
        return text;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] invitationPdf(CouncilId councilId, SessionId id, String delegateName) {
        Council council = councils.require(councilId);
        CouncilSession session = sessions.require(councilId, id);
        List<String> text = new ArrayList<>();
        text.add("Kính gửi: "
                + (delegateName.isBlank() ? "Các vị đại biểu Hội đồng nhân dân" : "Đại biểu " + delegateName) + ".");
        text.add("");
        text.add("Thường trực Hội đồng nhân dân " + council.name() + " trân trọng kính mời đại biểu dự "
                + session.title() + ".");
        text.add("Thời gian: " + WHEN.format(session.startsAt().atZone(VnTime.ZONE)) + ".");
        if (session.place() != null) {
            text.add("Địa điểm: " + session.place() + ".");
        }
        if (session.onlineUrl() != null) {
            text.add("Tham dự trực tuyến: " + session.onlineUrl());
        }
        text.add("");
        text.add("Nội dung:");
        for (AgendaItem item : sessions.agenda(councilId, id)) {
            text.add(item.number() + ". " + item.title());
        }
        text.add("");
        text.add("Tài liệu kỳ họp được đăng trên HĐND số; đại biểu đọc trên điện thoại hoặc tải về.");
        return SessionPdf.render(heading(council), placeAndDate(council), List.of("GIẤY MỜI", session.title()), text);
    }

    private static List<String> heading(Council council) {
        return List.of("HĐND " + council.name().toUpperCase(Locale.ROOT), "THƯỜNG TRỰC");
    }

    private String placeAndDate(Council council) {
        return new PlaceAndDate(PlaceAndDate.placeOf(council.name()), VnTime.today(clock)).format();
    }
}
