package vn.hdndso.documents.edxml;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.hdndso.documents.EdxmlMessage;
import vn.hdndso.documents.EdxmlMessage.Organisation;

/** Test data: a well-formed edXML message, and variants breaking one rule each. */
final class EdxmlMessages {

    static final String FROM = "000.00.99.T01";
    static final String TO = "000.00.99.T02";
    static final byte[] CONTENT = "%PDF-1.7 không phải PDF thật, chỉ là nội dung".getBytes(StandardCharsets.UTF_8);

    private EdxmlMessages() {}

    static EdxmlMessage valid() {
        return with(
                header(
                        new Organisation(
                                FROM,
                                "Hội đồng nhân dân xã Lạc Phượng",
                                "Lạc Phượng, Hải Phòng",
                                "hdnd@lacphuong.example",
                                "0225 3000 001",
                                "https://lacphuong.example"),
                        List.of(Organisation.of(TO, "Hội đồng nhân dân phường Nhị Chiểu")),
                        "Kế hoạch thực hiện Nghị quyết 57 & chuyển đổi số",
                        "Lạc Phượng",
                        FROM + ",2026/11/25,02/KH-TTHĐND"),
                "02-KH-TTHĐND.pdf");
    }

    static EdxmlMessage.Header header(
            Organisation from, List<Organisation> to, String subject, String place, String documentId) {
        return new EdxmlMessage.Header(
                from,
                to,
                documentId,
                EdxmlMessage.Code.of("02/KH-TTHĐND"),
                new EdxmlMessage.PromulgationInfo(place, LocalDate.of(2026, 11, 25)),
                new EdxmlMessage.DocumentKind("KH", "Kế hoạch"),
                subject,
                new EdxmlMessage.SignerInfo("TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "Chủ tịch", "Bùi Văn Dũng"),
                LocalDate.of(2026, 12, 31),
                List.of("Thường trực HĐND thành phố", "Lưu: VT"),
                new EdxmlMessage.OtherInfo(0, 1, 2));
    }

    static EdxmlMessage with(EdxmlMessage.Header header, String attachmentName) {
        return new EdxmlMessage(
                header,
                List.of(new EdxmlMessage.TraceHeader(FROM, LocalDateTime.of(2026, 11, 25, 9, 30, 0))),
                List.of(new EdxmlMessage.Attachment("1", attachmentName, "application/pdf", "Văn bản ký số", CONTENT)));
    }

    static String xml(EdxmlMessage message) {
        return new String(EdxmlWriter.write(message), StandardCharsets.UTF_8);
    }
}
