package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.shared.VnTime;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Issue 14, item 11: secret ballots, elections (choose at most N of M) and confidence votes (three
 * levels), results as shares of all delegates, counts-only while open, one paper per delegate, the
 * counting committee's report as PDF, and no table that links a paper to its voter. Works in Trần
 * Hưng Đạo with exactly five delegates (everyone else's mandate there is ended first).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretBallotIntegrationTest {

    static final String SLUG = SessionTestCouncils.SECRET;
    static final String PASSWORD = SessionFixture.PASSWORD;
    static final int DELEGATES = 5;

    @Autowired
    TestClient client;

    @Autowired
    DataSource dataSource;

    SessionFixture council;

    @BeforeAll
    void aCouncilOfExactlyFiveDelegates() {
        council = SessionFixture.withDelegates(client, SLUG, 0);
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < DELEGATES; i++) {
            String name = "Đại biểu phiếu kín " + i + " "
                    + UUID.randomUUID().toString().substring(0, 6);
            var d = client.postJson(
                    "/api/v1/councils/" + SLUG + "/delegates", Map.of("fullName", name), council.clerk, PASSWORD);
            String id = d.json().get("id").asString();
            mine.add(id);
            String username = TestClient.uniqueUsername("sb.daibieu" + i);
            var created = client.postJson(
                    "/api/v1/councils/" + SLUG + "/users",
                    Map.of(
                            "username", username,
                            "password", PASSWORD,
                            "fullName", name,
                            "roles", List.of("DELEGATE"),
                            "delegateId", id),
                    TestClient.ADMIN,
                    TestClient.ADMIN_PASSWORD);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            council.delegates.add(username);
        }
        String today = LocalDate.now(VnTime.ZONE).toString();
        for (JsonNode d : client.get("/api/v1/councils/" + SLUG + "/delegates?size=500")
                .json()
                .get("items")) {
            String id = d.get("id").asString();
            if (!mine.contains(id) && (!d.has("active") || d.get("active").asBoolean())) {
                client.postJson(
                        "/api/v1/councils/" + SLUG + "/delegates/" + id + "/end",
                        Map.of("endedOn", today, "reason", "Thử phiếu kín"),
                        council.clerk,
                        PASSWORD);
            }
        }
    }

    @Test
    void anElectionChoosesAtMostNOfMAndElectsWithMoreThanHalfOfAllDelegates() throws Exception {
        String session = council.sessionInProgress("Kỳ họp bầu chức danh");
        String item = agendaItem(session, "Bầu Phó Chủ tịch HĐND", false);
        var defined = define(
                session,
                item,
                Map.of(
                        "kind",
                        "ELECTION",
                        "seats",
                        2,
                        "candidates",
                        List.of(
                                Map.of("fullName", "Ứng viên An", "office", "Trưởng ban Kinh tế"),
                                Map.of("fullName", "Ứng viên Bình"),
                                Map.of("fullName", "Ứng viên Cường"))));
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        List<String> ids = new ArrayList<>();
        defined.json().get("candidates").forEach(c -> ids.add(c.get("id").asString()));
        String a = ids.get(0);
        String b = ids.get(1);
        String c = ids.get(2);
        assertThat(post(session, item, "/open", council.chair).status()).isEqualTo(200);

        // a paper choosing more than the seats is refused whole, nothing is stored
        var tooMany = paper(session, item, 0, Map.of("candidates", List.of(a, b, c)));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("candidates", "nhiều nhất 2");
        assertThat(paper(
                                session,
                                item,
                                0,
                                Map.of("candidates", List.of(UUID.randomUUID().toString())))
                        .status())
                .isEqualTo(400);
        assertThat(view(session, item).get("voted").asInt()).isZero();

        assertThat(paper(session, item, 0, Map.of("candidates", List.of(a, b))).status())
                .isEqualTo(201);
        paper(session, item, 1, Map.of("candidates", List.of(b, a)));
        paper(session, item, 2, Map.of("candidates", List.of(a, c)));
        paper(session, item, 3, Map.of("candidates", List.of(a)));
        // once cast, a secret ballot cannot be changed
        var again = paper(session, item, 3, Map.of("candidates", List.of(b)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("không thể thay đổi");

        // while open: how many have voted, nothing else, for everyone
        for (String who : new String[] {null, council.chair, council.clerk, council.delegates.getFirst()}) {
            JsonNode open = who == null
                    ? client.get(base(session, item)).json()
                    : client.get(base(session, item), who, PASSWORD).json();
            assertThat(open.get("state").asString()).isEqualTo("OPEN");
            assertThat(open.get("voted").asInt()).isEqualTo(4);
            assertThat(open.get("totalDelegates").asInt()).isEqualTo(DELEGATES);
            assertThat(open.get("result").isNull()).isTrue();
        }
        assertThat(client.get(base(session, item) + "/mine", council.delegates.get(3), PASSWORD)
                        .json()
                        .get("voted")
                        .asBoolean())
                .isTrue();
        assertThat(client.get(base(session, item) + "/mine", council.delegates.get(4), PASSWORD)
                        .json()
                        .get("voted")
                        .asBoolean())
                .isFalse();
        assertThat(client.get(base(session, item) + "/report.pdf", council.chair, PASSWORD)
                        .status())
                .isEqualTo(409);
        paper(session, item, 4, Map.of("candidates", List.of()));

        var closed = post(session, item, "/close", council.chair);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        JsonNode result = client.get(base(session, item)).json().get("result");
        assertThat(result.get("entitled").asInt()).isEqualTo(DELEGATES);
        assertThat(result.get("papers").asInt()).isEqualTo(5);
        assertThat(result.get("valid").asInt()).isEqualTo(5);
        JsonNode an = result.get("candidates").get(0);
        assertThat(an.get("votes").asInt()).isEqualTo(4);
        assertThat(an.get("votesShare").asDouble()).isEqualTo(80.0);
        assertThat(an.get("elected").asBoolean()).isTrue();
        JsonNode binh = result.get("candidates").get(1);
        assertThat(binh.get("votes").asInt()).isEqualTo(2);
        assertThat(binh.get("votesShare").asDouble()).isEqualTo(40.0);
        assertThat(binh.get("elected").asBoolean())
                .as("2 of 5 is not more than half of all")
                .isFalse();
        assertThat(result.get("candidates").get(2).get("votes").asInt()).isEqualTo(1);

        var pdf = client.get(base(session, item) + "/report.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        String text;
        try (var document = Loader.loadPDF(
                client.getBytes(base(session, item) + "/report.pdf", null, null).body())) {
            text = java.text.Normalizer.normalize(
                    new PDFTextStripper().getText(document), java.text.Normalizer.Form.NFC);
        }
        assertThat(text).contains("BIÊN BẢN KIỂM PHIẾU", "Bầu Phó Chủ tịch HĐND", "Ứng viên An", "80.00%", "TRÚNG CỬ");

        noTableLinksAPaperToItsVoter(item);
    }

    @Test
    void aConfidenceVoteHasThreeLevelsCountedAgainstAllDelegates() {
        String session = council.sessionInProgress("Kỳ họp lấy phiếu tín nhiệm");
        String item = agendaItem(session, "Lấy phiếu tín nhiệm", false);
        var defined = define(
                session,
                item,
                Map.of(
                        "kind",
                        "CONFIDENCE",
                        "candidates",
                        List.of(
                                Map.of("fullName", "Người Thứ Nhất", "office", "Chủ tịch UBND"),
                                Map.of("fullName", "Người Thứ Hai", "office", "Phó Chủ tịch UBND"))));
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        String p = defined.json().get("candidates").get(0).get("id").asString();
        String q = defined.json().get("candidates").get(1).get("id").asString();
        post(session, item, "/open", council.chair);
        var incomplete = paper(session, item, 0, Map.of("ratings", Map.of(p, "LOW")));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body()).contains("ratings");
        String[][] papers = {{"LOW", "LOW"}, {"LOW", "LOW"}, {"LOW", "LOW"}, {"LOW", "MEDIUM"}, {"HIGH", "MEDIUM"}};
        for (int i = 0; i < papers.length; i++) {
            assertThat(paper(session, item, i, Map.of("ratings", Map.of(p, papers[i][0], q, papers[i][1])))
                            .status())
                    .isEqualTo(201);
        }
        post(session, item, "/close", council.chair);
        JsonNode people = client.get(base(session, item)).json().get("result").get("candidates");
        JsonNode first = people.get(0);
        assertThat(first.get("low").asInt()).isEqualTo(4);
        assertThat(first.get("lowShare").asDouble()).isEqualTo(80.0);
        assertThat(first.get("high").asInt()).isEqualTo(1);
        assertThat(first.get("toConfidenceVote").asBoolean()).isTrue();
        JsonNode second = people.get(1);
        assertThat(second.get("low").asInt()).isEqualTo(3);
        assertThat(second.get("medium").asInt()).isEqualTo(2);
        assertThat(second.get("mayResign").asBoolean())
                .as("3 of 5 is half or more")
                .isTrue();
        assertThat(second.get("toConfidenceVote").asBoolean())
                .as("3 of 5 is less than two thirds")
                .isFalse();
    }

    @Test
    void aMotionBySecretBallotCountsAgainstAllDelegatesAndTakesNoNamedVote() {
        String session = council.sessionInProgress("Kỳ họp miễn nhiệm");
        String item = agendaItem(session, "Miễn nhiệm Ủy viên UBND", true);
        assertThat(define(session, item, Map.of("kind", "MOTION")).status()).isEqualTo(201);
        var named = council.open(session, item);
        assertThat(named.status()).isEqualTo(409);
        assertThat(named.json().get("detail").asString()).contains("phiếu kín");
        post(session, item, "/open", council.chair);
        assertThat(paper(session, item, 0, Map.of()).status()).isEqualTo(400);
        for (int i = 0; i < 4; i++) {
            paper(session, item, i, Map.of("choice", "YES"));
        }
        paper(session, item, 4, Map.of("choice", "NO"));
        JsonNode result = post(session, item, "/close", council.chair).json().get("result");
        assertThat(result.get("yes").asInt()).isEqualTo(4);
        assertThat(result.get("no").asInt()).isEqualTo(1);
        assertThat(result.get("passed").asBoolean())
                .as("4 of 5 is two thirds of all")
                .isTrue();
        assertThat(client.get(council.item(session) + "/" + item + "/votes").json())
                .isEmpty();
    }

    @Test
    void badDefinitionsAreRefusedFieldByField() {
        String session = council.sessionInProgress("Kỳ họp thử định nghĩa phiếu");
        String report = agendaItem(session, "Báo cáo", false);
        var motionOnReport = define(session, report, Map.of("kind", "MOTION"));
        assertThat(motionOnReport.status()).isEqualTo(400);
        assertThat(motionOnReport.body()).contains("kind");
        var noCandidates = define(session, report, Map.of("kind", "ELECTION", "seats", 1));
        assertThat(noCandidates.status()).isEqualTo(400);
        assertThat(noCandidates.body()).contains("candidates");
        var seats = define(
                session,
                report,
                Map.of("kind", "ELECTION", "seats", 3, "candidates", List.of(Map.of("fullName", "A"))));
        assertThat(seats.status()).isEqualTo(400);
        assertThat(seats.body()).contains("seats");
        assertThat(client.postJson(
                                base(session, report), Map.of("kind", "MOTION"), council.delegates.getFirst(), PASSWORD)
                        .status())
                .isEqualTo(403);
    }

    /**
     * The tables themselves: the papers carry no delegate and no time, the voters no paper and no
     * time, and all papers of a ballot were last written by one transaction (the last ballot), in
     * an order and with ids that say nothing about who voted when.
     */
    private void noTableLinksAPaperToItsVoter(String item) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("select set_config('app.all_councils', 'on', true)");
                assertThat(columns(s, "secret_ballot_paper"))
                        .containsExactlyInAnyOrder("id", "council_id", "item_id", "marks");
                assertThat(columns(s, "secret_ballot_voter"))
                        .containsExactlyInAnyOrder("council_id", "item_id", "delegate_id", "delegate_name");
                try (ResultSet rs = s.executeQuery(
                        "select count(*), count(distinct xmin::text) from secret_ballot_paper where item_id = '" + item
                                + "'")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(5);
                    assertThat(rs.getInt(2))
                            .as("one writing transaction for all papers")
                            .isEqualTo(1);
                }
                try (ResultSet rs = s.executeQuery("select count(*) from information_schema.table_constraints t"
                        + " join information_schema.constraint_column_usage u using (constraint_name)"
                        + " where t.table_name = 'secret_ballot_paper' and t.constraint_type = 'FOREIGN KEY'"
                        + " and u.table_name in ('secret_ballot_voter', 'delegate', 'app_user')")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
                try (ResultSet rs = s.executeQuery(
                        "select details from audit_entry where action = 'sessions.secretBallot.cast' and subject_id = '"
                                + item + "'")) {
                    int entries = 0;
                    while (rs.next()) {
                        entries++;
                        assertThat(rs.getString(1)).doesNotContain("candidate", "choice", "YES", "marks");
                    }
                    assertThat(entries).isEqualTo(5);
                }
            }
            c.rollback();
        }
    }

    private static List<String> columns(java.sql.Statement s, String table) throws Exception {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(
                "select column_name from information_schema.columns where table_name = '" + table + "'")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        return columns;
    }

    private String agendaItem(String session, String title, boolean motion) {
        Map<String, Object> body = motion
                ? Map.of("title", title, "motion", true, "majority", "TWO_THIRDS_OF_ALL")
                : Map.of("title", title, "motion", false);
        var created = client.postJson(council.item(session), body, council.clerk, PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String base(String session, String item) {
        return council.item(session) + "/" + item + "/secret-ballot";
    }

    private TestClient.Response define(String session, String item, Map<String, Object> body) {
        return client.postJson(base(session, item), body, council.clerk, PASSWORD);
    }

    private TestClient.Response post(String session, String item, String action, String who) {
        return client.request("POST", base(session, item) + action, null, who, PASSWORD);
    }

    private TestClient.Response paper(String session, String item, int delegate, Map<String, Object> body) {
        return client.postJson(base(session, item) + "/papers", body, council.delegates.get(delegate), PASSWORD);
    }

    private JsonNode view(String session, String item) {
        return client.get(base(session, item)).json();
    }
}
