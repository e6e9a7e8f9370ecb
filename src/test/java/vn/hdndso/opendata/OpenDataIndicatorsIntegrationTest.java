package vn.hdndso.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.EdxmlPackageExported;
import vn.hdndso.documents.TestPdfs;
import vn.hdndso.identity.ApiKeyUsed;
import vn.hdndso.indicators.Evidence;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorSource;
import vn.hdndso.indicators.Measurement;
import vn.hdndso.indicators.Period;
import vn.hdndso.indicators.SourceProbe;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/**
 * T8 and T10 from datasets, API keys, edXML exports and petition transfers made through the API
 * in Xã Nam Thanh Miện, a council no other test writes to.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataIndicatorsIntegrationTest {

    private static final String SLUG = "nam-thanh-mien";
    private static final String PASSWORD = "Indicators-OpenData-2026";
    private static final String API = "/api/v1/councils/" + SLUG;

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    List<IndicatorSource> sources;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    private Council council;
    private String chair;
    private String clerkId;

    @BeforeAll
    void accounts() {
        council = councils.requireBySlug(SLUG);
        chair = TestClient.uniqueUsername("ind.opendata");
        client.createUser(SLUG, chair, PASSWORD, "Chủ tịch thử", "COUNCIL_ADMIN");
        clerkId = client.createUser(
                SLUG, TestClient.uniqueUsername("ind.system"), PASSWORD, "Tài khoản kết nối UBND", "CLERK");
    }

    private String dataset(String title, String theme, String frequency, boolean publish) throws Exception {
        var created = client.postJson(
                API + "/datasets",
                Map.of("title", title, "theme", theme, "updateFrequency", frequency, "period", "2025"),
                chair,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var detail = client.get(API + "/datasets/" + id, chair, PASSWORD);
        assertThat(detail.json().get("dataset").get("updateFrequency").asString())
                .isEqualTo(frequency);
        byte[] csv = Files.readAllBytes(Path.of("testdata/opendata/investment-projects-2023-commune.csv"));
        var imported = client.postMultipart(
                API + "/datasets/" + id + "/imports",
                List.of(Part.file("file", "du-lieu.csv", "text/csv", csv)),
                chair,
                PASSWORD);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        if (publish) {
            var published = client.request("POST", API + "/datasets/" + id + "/publish", null, chair, PASSWORD);
            assertThat(published.status()).as(published.body()).isEqualTo(200);
        }
        return id;
    }

    private Measurement measure(IndicatorCode code, Period period) {
        return SourceProbe.measure(sources, council.id(), code, period);
    }

    private List<Evidence> evidence(IndicatorCode code, Period period) {
        return SourceProbe.evidence(sources, council.id(), code, period);
    }

    @Test
    void countsBudgetPlanningAndProjectDatasetsPublishedWithinTheirUpdateFrequency() throws Exception {
        LocalDate today = VnTime.today(clock);
        Period year = Period.containing(today, Period.Kind.YEAR);
        String budget = dataset("Dự toán ngân sách xã (chỉ số)", "BUDGET", "MONTHLY", true);
        String planning = dataset("Kế hoạch sử dụng đất (chỉ số)", "LAND_USE", "ANNUAL", true);
        dataset("Dự án đầu tư chưa công bố (chỉ số)", "INVESTMENT", "QUARTERLY", false);
        dataset("Dân số theo thôn (chỉ số)", "POPULATION", "ANNUAL", true);
        // the planning data was last published 400 days ago: as if the clerk had not updated it since
        LocalDate longAgo = today.minusDays(400);
        Tenancy.run(
                TenantScope.staffOf(council.id()),
                () -> transactions.executeWithoutResult(s -> jdbc.sql(
                                "update dataset_version set published_at = :at where dataset_id = :id")
                        .param(
                                "at",
                                Timestamp.from(
                                        longAgo.atTime(9, 0).atZone(VnTime.ZONE).toInstant()))
                        .param("id", UUID.fromString(planning))
                        .update()));

        assertThat(measure(IndicatorCode.T8, year)).isEqualTo(Measurement.share(1, 2));
        assertThat(evidence(IndicatorCode.T8, year))
                .extracting(
                        Evidence::id,
                        Evidence::title,
                        Evidence::day,
                        Evidence::counts,
                        Evidence::isPublic,
                        Evidence::url)
                .containsExactly(
                        tuple(
                                budget,
                                "Dự toán ngân sách xã (chỉ số) · 0 ngày",
                                today,
                                true,
                                true,
                                "/" + SLUG + "/du-lieu-mo/" + budget),
                        tuple(
                                planning,
                                "Kế hoạch sử dụng đất (chỉ số) · 400 ngày",
                                longAgo,
                                false,
                                true,
                                "/" + SLUG + "/du-lieu-mo/" + planning));
        assertThat(measure(IndicatorCode.T8, Period.year(today.getYear() - 5))).isEqualTo(Measurement.noData());

        var described = client.request(
                "PATCH", API + "/datasets/" + planning, "{\"updateFrequency\":\"HOURLY\"}", chair, PASSWORD);
        assertThat(described.status()).isEqualTo(400);
        assertThat(described.json().get("errors").get(0).get("field").asString())
                .isEqualTo("updateFrequency");
    }

    @Test
    void countsTheBodiesConnectedByApiKeysEdxmlPackagesAndTransferredPetitions() {
        Period month = Period.containing(VnTime.today(clock), Period.Kind.MONTH);
        assertThat(measure(IndicatorCode.T10, month))
                .isEqualTo(Measurement.count(0)
                        .with("apiKeysInUse", 0)
                        .with("edxmlExchanges", 0)
                        .with("petitionsTransferred", 0));

        var key = client.postJson(
                API + "/api-keys",
                Map.of(
                        "userId",
                        clerkId,
                        "name",
                        "Ủy ban nhân dân xã Nam Thanh Miện",
                        "scopes",
                        java.util.List.of("read:council")),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        String token = key.json().get("token").asString();
        for (int call = 0; call < 2; call++) {
            assertThat(client.getWithBearer(API + "/petition-issues", token).status())
                    .isEqualTo(200);
        }

        String metadata = """
                {"typeCode":"CV","issuerSymbol":"HĐND","unitSymbol":"VP","subject":"Về việc phối hợp tiếp xúc cử tri",
                 "signerName":"Người thử","signerPosition":"Chủ tịch HĐND","recipients":["Lưu: VT"]}""";
        var draft = client.postMultipart(
                API + "/documents",
                List.of(
                        Part.json("metadata", metadata),
                        Part.file("file", "cong-van.pdf", "application/pdf", TestPdfs.plan("Công văn", 1))),
                chair,
                PASSWORD);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String document = draft.json().get("id").asString();
        var issued = client.request("POST", API + "/documents/" + document + "/issue", null, chair, PASSWORD);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        var exported = client.getBytes(
                API + "/documents/" + document + "/edxml?to=000.00.99.T01&to=000.00.00.H31", chair, PASSWORD);
        assertThat(exported.status()).isEqualTo(200);

        var petition = client.postJson(
                API + "/petitions",
                Map.of(
                        "content", "Đề nghị sửa cống tiêu nước đầu thôn Nam, mưa to là ngập đường vào trường học.",
                        "consent", true,
                        "channel", "WEB"));
        assertThat(petition.status()).as(petition.body()).isEqualTo(201);
        String trackingCode = petition.json().get("trackingCode").asString();
        String issue = client.get(API + "/petitions?size=500", chair, PASSWORD)
                .json()
                .get("items")
                .valueStream()
                .filter(p -> p.get("trackingCode").asString().equals(trackingCode))
                .findFirst()
                .orElseThrow()
                .get("issueId")
                .asString();
        var transferred = client.postJson(
                API + "/petition-issues/" + issue + "/transfer",
                Map.of("bodyKind", "AGENCY", "bodyName", "Uỷ ban nhân dân xã Nam Thanh Miện"),
                chair,
                PASSWORD);
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);

        assertThat(measure(IndicatorCode.T10, month))
                .isEqualTo(Measurement.count(3)
                        .with("apiKeysInUse", 1)
                        .with("edxmlExchanges", 1)
                        .with("petitionsTransferred", 1));
        assertThat(evidence(IndicatorCode.T10, month))
                .extracting(Evidence::id, Evidence::title, Evidence::counts, Evidence::isPublic)
                .containsExactlyInAnyOrder(
                        tuple(
                                VnText.fold("Ủy ban nhân dân xã Nam Thanh Miện"),
                                "Ủy ban nhân dân xã Nam Thanh Miện · khóa API, chuyển kiến nghị",
                                true,
                                false),
                        tuple(
                                VnText.fold("Hội đồng nhân dân xã Lạc Phượng"),
                                "Hội đồng nhân dân xã Lạc Phượng · eDXML",
                                true,
                                false),
                        tuple("000.00.00.h31", "000.00.00.H31 · eDXML", true, false));
    }

    @Test
    void theEventsThatMoveTheseFiguresAreCouncilEvents() {
        assertThat(CouncilEvent.class)
                .isAssignableFrom(DatasetPublished.class)
                .isAssignableFrom(DatasetDescribed.class)
                .isAssignableFrom(ApiKeyUsed.class)
                .isAssignableFrom(EdxmlPackageExported.class);
    }
}
