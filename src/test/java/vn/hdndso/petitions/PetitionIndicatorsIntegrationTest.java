package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
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

/**
 * T4, T5 and T6 from meetings and petitions made through the API in Xã Bắc Thanh Miện, a council
 * no other test writes to.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PetitionIndicatorsIntegrationTest {

    private static final String SLUG = "bac-thanh-mien";
    private static final String PASSWORD = "Indicators-Petitions-2026";
    private static final Period MAY_2025 = Period.parse("2025-05");

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    PetitionIssues issues;

    @Autowired
    List<IndicatorSource> sources;

    @Autowired
    Clock clock;

    private String clerk;
    private Council council;

    @BeforeAll
    void account() {
        council = councils.requireBySlug(SLUG);
        clerk = TestClient.uniqueUsername("ind.petitions");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư thử", "CLERK");
    }

    private String meeting(String title, String format, String heldOn) {
        var body = new LinkedHashMap<String, Object>(Map.of(
                "title", title, "place", "Nhà văn hóa thôn", "format", format, "heldOn", heldOn, "timing", "BEFORE"));
        if (!format.equals("IN_PERSON")) {
            body.put("onlineLink", "https://meet.example.vn/" + UUID.randomUUID());
        }
        var created = client.postJson("/api/v1/councils/" + SLUG + "/voter-meetings", body, clerk, PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String submit(String channel, String content) {
        var created = client.postJson(
                "/api/v1/councils/" + SLUG + "/petitions",
                Map.of("content", content, "consent", true, "channel", channel));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("trackingCode").asString();
    }

    private JsonNode petition(String trackingCode) {
        return client.get("/api/v1/councils/" + SLUG + "/petitions?size=500", clerk, PASSWORD)
                .json()
                .get("items")
                .valueStream()
                .filter(p -> p.get("trackingCode").asString().equals(trackingCode))
                .findFirst()
                .orElseThrow();
    }

    private Measurement measure(IndicatorCode code, Period period) {
        return SourceProbe.measure(sources, council.id(), code, period);
    }

    private List<Evidence> evidence(IndicatorCode code, Period period) {
        return SourceProbe.evidence(sources, council.id(), code, period);
    }

    @Test
    void countsMeetingsByFormatPetitionsByChannelAndTheClassifiedAndAggregatedShares() {
        String inPerson = meeting("Tiếp xúc cử tri thôn Đông", "IN_PERSON", "2025-05-06");
        String online = meeting("Tiếp xúc cử tri trực tuyến", "ONLINE", "2025-05-20");
        String hybrid = meeting("Tiếp xúc cử tri kết hợp", "HYBRID", "2025-05-31");
        meeting("Tiếp xúc cử tri tháng sáu", "ONLINE", "2025-06-01");

        assertThat(measure(IndicatorCode.T4, MAY_2025)).isEqualTo(Measurement.share(2, 3));
        assertThat(evidence(IndicatorCode.T4, MAY_2025))
                .extracting(Evidence::id, Evidence::day, Evidence::counts, Evidence::isPublic, Evidence::url)
                .containsExactly(
                        tuple(hybrid, LocalDate.of(2025, 5, 31), true, false, meetingUrl(hybrid)),
                        tuple(online, LocalDate.of(2025, 5, 20), true, false, meetingUrl(online)),
                        tuple(inPerson, LocalDate.of(2025, 5, 6), false, false, meetingUrl(inPerson)));

        Period month = Period.containing(VnTime.today(clock), Period.Kind.MONTH);
        assertThat(measure(IndicatorCode.T6, month)).isEqualTo(Measurement.noData());
        String light = submit("WEB", "Đề nghị sửa đèn chiếu sáng đường trục thôn Bắc Thanh, buổi tối rất tối.");
        String canal = submit("WEB", "Đề nghị nạo vét kênh tiêu nội đồng xứ Đồng Quan trước mùa mưa bão.");
        submit("API", "Đề nghị xây thêm phòng học cho trường mầm non xã, các lớp quá đông cháu.");
        var raised = client.postJson(
                "/api/v1/councils/" + SLUG + "/voter-meetings/" + online + "/petitions",
                Map.of(
                        "petitions",
                        List.of(Map.of(
                                "content",
                                        "Cử tri đề nghị cấp giấy chứng nhận quyền sử dụng đất còn tồn đọng ở thôn Nam.",
                                "area", "Thôn Nam"))),
                clerk,
                PASSWORD);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);

        JsonNode lightPetition = petition(light);
        var classified = client.postJson(
                "/api/v1/councils/" + SLUG + "/petitions/"
                        + lightPetition.get("id").asString() + "/classification",
                Map.of("field", lightPetition.get("field").asString(), "level", "COMMUNE", "complaint", false),
                clerk,
                PASSWORD);
        assertThat(classified.status()).as(classified.body()).isEqualTo(200);
        String canalIssue = petition(canal).get("issueId").asString();
        var transferred = client.postJson(
                "/api/v1/councils/" + SLUG + "/petition-issues/" + canalIssue + "/transfer",
                Map.of("bodyKind", "AGENCY", "bodyName", "Công ty TNHH MTV Khai thác thủy lợi"),
                clerk,
                PASSWORD);
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);

        assertThat(measure(IndicatorCode.T5, month))
                .isEqualTo(Measurement.count(3)
                        .with("channel.WEB", 2)
                        .with("channel.API", 1)
                        .with("channel.MEETING", 1)
                        .with("channel.IMPORT", 0)
                        .with("channel.OPEN311", 0)
                        .with("channel.ZALO", 0)
                        .with("channel.OTHER", 0));
        assertThat(evidence(IndicatorCode.T5, month))
                .extracting(Evidence::id, Evidence::title, Evidence::counts)
                .containsExactly(
                        tuple("WEB", "Trang thông tin điện tử: 2 kiến nghị", true),
                        tuple("API", "Phần mềm kết nối (API): 1 kiến nghị", true),
                        tuple("MEETING", "Tiếp xúc cử tri: 1 kiến nghị", true));

        assertThat(measure(IndicatorCode.T6, month))
                .isEqualTo(Measurement.share(1, 4).with("classified", 1).with("aggregated", 4));
        List<Evidence> t6 = evidence(IndicatorCode.T6, month);
        assertThat(t6).hasSize(4).allMatch(e -> e.kind().equals("petition") && !e.isPublic());
        Evidence lightEvidence = t6.stream()
                .filter(e -> e.id().equals(lightPetition.get("id").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(lightEvidence.counts()).isTrue();
        assertThat(lightEvidence.title())
                .isEqualTo("Kiến nghị " + light + " · "
                        + lightPetition.get("field").asString());
        assertThat(lightEvidence.url())
                .isEqualTo("/app/councils/" + SLUG + "/petitions/issues/"
                        + lightPetition.get("issueId").asString());
        assertThat(t6.stream().filter(Evidence::counts)).hasSize(1);

        List<PetitionIssues.Transfer> transfers = Tenancy.call(
                TenantScope.staffOf(council.id()),
                () -> issues.transferredBetween(council.id(), month.start(), month.end()));
        assertThat(transfers)
                .extracting(
                        PetitionIssues.Transfer::issueId,
                        PetitionIssues.Transfer::bodyKind,
                        PetitionIssues.Transfer::bodyName)
                .containsExactly(tuple(
                        UUID.fromString(canalIssue), CompetentBodyKind.AGENCY, "Công ty TNHH MTV Khai thác thủy lợi"));
    }

    private static String meetingUrl(String id) {
        return "/app/councils/" + SLUG + "/petitions/meetings/" + id;
    }

    @Test
    void theEventsThatMovePetitionFiguresAreCouncilEvents() {
        assertThat(CouncilEvent.class)
                .isAssignableFrom(PetitionReceived.class)
                .isAssignableFrom(PetitionClassified.class)
                .isAssignableFrom(PetitionIssueChanged.class)
                .isAssignableFrom(IssueTransferred.class)
                .isAssignableFrom(IssueAnswered.class)
                .isAssignableFrom(AnswerPublished.class)
                .isAssignableFrom(IssueOverdue.class)
                .isAssignableFrom(VoterMeetingPlanned.class);
    }
}
