package vn.hdndso.documents.internal;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.IncomingDocument;
import vn.hdndso.documents.IncomingDocuments;
import vn.hdndso.documents.IncomingStatus;
import vn.hdndso.documents.RegisterTable;
import vn.hdndso.documents.Registers;
import vn.hdndso.documents.WorkingDays;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;

/** {@link Registers}: the three tables built from the documents, and their XLSX and PDF forms. */
@Service
class RegisterService implements Registers {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Councils councils;
    private final IncomingDocuments incoming;
    private final OutgoingRegisterEntries outgoing;
    private final Clock clock;

    private final WorkingDays workingDays;

    RegisterService(
            Councils councils,
            IncomingDocuments incoming,
            OutgoingRegisterEntries outgoing,
            Clock clock,
            WorkingDays workingDays) {
        this.workingDays = workingDays;
        this.councils = councils;
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public RegisterTable of(
            CouncilId council,
            RegisterTable.Kind kind,
            int year,
            @Nullable IncomingStatus status,
            @Nullable String typeCode) {
        String councilName = councilName(councils.require(council).name());
        return switch (kind) {
            case INCOMING -> incomingRegister(council, councilName, year, status, typeCode);
            case OUTGOING -> outgoingRegister(council, councilName, year, typeCode);
            case FOLLOW_UP -> followUpRegister(council, councilName, year, status, typeCode);
        };
    }

    @Override
    public byte[] xlsx(RegisterTable register) {
        var out = new ByteArrayOutputStream();
        RegisterXlsx.write(register, out);
        return out.toByteArray();
    }

    @Override
    public byte[] pdf(RegisterTable register) {
        return RegisterPdf.write(register);
    }

    private RegisterTable incomingRegister(
            CouncilId council, String councilName, int year, @Nullable IncomingStatus status, @Nullable String type) {
        List<RegisterTable.Column> columns = List.of(
                column("Ngày đến", 9),
                column("Số đến", 6),
                column("Tác giả", 14),
                column("Số, ký hiệu", 11),
                column("Ngày tháng", 9),
                column("Tên loại và trích yếu nội dung", 28),
                column("Đơn vị hoặc người nhận", 12),
                column("Ngày chuyển", 9),
                column("Ký nhận", 7),
                column("Ghi chú", 12));
        List<List<String>> rows = new ArrayList<>();
        for (IncomingDocument d : incomingOf(council, year, status, type)) {
            rows.add(List.of(
                    date(d.receivedOn()),
                    Integer.toString(d.arrivalNumber()),
                    d.issuingBody(),
                    d.numberSymbol(),
                    date(d.documentDate()),
                    d.type().vietnameseName() + ": " + d.subject(),
                    d.handler() == null ? "" : d.handler().fullName(),
                    date(d.assignedOn()),
                    "",
                    incomingNotes(d)));
        }
        return new RegisterTable(
                RegisterTable.Kind.INCOMING, year, RegisterTable.Kind.INCOMING.title(year), councilName, columns, rows);
    }

    private RegisterTable outgoingRegister(CouncilId council, String councilName, int year, @Nullable String type) {
        List<RegisterTable.Column> columns = List.of(
                column("Số, ký hiệu văn bản", 11),
                column("Ngày tháng văn bản", 9),
                column("Tên loại và trích yếu nội dung", 28),
                column("Người ký", 12),
                column("Nơi nhận văn bản", 16),
                column("Đơn vị, người nhận bản lưu", 10),
                column("Số lượng bản", 6),
                column("Ngày chuyển", 8),
                column("Ký nhận", 7),
                column("Ghi chú", 12));
        List<List<String>> rows = new ArrayList<>();
        for (OutgoingRegisterEntries.Entry e : outgoing.of(council, year, type)) {
            String typeName = DocumentType.byCode(e.typeCode())
                    .map(DocumentType::vietnameseName)
                    .orElse(e.typeCode());
            rows.add(List.of(
                    e.numberSymbol(),
                    date(e.issueDate()),
                    typeName + ": " + e.subject(),
                    e.signerName(),
                    e.recipients(),
                    "",
                    "",
                    "",
                    "",
                    e.recallReason() == null ? "" : "Đã thu hồi: " + e.recallReason()));
        }
        return new RegisterTable(
                RegisterTable.Kind.OUTGOING, year, RegisterTable.Kind.OUTGOING.title(year), councilName, columns, rows);
    }

    private RegisterTable followUpRegister(
            CouncilId council, String councilName, int year, @Nullable IncomingStatus status, @Nullable String type) {
        List<RegisterTable.Column> columns = List.of(
                column("Số đến", 6),
                column("Tên loại, số, ký hiệu, ngày tháng, tác giả và trích yếu", 30),
                column("Người xử lý", 12),
                column("Hạn giải quyết", 9),
                column("Tiến độ giải quyết", 20),
                column("Số, ký hiệu văn bản trả lời", 11),
                column("Ghi chú", 12));
        LocalDate today = VnTime.today(clock);
        List<List<String>> rows = new ArrayList<>();
        for (IncomingDocument d : incomingOf(council, year, status, type)) {
            String document = d.type().vietnameseName() + " số " + d.numberSymbol() + " ngày " + date(d.documentDate())
                    + " của " + d.issuingBody() + ": " + d.subject();
            String progress = d.status() == IncomingStatus.DONE
                    ? "Đã giải quyết" + (d.progressNote() == null ? "" : ". " + d.progressNote())
                    : d.progressNote() == null ? "" : d.progressNote();
            String notes = d.overdueOn(today) ? "Quá hạn" : d.dueSoonOn(today, workingDays) ? "Sắp đến hạn" : "";
            rows.add(List.of(
                    d.arrivalNumber() + "/" + d.arrivalYear(),
                    document,
                    d.handler() == null ? "" : d.handler().fullName(),
                    date(d.deadline()),
                    progress,
                    d.replyNumberSymbol() == null ? "" : d.replyNumberSymbol(),
                    notes));
        }
        return new RegisterTable(
                RegisterTable.Kind.FOLLOW_UP,
                year,
                RegisterTable.Kind.FOLLOW_UP.title(year),
                councilName,
                columns,
                rows);
    }

    private List<IncomingDocument> incomingOf(
            CouncilId council, int year, @Nullable IncomingStatus status, @Nullable String type) {
        return incoming.register(council, IncomingDocuments.Filter.ofYear(year, status)).stream()
                .filter(d -> type == null || d.type().code().equals(type))
                .toList();
    }

    private static String incomingNotes(IncomingDocument d) {
        List<String> notes = new ArrayList<>();
        if (d.urgency().isUrgent()) {
            notes.add(d.urgency().vietnamese());
        }
        notes.add(
                switch (d.signatures().status()) {
                    case UNSIGNED -> "Không có chữ ký số";
                    case VALID -> "Chữ ký số hợp lệ";
                    case INDETERMINATE -> "Chữ ký số chưa xác định";
                    case INVALID -> "Chữ ký số không hợp lệ";
                });
        if (d.isDuplicate()) {
            notes.add("Trùng số, ký hiệu đã đăng ký");
        }
        return String.join("; ", notes);
    }

    /** "Xã Lạc Phượng" → "Hội đồng nhân dân xã Lạc Phượng". */
    static String councilName(String unitName) {
        if (unitName.isEmpty()) {
            return "Hội đồng nhân dân";
        }
        return "Hội đồng nhân dân " + unitName.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi"))
                + unitName.substring(1);
    }

    private static RegisterTable.Column column(String header, int weight) {
        return new RegisterTable.Column(header, weight);
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }
}
