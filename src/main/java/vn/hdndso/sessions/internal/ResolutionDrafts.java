package vn.hdndso.sessions.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.NewOutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.documents.PlaceAndDate;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Tally;
import vn.hdndso.shared.VnTime;

/**
 * A passed motion becomes a draft resolution (type NQ, issuer HĐND) in the documents module, which
 * gives it its number/symbol ({@code NN/NQ-HĐND}) and signature on issue.
 */
@Component
class ResolutionDrafts {

    private final Councils councils;
    private final OutgoingDocuments documents;
    private final Clock clock;

    ResolutionDrafts(Councils councils, OutgoingDocuments documents, Clock clock) {
        this.councils = councils;
        this.documents = documents;
        this.clock = clock;
    }

    public UUID draftFor(CouncilSession session, AgendaItem item, Tally tally) {
        Council council = councils.require(session.council());
        String subject = "Nghị quyết về " + lowerFirst(item.title());
        byte[] pdf = SessionPdf.render(
                List.of("HỘI ĐỒNG NHÂN DÂN", council.name().toUpperCase(Locale.ROOT)),
                new PlaceAndDate(PlaceAndDate.placeOf(council.name()), VnTime.today(clock)).format(),
                List.of("NGHỊ QUYẾT (DỰ THẢO)", item.title()),
                List.of(
                        "HỘI ĐỒNG NHÂN DÂN " + council.name().toUpperCase(Locale.ROOT),
                        "Tại " + session.title() + ";",
                        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
                        "Xét tờ trình về " + lowerFirst(item.title()) + " và kết quả biểu quyết của đại biểu"
                                + " Hội đồng nhân dân: " + tally.yes() + "/" + tally.totalDelegates()
                                + " đại biểu tán thành, " + tally.no() + " không tán thành, " + tally.abstain()
                                + " không biểu quyết;",
                        "",
                        "QUYẾT NGHỊ:",
                        "Điều 1. Thông qua " + lowerFirst(item.title()) + ".",
                        "Điều 2. Thường trực Hội đồng nhân dân, các Ban và đại biểu Hội đồng nhân dân giám sát"
                                + " việc thực hiện Nghị quyết này.",
                        "",
                        "(Dự thảo do HĐND số tạo từ kết quả biểu quyết; văn phòng hoàn thiện nội dung trước khi"
                                + " trình ký ban hành.)"));
        String signer = CurrentUser.get().map(CurrentUser::fullName).orElse("Chủ tọa kỳ họp");
        var draft = documents.createDraft(
                session.council(),
                new NewOutgoingDocument("NQ", "HĐND", null, false, subject, signer, "Chủ tịch HĐND", null),
                "du-thao-nghi-quyet.pdf",
                pdf);
        return draft.id().value();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
