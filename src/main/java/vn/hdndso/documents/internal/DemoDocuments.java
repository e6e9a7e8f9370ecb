package vn.hdndso.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilSetUp;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.NewOutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.documents.PlaceAndDate;
import vn.hdndso.documents.TextPdf;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * With {@code HDND_DEMO=true}: the two real plans of the seeds, registered as issued documents of
 * Xã Lạc Phượng ({@code 02/KH-TTHĐND}, 20 September 2025) and Phường Nhị Chiểu
 * ({@code 10/KH-TTHĐND}, 22 September 2025), as PDFs rebuilt from their text and signed with the
 * council's demo key. Labelled as demo; their 2025 series continue after them; registered once.
 * Lạc Phượng's seed is OCR without diacritics: its document shows the reading with the diacritics
 * restored, labelled "Khôi phục dấu tự động", and keeps the OCR after it as the original.
 */
@Component
class DemoDocuments implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);
    private static final String LABEL =
            "[DỮ LIỆU MẪU – văn bản dựng lại từ bản gốc để trình diễn, không có giá trị pháp lý]";
    /** Above a text whose diacritics a machine put back, and the heading of the OCR kept beside it. */
    static final String RESTORED_LABEL = "[Khôi phục dấu tự động – bản đọc do máy khôi phục dấu tiếng Việt từ bản OCR"
            + " không dấu của văn bản quét; có thể còn sai sót. Nguyên văn OCR (bản gốc) in ở phần cuối.]";

    static final String OCR_HEADING = "NGUYÊN VĂN OCR (BẢN GỐC, KHÔNG DẤU)";

    private final CouncilSetUp setUp;
    private final Councils councils;
    private final OutgoingDocuments documents;
    private final InstallationProperties installation;

    DemoDocuments(
            CouncilSetUp setUp, Councils councils, OutgoingDocuments documents, InstallationProperties installation) {
        this.setUp = setUp;
        this.councils = councils;
        this.documents = documents;
        this.installation = installation;
    }

    /**
     * One historic plan of the seeds.
     *
     * @param restored the seed's text with its diacritics restored, when the seed is OCR without them
     */
    record Plan(
            String councilCode,
            String seed,
            String titleLine,
            String endLine,
            int number,
            LocalDate issueDate,
            String subject,
            String signerName,
            String signerPosition,
            List<String> recipients,
            @Nullable Restored restored) {}

    /**
     * A seed's text with its diacritics restored by the plans module's restorer, committed beside
     * it (this module may not use that one; {@code DemoDocumentRestorationUnitTest} keeps it equal).
     */
    record Restored(String seed, String titleLine, String endLine) {}

    static final List<Plan> PLANS = List.of(
            new Plan(
                    "11140",
                    "ke-hoach-57-lac-phuong-ocr.txt",
                    "KE HOACH",
                    "Noi nhin",
                    2,
                    LocalDate.of(2025, 9, 20),
                    "Thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học,"
                            + " công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trong hoạt động của HĐND xã",
                    "Bùi Văn Dũng",
                    "Chủ tịch HĐND xã (TM. Thường trực HĐND)",
                    List.of(
                            "TT HĐND, UBND thành phố (để b/c)",
                            "VP Đoàn ĐBQH&HĐND thành phố (để b/c)",
                            "Ban Thường vụ Đảng ủy xã (để b/c)",
                            "Thường trực HĐND xã",
                            "Lãnh đạo, Ủy viên UBND xã",
                            "Thường trực UBMTTQVN xã",
                            "Các Ban HĐND xã",
                            "Các đại biểu HĐND xã",
                            "Các phòng, ban, ngành, đơn vị thuộc xã",
                            "Cổng thông tin điện tử xã",
                            "Lưu: VT."),
                    new Restored("ke-hoach-57-lac-phuong-restored.txt", "KẾ HOẠCH", "Nội nhìn")),
            new Plan(
                    "10714",
                    "ke-hoach-57-nhi-chieu.txt",
                    "KẾ HOẠCH",
                    "Nơi nhận",
                    10,
                    LocalDate.of(2025, 9, 22),
                    "Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa"
                            + " học, công nghệ, đổi mới sáng tạo và chuyển đổi số HĐND phường Nhị Chiểu",
                    "Trần Kim Dung",
                    "Phó Chủ tịch HĐND phường (TM. Thường trực HĐND, KT. Chủ tịch)",
                    List.of(
                            "TT HĐND, UBND thành phố (để b/c)",
                            "VP Đoàn ĐB QH&HĐND thành phố (để b/c)",
                            "Ban Thường vụ Đảng ủy phường (để b/c)",
                            "Thường trực HĐND phường",
                            "Lãnh đạo, Ủy viên UBND phường",
                            "Thường trực UBMTTQVN phường",
                            "Các Ban HĐND phường",
                            "Các đại biểu HĐND phường",
                            "Các phòng, ban, ngành, đơn vị thuộc phường",
                            "Cổng thông tin điện tử phường",
                            "Lưu: VT."),
                    null));

    @Override
    public void afterSingletonsInstantiated() {
        if (!installation.demo()) {
            return;
        }
        setUp.ensureRegistered();
        for (Plan plan : PLANS) {
            councils.all().stream()
                    .filter(c -> c.code().equals(plan.councilCode()))
                    .findFirst()
                    .ifPresent(council -> register(council, plan));
        }
    }

    private void register(Council council, Plan plan) {
        var metadata = new NewOutgoingDocument(
                "KH",
                "TTHĐND",
                null,
                false,
                plan.subject(),
                plan.signerName(),
                plan.signerPosition(),
                String.join("\n", plan.recipients()));
        Tenancy.run(
                TenantScope.staffOf(council.id()),
                () -> documents
                        .registerHistoric(
                                council.id(), metadata, () -> pdf(council, plan), plan.number(), plan.issueDate(), true)
                        .ifPresent(
                                d -> log.info("Demo document {} registered for {}", d.numberSymbol(), council.name())));
    }

    static byte[] pdf(Council council, Plan plan) {
        String unit = council.name().toUpperCase(Locale.forLanguageTag("vi"));
        return TextPdf.render(
                List.of("HỘI ĐỒNG NHÂN DÂN", unit, "THƯỜNG TRỰC"),
                "Số: " + String.format("%02d", plan.number()) + "/KH-TTHĐND",
                new PlaceAndDate(PlaceAndDate.placeOf(council.name()), plan.issueDate()).format(),
                text(plan));
    }

    /**
     * The document's text: the plan, its recipients and signer; for an OCR seed, the restored
     * reading labelled as such, with the OCR itself after it as the original.
     */
    static String text(Plan plan) {
        String ocr = body(seed(plan.seed()), plan.titleLine(), plan.endLine());
        String closing = "Nơi nhận:\n- " + String.join("\n- ", plan.recipients()) + "\n\n" + plan.signerPosition()
                + "\n" + plan.signerName();
        Restored restored = plan.restored();
        if (restored == null) {
            return LABEL + "\n\n" + ocr + "\n\n" + closing;
        }
        String reading = body(seed(restored.seed()), restored.titleLine(), restored.endLine());
        return LABEL + "\n" + RESTORED_LABEL + "\n\n" + reading + "\n\n" + closing + "\n\n" + OCR_HEADING + "\n\n"
                + ocr;
    }

    /** The plan's text from its title to the line before the recipients, without blank lines. */
    static String body(String seed, String titleLine, String endLine) {
        List<String> lines = seed.lines().map(String::strip).toList();
        int from = 0;
        while (from < lines.size() && !lines.get(from).equals(titleLine)) {
            from++;
        }
        var text = new StringBuilder();
        for (int i = from; i < lines.size() && !lines.get(i).startsWith(endLine); i++) {
            if (!lines.get(i).isEmpty()) {
                text.append(lines.get(i)).append('\n');
            }
        }
        return text.toString().strip();
    }

    private static String seed(String name) {
        try (InputStream in = DemoDocuments.class.getResourceAsStream("/data/documents/" + name)) {
            if (in == null) {
                throw new IllegalStateException("seed missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
