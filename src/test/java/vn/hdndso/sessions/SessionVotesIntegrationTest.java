package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * The "done when" of issue 4 through the API: a majority is counted against all delegates of the
 * term (⌊N/2⌋ YES fails, ⌊N/2⌋+1 passes; two thirds likewise), a vote after closing is 409, and
 * the other refusals of API.md.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionVotesIntegrationTest {

    /** Delegates of the test council: all have accounts, so every one of them can vote. */
    static final int DELEGATES = 6;

    @Autowired
    TestClient client;

    SessionFixture council;

    @BeforeAll
    void aCouncilOfSixDelegates() {
        council = SessionFixture.withDelegates(client, SessionTestCouncils.VOTES, DELEGATES);
    }

    @Test
    void exactlyHalfOfAllDelegatesIsNotAMajorityAndOneMoreIs() {
        String session = council.sessionInProgress("Kỳ họp thử đa số");
        int n = council.client
                .get(council.base() + "/" + session + "/attendance", council.chair, SessionFixture.PASSWORD)
                .json()
                .get("totalDelegates")
                .asInt();
        assertThat(n).isEqualTo(DELEGATES);

        String half = council.motion(session, "Tờ trình với đúng nửa số phiếu", "MORE_THAN_HALF_OF_ALL");
        assertThat(council.open(session, half).status()).isEqualTo(200);
        for (int i = 0; i < n / 2; i++) {
            assertThat(council.vote(session, half, council.delegates.get(i), "YES")
                            .status())
                    .isEqualTo(200);
        }
        var closed = council.close(session, half);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        var tally = council.tally(session, half).json();
        assertThat(tally.get("state").asString()).isEqualTo("CLOSED");
        assertThat(tally.get("yes").asInt()).isEqualTo(n / 2);
        assertThat(tally.get("notVoted").asInt()).isEqualTo(n - n / 2);
        assertThat(tally.get("totalDelegates").asInt()).isEqualTo(n);
        assertThat(tally.get("passed").asBoolean()).isFalse();

        String oneMore = council.motion(session, "Tờ trình với quá nửa số phiếu", "MORE_THAN_HALF_OF_ALL");
        council.open(session, oneMore);
        for (int i = 0; i < n / 2 + 1; i++) {
            council.vote(session, oneMore, council.delegates.get(i), "YES");
        }
        council.close(session, oneMore);
        var passed = council.tally(session, oneMore).json();
        assertThat(passed.get("yes").asInt()).isEqualTo(n / 2 + 1);
        assertThat(passed.get("passed").asBoolean()).isTrue();
    }

    @Test
    void twoThirdsOfAllDelegatesAreNeededWhereTheMotionSaysSo() {
        String session = council.sessionInProgress("Kỳ họp thử hai phần ba");
        int needed = (2 * DELEGATES + 2) / 3; // 4 of 6
        String short1 = council.motion(session, "Miễn nhiệm (thiếu một phiếu)", "TWO_THIRDS_OF_ALL");
        council.open(session, short1);
        for (int i = 0; i < needed - 1; i++) {
            council.vote(session, short1, council.delegates.get(i), "YES");
        }
        council.vote(session, short1, council.delegates.get(needed - 1), "NO");
        assertThat(council.close(session, short1).json().get("passed").asBoolean())
                .isFalse();

        String enough = council.motion(session, "Miễn nhiệm (đủ phiếu)", "TWO_THIRDS_OF_ALL");
        council.open(session, enough);
        for (int i = 0; i < needed; i++) {
            council.vote(session, enough, council.delegates.get(i), "YES");
        }
        var result = council.close(session, enough).json();
        assertThat(result.get("yes").asInt()).isEqualTo(needed);
        assertThat(result.get("passed").asBoolean()).isTrue();
    }

    @Test
    void aSecondVoteReplacesTheFirstWhileOpenAndIsRefusedAfterClosing() {
        String session = council.sessionInProgress("Kỳ họp thử đổi phiếu");
        String item = council.motion(session, "Tờ trình đổi phiếu", "MORE_THAN_HALF_OF_ALL");
        String delegate = council.delegates.getFirst();

        var early = council.vote(session, item, delegate, "YES");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.header("Content-Type")).startsWith("application/problem+json");

        council.open(session, item);
        council.vote(session, item, delegate, "YES");
        var changed = council.vote(session, item, delegate, "NO");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("yes").asInt()).isZero();
        assertThat(changed.json().get("no").asInt()).isEqualTo(1);
        assertThat(changed.json().get("state").asString()).isEqualTo("OPEN");

        council.close(session, item);
        var late = council.vote(session, item, delegate, "YES");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("đã kết thúc");
        var named = client.get(council.item(session) + "/" + item + "/votes").json();
        assertThat(named).hasSize(1);
        assertThat(named.get(0).get("choice").asString()).isEqualTo("NO");
    }

    @Test
    void nonDelegatesGet403OtherCouncilsGet404AndNonMotionsGet400() {
        String session = council.sessionInProgress("Kỳ họp thử quyền biểu quyết");
        String item = council.motion(session, "Tờ trình", "MORE_THAN_HALF_OF_ALL");
        council.open(session, item);

        assertThat(council.vote(session, item, council.clerk, "YES").status()).isEqualTo(403);
        assertThat(council.vote(session, item, council.chair, "YES").status()).isEqualTo(403);
        String stranger = TestClient.uniqueUsername("ss.stranger");
        client.createUser("lac-phuong", stranger, SessionFixture.PASSWORD, "Đại biểu xã khác", "DELEGATE");
        assertThat(council.vote(session, item, stranger, "YES").status()).isEqualTo(404);
        assertThat(client.postJson(council.item(session) + "/" + item + "/votes", Map.of("choice", "YES"))
                        .status())
                .isEqualTo(401);

        var report = client.postJson(
                council.item(session),
                Map.of("title", "Báo cáo tình hình", "motion", false),
                council.clerk,
                SessionFixture.PASSWORD);
        String notAMotion = report.json().get("id").asString();
        var refused = council.vote(session, notAMotion, council.delegates.getFirst(), "YES");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("không phải nội dung cần biểu quyết");
        assertThat(council.vote(session, item, council.delegates.getFirst(), "MAYBE")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aClerkEntersTheCountsOfAShowOfHands() {
        String session = council.sessionInProgress("Kỳ họp biểu quyết giơ tay");
        String item = council.motion(session, "Tờ trình giơ tay", "MORE_THAN_HALF_OF_ALL");
        var tooMany = client.postJson(
                council.item(session) + "/" + item + "/vote/analog",
                Map.of("yes", 5, "no", 2, "abstain", 0),
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(tooMany.status()).isEqualTo(400);
        var entered = client.postJson(
                council.item(session) + "/" + item + "/vote/analog",
                Map.of("yes", 4, "no", 1, "abstain", 1),
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        assertThat(entered.json().get("passed").asBoolean()).isTrue();
        assertThat(entered.json().get("state").asString()).isEqualTo("CLOSED");
        assertThat(council.vote(session, item, council.delegates.getFirst(), "NO")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aPassedMotionBecomesADraftResolutionNumberedNqHdndOnIssue() {
        String session = council.sessionInProgress("Kỳ họp thông qua nghị quyết");
        String item = council.motion(session, "Dự toán ngân sách năm 2027", "MORE_THAN_HALF_OF_ALL");
        council.open(session, item);
        for (String d : council.delegates) {
            council.vote(session, item, d, "YES");
        }
        council.close(session, item);
        var agenda = client.get(council.base() + "/" + session, council.clerk, SessionFixture.PASSWORD)
                .json()
                .get("agenda");
        String resolution = agenda.valueStream()
                .filter(i -> i.get("id").asString().equals(item))
                .findFirst()
                .orElseThrow()
                .get("resolutionId")
                .asString();
        var draft = client.get(
                "/api/v1/councils/" + council.slug + "/documents/" + resolution,
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        assertThat(draft.json().get("typeCode").asString()).isEqualTo("NQ");
        assertThat(draft.json().get("issuerSymbol").asString()).isEqualTo("HĐND");
        assertThat(draft.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.json().get("subject").asString()).contains("dự toán ngân sách năm 2027");
        var issued = client.request(
                "POST",
                "/api/v1/councils/" + council.slug + "/documents/" + resolution + "/issue",
                null,
                council.chair,
                SessionFixture.PASSWORD);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.json().get("numberSymbol").asString()).matches("\\d{2,}/NQ-HĐND");
    }

    @Test
    void aSessionWithAnOpenVoteCannotCloseAndTheClosedSessionIsFinal() {
        String session = council.sessionInProgress("Kỳ họp thử bế mạc");
        String item = council.motion(session, "Tờ trình", "MORE_THAN_HALF_OF_ALL");
        council.open(session, item);
        var refused = client.request(
                "POST", council.base() + "/" + session + "/close", null, council.chair, SessionFixture.PASSWORD);
        assertThat(refused.status()).isEqualTo(409);
        council.close(session, item);
        assertThat(client.request(
                                "POST",
                                council.base() + "/" + session + "/close",
                                null,
                                council.chair,
                                SessionFixture.PASSWORD)
                        .status())
                .isEqualTo(200);
        var added = client.postJson(
                council.item(session),
                Map.of("title", "Muộn", "motion", false),
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(added.status()).isEqualTo(409);
    }

    @Test
    void aPlannedSessionIsInvisibleToThePublicUntilConvened() {
        var created = client.postJson(
                council.base(),
                Map.of("title", "Kỳ họp chưa triệu tập", "startsAt", "2027-01-10T08:00:00+07:00", "kind", "THEMATIC"),
                council.clerk,
                SessionFixture.PASSWORD);
        String id = created.json().get("id").asString();
        assertThat(client.get(council.base() + "/" + id).status()).isEqualTo(404);
        assertThat(client.get("/" + council.slug + "/ky-hop/" + id).status()).isEqualTo(404);
        client.request("POST", council.base() + "/" + id + "/convene", null, council.chair, SessionFixture.PASSWORD);
        assertThat(client.get(council.base() + "/" + id).status()).isEqualTo(200);
        assertThat(client.get("/" + council.slug + "/ky-hop/" + id).body()).contains("Kỳ họp chưa triệu tập");
    }

    @Test
    void badInputIsRefusedFieldByField() {
        var bad = client.postJson(
                council.base(),
                Map.of("title", " ", "kind", "REGULAR", "onlineUrl", "ftp://x"),
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(bad.status()).isEqualTo(400);
        List<String> fields = bad.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
        assertThat(fields).contains("title", "startsAt", "onlineUrl");
        var kind = client.postJson(
                council.base(),
                Map.of("title", "x", "startsAt", "2027-01-01T08:00:00+07:00", "kind", "PARTY"),
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(kind.status()).isEqualTo(400);
    }
}
