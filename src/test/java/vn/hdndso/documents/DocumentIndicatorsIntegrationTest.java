package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.indicators.Evidence;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorSource;
import vn.hdndso.indicators.Measurement;
import vn.hdndso.indicators.Period;
import vn.hdndso.indicators.SourceProbe;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/**
 * T1 and T7 from documents issued through the API in Xã Khúc Thừa Dụ, a council no other test
 * writes to: signed at issue, recalled, registered later from a paper register; resolutions and
 * reports published on the portal and the days it took.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentIndicatorsIntegrationTest {

    private static final String SLUG = "khuc-thua-du";
    private static final String PASSWORD = "Indicators-Docs-2026";
    private static final String BASE = "/api/v1/councils/" + SLUG + "/documents";

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    OutgoingDocuments documents;

    @Autowired
    List<IndicatorSource> sources;

    @Autowired
    Clock clock;

    private String chair;
    private Council council;

    @BeforeAll
    void account() {
        council = councils.requireBySlug(SLUG);
        chair = TestClient.uniqueUsername("ind.docs");
        client.createUser(SLUG, chair, PASSWORD, "Chủ tịch thử", "COUNCIL_ADMIN");
    }

    private String issue(String typeCode, String subject) {
        String metadata = """
                {"typeCode":"%s","issuerSymbol":"HĐND","subject":"%s","signerName":"Nguyễn Văn Thử",
                 "signerPosition":"Chủ tịch HĐND","recipients":["Lưu: VT"]}""".formatted(typeCode, subject);
        var created = client.postMultipart(
                BASE,
                List.of(
                        Part.json("metadata", metadata),
                        Part.file("file", "van-ban.pdf", "application/pdf", TestPdfs.plan(subject, 1))),
                chair,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var issued = client.request("POST", BASE + "/" + id + "/issue", null, chair, PASSWORD);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return id;
    }

    private Measurement measure(IndicatorCode code, Period period) {
        return SourceProbe.measure(sources, council.id(), code, period);
    }

    private List<Evidence> evidence(IndicatorCode code, Period period) {
        return SourceProbe.evidence(sources, council.id(), code, period);
    }

    @Test
    void countsDocumentsIssuedThisMonthSignedAtIssueAndPublishedResolutionsAndReports() {
        LocalDate today = VnTime.today(clock);
        Period month = Period.containing(today, Period.Kind.MONTH);
        assertThat(measure(IndicatorCode.T1, month)).isEqualTo(Measurement.noData());

        String resolution = issue("NQ", "Nghị quyết về dự toán ngân sách xã năm 2027");
        String report = issue("BC", "Báo cáo kết quả giám sát chuyên đề chuyển đổi số");
        String plan = issue("KH", "Kế hoạch tổ chức kỳ họp thứ ba");
        String recalledReport = issue("BC", "Báo cáo tình hình kinh tế - xã hội (bị thu hồi)");
        var recall = client.request(
                "POST", BASE + "/" + recalledReport + "/recall", "{\"reason\":\"Sai số liệu\"}", chair, PASSWORD);
        assertThat(recall.status()).as(recall.body()).isEqualTo(200);

        assertThat(measure(IndicatorCode.T1, month)).isEqualTo(Measurement.share(4, 4));
        List<Evidence> t1 = evidence(IndicatorCode.T1, month);
        assertThat(t1).extracting(Evidence::id).containsExactlyInAnyOrder(resolution, report, plan, recalledReport);
        Evidence recalled = t1.stream()
                .filter(e -> e.id().equals(recalledReport))
                .findFirst()
                .orElseThrow();
        assertThat(recalled.kind()).isEqualTo("recalledDocument");
        assertThat(recalled.counts()).isTrue();
        assertThat(recalled.isPublic()).isFalse();
        assertThat(recalled.url()).isEqualTo("/app/councils/" + SLUG + "/documents/" + recalledReport);
        assertThat(recalled.title()).matches("\\d+/BC-HĐND – Báo cáo tình hình kinh tế - xã hội \\(bị thu hồi\\)");
        Evidence published =
                t1.stream().filter(e -> e.id().equals(resolution)).findFirst().orElseThrow();
        assertThat(published)
                .extracting(Evidence::kind, Evidence::day, Evidence::counts, Evidence::isPublic, Evidence::url)
                .containsExactly("document", today, true, true, "/" + SLUG + "/van-ban/" + resolution);
        assertThat(published.title()).matches("\\d+/NQ-HĐND – Nghị quyết về dự toán ngân sách xã năm 2027");

        Measurement t7 = measure(IndicatorCode.T7, month);
        assertThat(t7.numerator()).isEqualTo(2);
        assertThat(t7.denominator()).isEqualTo(2L);
        assertThat(t7.breakdown()).isEqualTo(Map.of("medianDaysToPublish", 0L));
        assertThat(evidence(IndicatorCode.T7, month))
                .extracting(Evidence::id, Evidence::counts, Evidence::isPublic)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(resolution, true, true),
                        org.assertj.core.groups.Tuple.tuple(report, true, true));
    }

    @Test
    void aDocumentRegisteredLaterFromThePaperRegisterIsIssuedButNotSignedAtIssue() {
        LocalDate paperDay = LocalDate.of(VnTime.today(clock).getYear() - 1, 3, 14);
        Period year = Period.year(paperDay.getYear());
        var metadata = new NewOutgoingDocument(
                "NQ",
                "HĐND",
                null,
                false,
                "Nghị quyết về chương trình giám sát năm sau",
                "Nguyễn Văn Thử",
                "Chủ tịch HĐND",
                "Lưu: VT");
        OutgoingDocument registered = Tenancy.call(
                        TenantScope.staffOf(council.id()),
                        () -> documents.registerHistoric(
                                council.id(), metadata, () -> TestPdfs.plan("Nghị quyết giấy", 1), 7, paperDay, false))
                .orElseThrow();
        LocalDate registeredOn = VnTime.today(clock);

        assertThat(measure(IndicatorCode.T1, year)).isEqualTo(Measurement.share(0, 1));
        assertThat(evidence(IndicatorCode.T1, year))
                .extracting(Evidence::id, Evidence::title, Evidence::day, Evidence::counts, Evidence::isPublic)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        registered.id().value().toString(),
                        "07/NQ-HĐND – Nghị quyết về chương trình giám sát năm sau",
                        paperDay,
                        false,
                        true));
        assertThat(measure(IndicatorCode.T7, year))
                .isEqualTo(Measurement.share(1, 1)
                        .with("medianDaysToPublish", ChronoUnit.DAYS.between(paperDay, registeredOn)));
        assertThat(measure(IndicatorCode.T1, Period.year(paperDay.getYear() - 1)))
                .isEqualTo(Measurement.noData());
    }

    @Test
    void theEventsThatMoveDocumentFiguresAreCouncilEvents() {
        assertThat(CouncilEvent.class)
                .isAssignableFrom(DocumentIssued.class)
                .isAssignableFrom(DocumentRecalled.class)
                .isAssignableFrom(DocumentReceived.class);
    }
}
