package vn.hdndso.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.TestPdfs;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.VnTime;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/**
 * The live indicators through the API: documents issued in Xã Lai Khê move T1 within a second;
 * Xã Phú Thái works to a plan of its own, confirmed here; neither council is written by other tests.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorsApiIntegrationTest {

    static final String LIVE = "lai-khe";
    static final String PLANNED = "phu-thai";
    static final String PASSWORD = "Indicators-Api-2026";

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    Clock clock;

    String chair;
    String otherChair;
    Period month;

    @BeforeAll
    void accounts() {
        chair = TestClient.uniqueUsername("ind.laikhe");
        client.createUser(LIVE, chair, PASSWORD, "Chủ tịch Lai Khê thử", "COUNCIL_ADMIN");
        otherChair = TestClient.uniqueUsername("ind.phuthai");
        client.createUser(PLANNED, otherChair, PASSWORD, "Chủ tịch Phú Thái thử", "COUNCIL_ADMIN");
        month = Period.containing(VnTime.today(clock), Period.Kind.MONTH);
    }

    String issue(String typeCode, String subject) {
        String base = "/api/v1/councils/" + LIVE + "/documents";
        String metadata = """
                {"typeCode":"%s","issuerSymbol":"HĐND","subject":"%s","signerName":"Trần Văn Thử",
                 "signerPosition":"Chủ tịch HĐND","recipients":["Lưu: VT"]}""".formatted(typeCode, subject);
        var created = client.postMultipart(
                base,
                List.of(
                        Part.json("metadata", metadata),
                        Part.file("file", "van-ban.pdf", "application/pdf", TestPdfs.plan(subject, 1))),
                chair,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var issued = client.request("POST", base + "/" + id + "/issue", null, chair, PASSWORD);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return id;
    }

    JsonNode t1(Period period) {
        var answer = client.get("/api/v1/councils/" + LIVE + "/indicators/T1?period=" + period);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    static JsonNode item(JsonNode list, String code) {
        for (JsonNode item : list.get("items")) {
            if (item.get("code").asString().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no " + code + " in " + list);
    }

    @Test
    void issuingADocumentMovesT1WithinASecondOnTheApi() {
        JsonNode before = t1(month);
        long issued = before.get("denominator").asLong();
        long signed = before.get("numerator").asLong();
        Instant asOf = Instant.parse(before.get("asOf").asString());

        issue("NQ", "Nghị quyết về kế hoạch đầu tư công năm 2027");

        await().atMost(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(25))
                .until(() -> t1(month).get("denominator").asLong() == issued + 1);
        JsonNode after = t1(month);
        assertThat(after.get("numerator").asLong()).isEqualTo(signed + 1);
        assertThat(Instant.parse(after.get("asOf").asString())).isAfter(asOf);
        assertThat(after.get("name").asString()).isEqualTo("Văn bản ký số");
        assertThat(after.get("period").asString()).isEqualTo(month.toString());
        // every document issued through the platform is signed at issue: 100 %, the Resolution's target
        assertThat(after.get("value").asDouble()).isEqualTo(100.0);
        assertThat(after.get("status").asString()).isEqualTo("MET");
        assertThat(after.get("fromPlan").asBoolean()).isFalse();
        assertThat(after.get("target").get("min").asInt()).isEqualTo(100);
        assertThat(after.get("deadline").asString()).isEqualTo("2026-12-31");
        // the year and the half-year moved with the month
        var year = client.get("/api/v1/councils/" + LIVE + "/indicators?period=" + month.year())
                .json();
        assertThat(year.get("period").asString()).isEqualTo(Integer.toString(month.year()));
        assertThat(item(year, "T1").get("denominator").asLong()).isGreaterThanOrEqualTo(issued + 1);
        // the month is in the series of its year
        JsonNode last = after.get("series").get(after.get("series").size() - 1);
        assertThat(last.get("period").asString()).isEqualTo(month.toString());
        assertThat(last.get("denominator").asLong()).isEqualTo(issued + 1);
    }

    @Test
    void theCouncilsElevenIndicatorsInCodeOrderAndThoseWithoutASourceHaveNoData() {
        var answer = client.get("/api/v1/councils/" + LIVE + "/indicators");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("period").asString())
                .as("the current year by default")
                .isEqualTo(Integer.toString(VnTime.today(clock).getYear()));
        var codes = new ArrayList<String>();
        answer.json().get("items").forEach(i -> codes.add(i.get("code").asString()));
        assertThat(codes).containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11");
        for (String code : List.of("T9", "T11")) {
            JsonNode item = item(answer.json(), code);
            assertThat(item.get("status").asString()).as(code).isEqualTo("NO_DATA");
            assertThat(item.get("value").isNull()).as(code + " is never 0 %").isTrue();
            assertThat(item.get("numerator").asLong()).isZero();
            assertThat(item.get("denominator").asLong()).isZero();
            assertThat(item.get("projected").isNull()).isTrue();
        }
        JsonNode t2 = item(answer.json(), "T2");
        assertThat(t2.get("name").asString()).isEqualTo("Tài liệu kỳ họp điện tử");
        assertThat(t2.get("target").get("min").asInt()).isEqualTo(90);
        assertThat(t2.get("target").get("minExclusive").asBoolean()).isTrue();
        assertThat(t2.get("target").get("unit").asString()).isEqualTo("%");
        assertThat(t2.get("targetText").isNull()).isTrue();
        JsonNode t4 = item(answer.json(), "T4");
        assertThat(t4.get("target").get("min").asInt()).isEqualTo(10);
        assertThat(t4.get("target").get("max").asInt()).isEqualTo(30);
        assertThat(item(answer.json(), "T5").get("target").get("unit").isNull())
                .as("qualitative")
                .isTrue();
    }

    @Test
    void theConfirmedPlansOwnTargetsApplyAndTheDefaultsWhereItSetsNone() throws Exception {
        String plans = "/api/v1/councils/" + PLANNED + "/plans";
        var read = client.postMultipart(
                plans,
                List.of(Part.file(
                        "file",
                        "ke-hoach.txt",
                        "text/plain",
                        Files.readAllBytes(Path.of("testdata/plans/ke-hoach-57-nhi-chieu.txt")))),
                otherChair,
                PASSWORD);
        assertThat(read.status()).as(read.body()).isEqualTo(201);
        String id = read.json().get("id").asString();
        var reviewed = client.request("PUT", plans + "/" + id + "/review", """
                {"targets":[
                  {"code":"T1","text":"95% văn bản của HĐND xã được ký số","threshold":{"min":95,"unit":"%"},"deadline":"2026-09-30"},
                  {"code":"T9","text":"100% đại biểu được bồi dưỡng kỹ năng số","threshold":{"min":100,"unit":"%"},"deadline":null},
                  {"code":"T9","text":"Ít nhất 50% đại biểu sử dụng thành thạo","threshold":{"min":50,"unit":"%"},"deadline":null}],
                 "tasks":[]}""", otherChair, PASSWORD);
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(client.request("POST", plans + "/" + id + "/confirm", null, otherChair, PASSWORD)
                        .status())
                .isEqualTo(200);

        var answer = client.get("/api/v1/councils/" + PLANNED + "/indicators?period=2026")
                .json();
        JsonNode t1 = item(answer, "T1");
        assertThat(t1.get("fromPlan").asBoolean()).isTrue();
        assertThat(t1.get("targetText").asString()).isEqualTo("95% văn bản của HĐND xã được ký số");
        assertThat(t1.get("target").get("min").asInt()).isEqualTo(95);
        assertThat(t1.get("deadline").asString()).isEqualTo("2026-09-30");
        JsonNode t9 = item(answer, "T9");
        assertThat(t9.get("targetText").asString()).isEqualTo("100% đại biểu được bồi dưỡng kỹ năng số");
        assertThat(t9.get("deadline").asString()).as("the default deadline").isEqualTo("2026-12-31");
        assertThat(t9.get("status").asString()).isEqualTo("NO_DATA");
        JsonNode t3 = item(answer, "T3");
        assertThat(t3.get("fromPlan").asBoolean()).isFalse();
        assertThat(t3.get("targetText").isNull()).isTrue();
        assertThat(t3.get("target").get("min").asInt()).isEqualTo(100);
    }

    @Test
    void thePublicSeesThePublicEvidenceAndTheCouncilsStaffAll() {
        String resolution = issue("NQ", "Nghị quyết về chương trình giám sát năm 2027");
        String report = issue("BC", "Báo cáo tình hình thu ngân sách (bị thu hồi)");
        var recall = client.request(
                "POST",
                "/api/v1/councils/" + LIVE + "/documents/" + report + "/recall",
                "{\"reason\":\"Sai số liệu\"}",
                chair,
                PASSWORD);
        assertThat(recall.status()).as(recall.body()).isEqualTo(200);
        String path = "/api/v1/councils/" + LIVE + "/indicators/T1/evidence?period=" + month;

        var anonymous = client.get(path);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().get("code").asString()).isEqualTo("T1");
        assertThat(anonymous.json().get("period").asString()).isEqualTo(month.toString());
        assertThat(ids(anonymous.json())).contains(resolution).doesNotContain(report);
        anonymous
                .json()
                .get("items")
                .forEach(e -> assertThat(e.get("public").asBoolean()).isTrue());
        assertThat(ids(client.get(path, otherChair, PASSWORD).json()))
                .as("another council's staff are the public here")
                .contains(resolution)
                .doesNotContain(report);

        var staff = client.get(path, chair, PASSWORD);
        assertThat(ids(staff.json())).contains(resolution, report);
        for (JsonNode e : staff.json().get("items")) {
            if (e.get("id").asString().equals(report)) {
                assertThat(e.get("kind").asString()).isEqualTo("recalledDocument");
                assertThat(e.get("public").asBoolean()).isFalse();
                assertThat(e.get("counts").asBoolean()).isTrue();
                assertThat(e.get("title").asString()).endsWith("Báo cáo tình hình thu ngân sách (bị thu hồi)");
                assertThat(e.get("day").asString())
                        .isEqualTo(VnTime.today(clock).toString());
            }
            if (e.get("id").asString().equals(resolution)) {
                assertThat(e.get("url").asString()).isEqualTo("/" + LIVE + "/van-ban/" + resolution);
            }
        }
        assertThat(client.get("/api/v1/councils/" + LIVE + "/indicators/T9/evidence")
                        .json()
                        .get("items"))
                .as("no source, no records")
                .isEmpty();
    }

    static List<String> ids(JsonNode list) {
        var ids = new ArrayList<String>();
        list.get("items").forEach(e -> ids.add(e.get("id").asString()));
        return ids;
    }

    @Test
    void theCityTableHasOneLinePerCouncilInTheCouncilsOrder() {
        issue("BC", "Báo cáo kết quả hoạt động sáu tháng");
        var answer = client.get("/api/v1/indicators?code=t1&period=" + month);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("code").asString()).isEqualTo("T1");
        assertThat(answer.json().get("period").asString()).isEqualTo(month.toString());
        List<Council> all = councils.all();
        var slugs = new ArrayList<String>();
        answer.json()
                .get("items")
                .forEach(i -> slugs.add(i.get("council").get("slug").asString()));
        assertThat(slugs)
                .containsExactlyElementsOf(all.stream().map(Council::slug).toList());
        JsonNode laiKhe = null;
        for (JsonNode i : answer.json().get("items")) {
            if (i.get("council").get("slug").asString().equals(LIVE)) {
                laiKhe = i;
            }
        }
        assertThat(laiKhe).isNotNull();
        Council council = councils.requireBySlug(LIVE);
        assertThat(laiKhe.get("council").get("name").asString()).isEqualTo(council.name());
        assertThat(laiKhe.get("council").get("code").asString()).isEqualTo(council.code());
        assertThat(laiKhe.get("code").asString()).isEqualTo("T1");
        assertThat(laiKhe.get("denominator").asLong()).isPositive();
        assertThat(laiKhe.get("status").asString()).isEqualTo("MET");
        assertThat(laiKhe.get("name").asString()).isEqualTo("Văn bản ký số");
    }

    @Test
    void theCityTableReadsEachCouncilsStatusAndTrendAsItsOwnIndicatorsDo() {
        // the city table reads every council's monthly values for the trend in one go (found by
        // IndicatorsBenchmark: one read per council cost ~35 ms of the table's 100 ms)
        issue("NQ", "Nghị quyết về chỉnh trang vỉa hè tuyến phố chính");
        String year = Integer.toString(month.year());
        var city = client.get("/api/v1/indicators?code=T1&period=" + year);
        assertThat(city.status()).as(city.body()).isEqualTo(200);
        int compared = 0;
        for (JsonNode line : city.json().get("items")) {
            if (line.get("denominator").asLong() == 0) {
                continue;
            }
            String slug = line.get("council").get("slug").asString();
            JsonNode own = client.get("/api/v1/councils/" + slug + "/indicators/T1?period=" + year)
                    .json();
            assertThat(line.get("status").asString())
                    .as(slug)
                    .isEqualTo(own.get("status").asString());
            assertThat(line.get("projected").toString())
                    .as(slug)
                    .isEqualTo(own.get("projected").toString());
            compared++;
        }
        assertThat(compared).as("councils with documents this year").isPositive();
    }

    @Test
    void badPeriodsAndCodesAreRefusedWithTheFieldAndUnknownCouncilsAreNotFound() {
        for (String period : List.of("2026-H3", "abc", "2026-13", "1999")) {
            var answer = client.get("/api/v1/councils/" + LIVE + "/indicators?period=" + period);
            assertThat(answer.status()).as(period).isEqualTo(400);
            assertThat(answer.body())
                    .as(period)
                    .contains("\"field\":\"period\"")
                    .contains("Kỳ \\\"" + period);
        }
        var badCode = client.get("/api/v1/councils/" + LIVE + "/indicators/T12");
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.body()).contains("\"field\":\"code\"").contains("Mã chỉ số");
        assertThat(client.get("/api/v1/indicators?code=X1").status()).isEqualTo(400);
        var noCode = client.get("/api/v1/indicators?period=2026");
        assertThat(noCode.status()).isEqualTo(400);
        assertThat(noCode.body()).contains("\"field\":\"code\"");
        assertThat(client.get("/api/v1/indicators?code=T1&period=2026-H3").status())
                .isEqualTo(400);
        assertThat(client.get("/api/v1/councils/khong-co-hoi-dong/indicators").status())
                .isEqualTo(404);
        assertThat(client.get("/api/v1/councils/khong-co-hoi-dong/indicators/T1/evidence")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aPastPeriodIsMeasuredWhenAskedFor() {
        LocalDate lastYear = VnTime.today(clock).minusYears(1);
        var answer = client.get("/api/v1/councils/" + LIVE + "/indicators/T1?period=" + lastYear.getYear() + "-H1");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("status").asString()).isEqualTo("NO_DATA");
        assertThat(answer.json().get("series")).hasSize(12);
    }
}
