package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.TestPdfs;
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
 * T2 and T3 from sessions made through the API in Xã Nguyễn Lương Bằng, a council no other test
 * writes to: papers in the pack or only linked to an agenda item, sessions closed with and
 * without a recording or livestream.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionIndicatorsIntegrationTest {

    private static final String SLUG = "nguyen-luong-bang";
    private static final Period NOVEMBER_2025 = Period.parse("2025-11");

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    Packs packs;

    @Autowired
    List<IndicatorSource> sources;

    @Autowired
    Clock clock;

    private SessionFixture fixture;
    private Council council;

    @BeforeAll
    void council() {
        council = councils.requireBySlug(SLUG);
        fixture = SessionFixture.withDelegates(client, SLUG, 0);
    }

    private String plan(String title, String startsAt, Map<String, String> more) {
        var body =
                new java.util.HashMap<String, Object>(Map.of("title", title, "startsAt", startsAt, "kind", "REGULAR"));
        body.putAll(more);
        var created = client.postJson(fixture.base(), body, fixture.clerk, SessionFixture.PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private void post(String session, String action) {
        var done = client.request(
                "POST", fixture.base() + "/" + session + "/" + action, null, fixture.chair, SessionFixture.PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    private String item(String session, String title, boolean motion, String documentId) {
        var body = new java.util.HashMap<String, Object>(Map.of("title", title, "motion", motion));
        if (motion) {
            body.put("majority", "MORE_THAN_HALF_OF_ALL");
        }
        if (documentId != null) {
            body.put("documentId", documentId);
        }
        var created = client.postJson(fixture.item(session), body, fixture.clerk, SessionFixture.PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String upload(String session, String title) {
        var added = client.postMultipart(
                fixture.base() + "/" + session + "/pack?title="
                        + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8),
                List.of(Part.file("file", "tai-lieu.pdf", "application/pdf", TestPdfs.plan(title, 1))),
                fixture.clerk,
                SessionFixture.PASSWORD);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asString();
    }

    private String draft(String subject) {
        String metadata = """
                {"typeCode":"TTr","issuerSymbol":"HĐND","subject":"%s","signerName":"Người thử",
                 "signerPosition":"Chủ tịch HĐND","recipients":["Lưu: VT"]}""".formatted(subject);
        var created = client.postMultipart(
                "/api/v1/councils/" + SLUG + "/documents",
                List.of(
                        Part.json("metadata", metadata),
                        Part.file("file", "to-trinh.pdf", "application/pdf", TestPdfs.plan(subject, 1))),
                fixture.clerk,
                SessionFixture.PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private Measurement measure(IndicatorCode code, Period period) {
        return SourceProbe.measure(sources, council.id(), code, period);
    }

    private List<Evidence> evidence(IndicatorCode code, Period period) {
        return SourceProbe.evidence(sources, council.id(), code, period);
    }

    @Test
    void countsThePapersOfSessionsHeldInTheirMonthAndTheSessionsClosedWithARecording() {
        String budgetPaper = draft("Tờ trình điều chỉnh dự toán ngân sách năm 2025");
        String worksPaper = draft("Tờ trình danh mục công trình năm 2026");

        String held = plan(
                "Kỳ họp thứ tư (chỉ số)",
                "2025-11-05T08:00:00+07:00",
                Map.of("livestreamUrl", "https://www.youtube.com/live/nguyen-luong-bang"));
        item(held, "Báo cáo kinh tế - xã hội năm 2025", false, null);
        item(held, "Tờ trình điều chỉnh dự toán", true, budgetPaper);
        String works = item(held, "Tờ trình danh mục công trình", true, worksPaper);
        String report = upload(held, "Báo cáo kinh tế - xã hội (bản số)");
        Packs.PackDocument budget = Tenancy.call(
                TenantScope.staffOf(council.id()),
                () -> packs.addDocument(
                        council.id(), new SessionId(UUID.fromString(held)), UUID.fromString(budgetPaper)));
        post(held, "start");
        var linked = client.request(
                "PUT",
                fixture.base() + "/" + held + "/recording-url",
                "{\"url\":\"https://www.youtube.com/watch?v=ky-hop-thu-tu\"}",
                fixture.clerk,
                SessionFixture.PASSWORD);
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        post(held, "close");

        String planned = plan("Kỳ họp chuyên đề (chưa triệu tập)", "2025-11-20T08:00:00+07:00", Map.of());
        upload(planned, "Tài liệu chưa phát");
        String october = plan("Kỳ họp thứ ba (chỉ số)", "2025-10-30T08:00:00+07:00", Map.of());
        upload(october, "Tài liệu kỳ họp thứ ba");
        post(october, "start");
        post(october, "close");

        assertThat(measure(IndicatorCode.T2, NOVEMBER_2025)).isEqualTo(Measurement.share(2, 3));
        LocalDate day = LocalDate.of(2025, 11, 5);
        assertThat(evidence(IndicatorCode.T2, NOVEMBER_2025))
                .extracting(
                        Evidence::kind,
                        Evidence::id,
                        Evidence::day,
                        Evidence::counts,
                        Evidence::isPublic,
                        Evidence::url)
                .containsExactly(
                        tuple(
                                "packDocument",
                                report,
                                day,
                                true,
                                false,
                                "/app/councils/" + SLUG + "/sessions/" + held + "/pack"),
                        tuple(
                                "packDocument",
                                budget.id().toString(),
                                day,
                                true,
                                false,
                                "/app/councils/" + SLUG + "/sessions/" + held + "/pack"),
                        tuple("agendaItem", works, day, false, true, "/" + SLUG + "/ky-hop/" + held));
        assertThat(measure(IndicatorCode.T2, Period.parse("2025-10"))).isEqualTo(Measurement.share(1, 1));

        Period thisMonth = Period.containing(VnTime.today(clock), Period.Kind.MONTH);
        assertThat(measure(IndicatorCode.T3, thisMonth))
                .isEqualTo(Measurement.share(1, 2).with("livestreamed", 1));
        assertThat(evidence(IndicatorCode.T3, thisMonth))
                .extracting(Evidence::kind, Evidence::id, Evidence::title, Evidence::counts, Evidence::isPublic)
                .containsExactly(
                        tuple("session", october, "Kỳ họp thứ ba (chỉ số)", false, true),
                        tuple("session", held, "Kỳ họp thứ tư (chỉ số)", true, true));
        assertThat(measure(IndicatorCode.T3, NOVEMBER_2025)).isEqualTo(Measurement.noData());
    }

    @Test
    void theEventsThatMoveSessionFiguresAreCouncilEvents() {
        assertThat(CouncilEvent.class)
                .isAssignableFrom(SessionConvened.class)
                .isAssignableFrom(SessionUpdated.class)
                .isAssignableFrom(SessionClosed.class)
                .isAssignableFrom(VoteClosed.class)
                .isAssignableFrom(RecordingPublished.class)
                .isAssignableFrom(SessionPackChanged.class);
    }
}
