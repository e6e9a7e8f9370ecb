package vn.hdndso.sessions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.PlaceAndDate;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.BallotKind;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Majority;
import vn.hdndso.sessions.SecretBallot;
import vn.hdndso.sessions.SecretResult;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;

/**
 * The counting committee's report (biên bản kiểm phiếu) of a closed secret ballot, as PDF: the
 * ballot, the delegates entitled and the papers cast, then the result, every share against all
 * delegates of the term. Dated the day the ballot closed.
 */
@Component
class CountingReport {

    private final Councils councils;
    private final CouncilSessionRepository sessions;

    CountingReport(Councils councils, CouncilSessionRepository sessions) {
        this.councils = councils;
        this.sessions = sessions;
    }

    byte[] pdf(CouncilId councilId, SessionId sessionId, SecretBallot ballot) {
        Council council = councils.require(councilId);
        CouncilSession session = sessions.find(councilId, sessionId)
                .orElseThrow(() -> new NotFoundException("sessions.notFound", sessionId));
        AgendaItem item = sessions.item(councilId, sessionId, ballot.itemId())
                .orElseThrow(() -> new NotFoundException("sessions.item.notFound", ballot.itemId()));
        SecretResult r = Objects.requireNonNull(ballot.result(), "a closed ballot has a result");
        var closedOn = Objects.requireNonNull(ballot.closedAt(), "closed")
                .atZone(VnTime.ZONE)
                .toLocalDate();
        List<String> text = new ArrayList<>();
        text.add("Kỳ họp: " + session.title() + ".");
        text.add("Nội dung bỏ phiếu kín: " + item.number() + ". " + item.title() + ".");
        text.add("Hình thức: " + kind(ballot.kind())
                + (ballot.kind() == BallotKind.ELECTION
                        ? "; số người được bầu: " + ballot.seats() + "; số ứng cử viên: "
                                + ballot.candidates().size() + "."
                        : "."));
        text.add("");
        text.add("Tổng số đại biểu Hội đồng nhân dân: " + r.entitled() + ".");
        text.add("Số phiếu phát ra và thu vào: " + r.papers() + " (" + r.share(r.papers()) + "% tổng số đại biểu).");
        text.add("Số phiếu hợp lệ: " + r.papers() + "; số phiếu không hợp lệ: 0 (phiếu điện tử sai quy tắc không"
                + " được nhận).");
        text.add("Số đại biểu không bỏ phiếu: " + r.notVoted() + ".");
        text.add("");
        text.add("KẾT QUẢ KIỂM PHIẾU");
        switch (ballot.kind()) {
            case MOTION -> {
                text.add("Tán thành: " + r.yes() + " (" + r.share(r.yes()) + "%); không tán thành: " + r.no() + " ("
                        + r.share(r.no()) + "%); không biểu quyết: " + r.abstain() + " (" + r.share(r.abstain())
                        + "%).");
                text.add("Yêu cầu: "
                        + (item.majority() == Majority.TWO_THIRDS_OF_ALL ? "ít nhất hai phần ba" : "quá nửa")
                        + " tổng số đại biểu. Kết quả: " + (r.passed() ? "THÔNG QUA." : "KHÔNG THÔNG QUA."));
            }
            case ELECTION -> {
                for (SecretResult.CandidateResult c : r.candidates()) {
                    text.add(c.fullName() + office(c) + ": " + c.votes() + " phiếu (" + c.share(c.votes())
                            + "% tổng số đại biểu)"
                            + (c.elected()
                                    ? " — TRÚNG CỬ."
                                    : c.tiedForLastSeat()
                                            ? " — số phiếu bằng nhau ở vị trí cuối, phải bầu lại."
                                            : " — không trúng cử."));
                }
                text.add("Người trúng cử phải được quá nửa tổng số đại biểu tán thành, lấy người nhiều phiếu hơn.");
            }
            case CONFIDENCE -> {
                for (SecretResult.CandidateResult c : r.candidates()) {
                    text.add(c.fullName() + office(c) + ": tín nhiệm cao " + c.high() + " (" + c.share(c.high())
                            + "%); tín nhiệm " + c.medium() + " (" + c.share(c.medium()) + "%); tín nhiệm thấp "
                            + c.low() + " (" + c.share(c.low()) + "%)."
                            + (c.toConfidenceVote()
                                    ? " Tín nhiệm thấp từ hai phần ba tổng số đại biểu trở lên: trình bỏ phiếu tín"
                                            + " nhiệm."
                                    : c.mayResign()
                                            ? " Tín nhiệm thấp từ một nửa tổng số đại biểu trở lên: có thể xin từ"
                                                    + " chức."
                                            : ""));
                }
                text.add("Tỷ lệ tính trên tổng số đại biểu Hội đồng nhân dân (Nghị quyết 96/2023/QH15).");
            }
        }
        text.add("");
        text.add("Phiếu kín được lưu tách khỏi danh sách đại biểu đã bỏ phiếu: không thể biết ai đã chọn gì.");
        text.add("TM. BAN KIỂM PHIẾU");
        return SessionPdf.render(
                List.of("HĐND " + council.name().toUpperCase(Locale.ROOT), "BAN KIỂM PHIẾU"),
                new PlaceAndDate(PlaceAndDate.placeOf(council.name()), closedOn).format(),
                List.of("BIÊN BẢN KIỂM PHIẾU", item.title()),
                text);
    }

    private static String kind(BallotKind kind) {
        return switch (kind) {
            case MOTION -> "biểu quyết bằng phiếu kín";
            case ELECTION -> "bầu cử bằng phiếu kín";
            case CONFIDENCE -> "lấy phiếu tín nhiệm";
        };
    }

    private static String office(SecretResult.CandidateResult c) {
        return c.office() == null ? "" : " (" + c.office() + ")";
    }
}
