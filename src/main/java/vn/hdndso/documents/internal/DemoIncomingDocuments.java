package vn.hdndso.documents.internal;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilSetUp;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.IncomingDocuments;
import vn.hdndso.documents.NewIncomingDocument;
import vn.hdndso.documents.PlaceAndDate;
import vn.hdndso.documents.TextPdf;
import vn.hdndso.documents.Urgency;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * With {@code HDND_DEMO=true}: one incoming document in Xã Lạc Phượng, a report of the People's
 * Committee made up for the demonstration (labelled so in the PDF and flagged as demo). Registered
 * once: a second start finds it by its number/symbol and issuing body.
 */
@Component
class DemoIncomingDocuments implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoIncomingDocuments.class);
    private static final String COUNCIL_CODE = "11140";
    private static final String ISSUING_BODY = "Ủy ban nhân dân xã Lạc Phượng";
    private static final String NUMBER_SYMBOL = "215/BC-UBND";
    private static final LocalDate DATED = LocalDate.of(2025, 11, 20);
    private static final LocalDate RECEIVED = LocalDate.of(2025, 11, 21);
    private static final String SUBJECT =
            "Tình hình thực hiện nhiệm vụ phát triển kinh tế – xã hội năm 2025 và phương hướng, nhiệm vụ năm 2026";

    private final CouncilSetUp setUp;
    private final Councils councils;
    private final IncomingDocuments incoming;
    private final IncomingRepository repository;
    private final InstallationProperties installation;
    private final TransactionTemplate transactions;

    DemoIncomingDocuments(
            CouncilSetUp setUp,
            Councils councils,
            IncomingDocuments incoming,
            IncomingRepository repository,
            InstallationProperties installation,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.setUp = setUp;
        this.councils = councils;
        this.incoming = incoming;
        this.repository = repository;
        this.installation = installation;
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
                .ifPresent(this::register);
    }

    private void register(Council council) {
        // one transaction: outside of one, row-level security shows no rows and the check would
        // wrongly find nothing
        Tenancy.run(
                TenantScope.staffOf(council.id()),
                () -> transactions.executeWithoutResult(status -> {
                    if (repository
                            .findDuplicate(council.id(), NUMBER_SYMBOL, ISSUING_BODY, DATED.getYear())
                            .isPresent()) {
                        return;
                    }
                    var document = incoming.register(
                            council.id(),
                            new NewIncomingDocument(
                                    RECEIVED, ISSUING_BODY, NUMBER_SYMBOL, DATED, "BC", SUBJECT, Urgency.NORMAL, false),
                            "bao-cao-215-ubnd.pdf",
                            pdf(council),
                            true);
                    log.info(
                            "Demo incoming document {} registered for {} with arrival number {}/{}",
                            NUMBER_SYMBOL,
                            council.name(),
                            document.arrivalNumber(),
                            document.arrivalYear());
                }));
    }

    static byte[] pdf(Council council) {
        String unit = council.name().toUpperCase(java.util.Locale.forLanguageTag("vi"));
        return TextPdf.render(
                List.of("ỦY BAN NHÂN DÂN", unit),
                "Số: " + NUMBER_SYMBOL,
                new PlaceAndDate(PlaceAndDate.placeOf(council.name()), DATED).format(),
                """
                [DỮ LIỆU MẪU – báo cáo soạn để trình diễn, không có giá trị pháp lý]

                BÁO CÁO
                %s

                I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025
                1. Kinh tế: tổng giá trị sản xuất ước đạt kế hoạch; sản xuất nông nghiệp ổn định; \
                thu ngân sách trên địa bàn đạt dự toán.
                2. Văn hóa – xã hội: duy trì phổ cập giáo dục; hoàn thành các chỉ tiêu y tế, an sinh xã hội.
                3. Chuyển đổi số: 100%% hồ sơ thủ tục hành chính tiếp nhận và giải quyết trên môi trường điện tử.

                II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
                Tiếp tục cải cách hành chính, chuyển đổi số; bảo đảm quốc phòng, an ninh; \
                trình Hội đồng nhân dân xã xem xét tại kỳ họp cuối năm.

                Nơi nhận:
                - Thường trực HĐND xã;
                - Lưu: VT.

                TM. ỦY BAN NHÂN DÂN
                CHỦ TỊCH""".formatted(SUBJECT));
    }
}
